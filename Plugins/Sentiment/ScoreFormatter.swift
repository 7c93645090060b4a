/// Writes scores as JSON numbers without going through `String`: a score is a decimal of at
/// most four places, written as Python's `repr` and Swift's `description` write it (`0.5`,
/// `-0.8439`, `0.0`, `1.0`).
struct ScoreFormatter {
    /// Where the next byte goes.
    var cursor: UnsafeMutablePointer<UInt8>

    /// Most bytes ``appendFields(_:)`` writes.
    static let maxFieldBytes = 140   // 4 keys (32 bytes) + 4 values of at most 24 bytes

    /// Appends `"compound":C,"pos":P,"neu":N,"neg":G`.
    mutating func appendFields(_ scores: SentimentScores) {
        append("\"compound\":")
        appendScore(scores.compound)
        append(",\"pos\":")
        appendScore(scores.pos)
        append(",\"neu\":")
        appendScore(scores.neu)
        append(",\"neg\":")
        appendScore(scores.neg)
    }

    /// Appends a literal.
    @inline(__always)
    mutating func append(_ literal: StaticString) {
        cursor.update(from: literal.utf8Start, count: literal.utf8CodeUnitCount)
        cursor += literal.utf8CodeUnitCount
    }

    /// Appends one byte.
    @inline(__always)
    mutating func append(_ byte: UInt8) {
        cursor.pointee = byte
        cursor += 1
    }

    /// Appends a non-negative integer (at most 19 digits).
    @inline(__always)
    mutating func appendInteger(_ value: Int) {
        var magnitude = UInt(max(0, value))
        var digits = 1
        var probe = magnitude / 10
        while probe > 0 { digits += 1; probe /= 10 }
        var position = cursor + digits - 1
        repeat {
            position.pointee = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: magnitude % 10)
            magnitude /= 10
            position -= 1
        } while magnitude > 0
        cursor += digits
    }

    /// Appends Swift's shortest round-trip form of a value (at most 24 bytes), `null` if not finite.
    private mutating func appendDescription(_ value: Double) {
        for byte in (value.isFinite ? value.description : "null").utf8.prefix(24) { append(byte) }
    }

    /// Appends a value that is a multiple of 0.0001 in −1…1 (as rounded scores are), or its
    /// shortest round-trip form when it is not.
    mutating func appendScore(_ value: Double) {
        guard value.isFinite, abs(value) <= 1 else { return appendDescription(value) }
        var units = Int(value * 10_000 + (value < 0 ? -0.5 : 0.5))   // rounded half away from zero
        guard Double(units) / 10_000 == value else { return appendDescription(value) }
        if units < 0 || (units == 0 && value.sign == .minus) {
            append(UInt8(ascii: "-"))
            units = -units
        }
        append(UInt8(ascii: "0") &+ UInt8(units / 10_000))
        append(UInt8(ascii: "."))
        let fraction = units % 10_000
        let digits = (fraction / 1_000, fraction / 100 % 10, fraction / 10 % 10, fraction % 10)
        let count = digits.3 != 0 ? 4 : (digits.2 != 0 ? 3 : (digits.1 != 0 ? 2 : 1))
        append(UInt8(ascii: "0") &+ UInt8(digits.0))
        if count > 1 { append(UInt8(ascii: "0") &+ UInt8(digits.1)) }
        if count > 2 { append(UInt8(ascii: "0") &+ UInt8(digits.2)) }
        if count > 3 { append(UInt8(ascii: "0") &+ UInt8(digits.3)) }
    }
}
