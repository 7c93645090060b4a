/// Writes scores as JSON numbers without going through `String`: a score is a decimal of at
/// most four places, written as Python's `repr` and Swift's `description` write it (`0.5`,
/// `-0.8439`, `0.0`, `1.0`). The output layer promises four decimals at most.
struct ScoreFormatter {
    /// Where the next byte goes.
    var cursor: UnsafeMutablePointer<UInt8>
    /// ``decimals`` (borrowed for as long as the formatter is used).
    let table: UnsafePointer<UInt64>

    /// The text of `units / 10_000` for `units` in 0...10_000 ("0.0", "0.5", "0.8439", "1.0"),
    /// trailing zeros dropped but one: up to six bytes, with the length in the eighth.
    static let decimals: [UInt64] = (0...10_000).map { units in
        let zero = UInt64(UInt8(ascii: "0"))
        let fraction = units % 10_000
        let digits = [fraction / 1_000, fraction / 100 % 10, fraction / 10 % 10, fraction % 10].map(UInt64.init)
        var text = (zero + UInt64(units / 10_000)) | UInt64(UInt8(ascii: ".")) << 8
        for (index, digit) in digits.enumerated() { text |= (zero + digit) << UInt64(16 + 8 * index) }
        let length: UInt64 = digits[3] != 0 ? 6 : (digits[2] != 0 ? 5 : (digits[1] != 0 ? 4 : 3))
        return text & 0xFFFF_FFFF_FFFF | length << 56
    }

    /// A formatter writing at `cursor` with the table of ``decimals``.
    init(cursor: UnsafeMutablePointer<UInt8>, table: UnsafePointer<UInt64>) {
        self.cursor = cursor
        self.table = table
    }

    /// Most bytes ``appendFields(_:leadingComma:)`` writes.
    static let maxFieldBytes = 148   // 4 keys (32 bytes), 4 values of at most 24 bytes, 8 bytes of slack

    /// Appends `"compound":C,"pos":P,"neu":N,"neg":G`, after a comma if `leadingComma`.
    @inline(__always)
    mutating func appendFields(_ scores: SentimentScores, leadingComma: Bool) {
        if leadingComma { append(",\"compound\":") } else { append("\"compound\":") }
        appendScore(scores.compound)
        append(",\"pos\":")
        appendScore(scores.pos)
        append(",\"neu\":")
        appendScore(scores.neu)
        append(",\"neg\":")
        appendScore(scores.neg)
    }

    /// Appends a literal (short ones with two overlapping moves, not a `memmove` call).
    @inline(__always)
    mutating func append(_ literal: StaticString) {
        let count = literal.utf8CodeUnitCount
        let source = UnsafeRawPointer(literal.utf8Start)
        let target = UnsafeMutableRawPointer(cursor)
        if count >= 8 && count <= 16 {
            let head = source.loadUnaligned(as: UInt64.self)
            let tail = source.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
            target.storeBytes(of: head, as: UInt64.self)
            target.storeBytes(of: tail, toByteOffset: count - 8, as: UInt64.self)
        } else if count >= 4 && count < 8 {
            let head = source.loadUnaligned(as: UInt32.self)
            let tail = source.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self)
            target.storeBytes(of: head, as: UInt32.self)
            target.storeBytes(of: tail, toByteOffset: count - 4, as: UInt32.self)
        } else {
            cursor.update(from: literal.utf8Start, count: count)
        }
        cursor += count
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

    /// Appends a value in −1…1 rounded to four decimals (half away from zero), the way Python
    /// writes it: rounded scores, all that VADER gives, come out exactly. A value outside −1…1
    /// (never a score) is written in its shortest round-trip form. Needs 8 writable bytes past
    /// what it writes.
    mutating func appendScore(_ value: Double) {
        guard value.isFinite, abs(value) <= 1 else { return appendDescription(value) }
        var units = Int(value * 10_000 + (value < 0 ? -0.5 : 0.5))
        if units < 0 || (units == 0 && value.sign == .minus) {
            append(UInt8(ascii: "-"))
            units = -units
        }
        // Six bytes of text and the length in the eighth, stored at once.
        let text = table[min(units, 10_000)]
        UnsafeMutableRawPointer(cursor).storeBytes(of: (text & 0xFFFF_FFFF_FFFF).littleEndian, as: UInt64.self)
        cursor += Int(text >> 56)
    }
}
