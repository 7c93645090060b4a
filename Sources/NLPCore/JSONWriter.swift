/// A fast, append-only JSON writer into a byte buffer, used for output records.
///
/// It tracks commas itself: call `key` before each member value inside an object, and values in
/// sequence inside an array.
public struct JSONWriter: Sendable {
    /// The bytes written so far.
    public private(set) var bytes: [UInt8] = []
    private var needsComma = false

    /// An empty writer with room for `capacity` bytes.
    public init(capacity: Int = 1024) { bytes.reserveCapacity(capacity) }

    private mutating func separate() {
        if needsComma { bytes.append(UInt8(ascii: ",")) }
    }

    /// Opens an object `{`.
    public mutating func beginObject() {
        separate()
        bytes.append(UInt8(ascii: "{"))
        needsComma = false
    }

    /// Closes an object `}`.
    public mutating func endObject() {
        bytes.append(UInt8(ascii: "}"))
        needsComma = true
    }

    /// Opens an array `[`.
    public mutating func beginArray() {
        separate()
        bytes.append(UInt8(ascii: "["))
        needsComma = false
    }

    /// Closes an array `]`.
    public mutating func endArray() {
        bytes.append(UInt8(ascii: "]"))
        needsComma = true
    }

    /// Writes an object key followed by `:`; the next call writes its value.
    public mutating func key(_ name: String) {
        separate()
        appendString(name)
        bytes.append(UInt8(ascii: ":"))
        needsComma = false
    }

    /// Writes a literal key (no escaping needed) followed by `:`; faster for fixed names.
    public mutating func key(_ name: StaticString) {
        separate()
        bytes.append(UInt8(ascii: "\""))
        bytes.append(contentsOf: UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
        bytes.append(contentsOf: [UInt8(ascii: "\""), UInt8(ascii: ":")])
        needsComma = false
    }

    /// Writes a literal string value that needs no escaping (an enum name, a label).
    public mutating func value(_ literal: StaticString) {
        separate()
        bytes.append(UInt8(ascii: "\""))
        bytes.append(contentsOf: UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
        bytes.append(UInt8(ascii: "\""))
        needsComma = true
    }

    /// Writes `{"start":S,"end":E` + `tail` (which must close the object) in one append: the hot
    /// path for layers with many small spans, such as tokens. `tail` is e.g. `,"kind":"word"}`.
    public mutating func spanObject(_ span: Span, offsets: CodePointIndex, tail: StaticString = "}") {
        separate()
        let start = offsets.codePoints(span.start)
        let end = offsets.codePoints(span.end)
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 64 + tail.utf8CodeUnitCount) { buffer in
            var count = 0
            func put(_ literal: StaticString) {
                for index in 0..<literal.utf8CodeUnitCount { buffer[count + index] = literal.utf8Start[index] }
                count += literal.utf8CodeUnitCount
            }
            func put(_ number: Int) {
                if number < 0 { buffer[count] = UInt8(ascii: "-"); count += 1 }
                var magnitude = number.magnitude
                var digits = 0
                var probe = magnitude
                repeat { digits += 1; probe /= 10 } while probe > 0
                var position = count + digits - 1
                repeat {
                    buffer[position] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: magnitude % 10)
                    magnitude /= 10
                    position -= 1
                } while magnitude > 0
                count += digits
            }
            put("{\"start\":")
            put(start)
            put(",\"end\":")
            put(end)
            put(tail)
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[0..<count]))
        }
        needsComma = true
    }

    /// Writes a string value.
    public mutating func value(_ string: String) {
        separate()
        appendString(string)
        needsComma = true
    }

    /// Writes a string value from a substring.
    public mutating func value(_ string: Substring) {
        separate()
        var copy = string
        copy.withUTF8 { appendEscaped($0) }
        needsComma = true
    }

    /// Writes an integer value.
    public mutating func value(_ number: Int) {
        separate()
        appendInt(number)
        needsComma = true
    }

    /// Writes a floating-point value (shortest round-tripping form; non-finite values become `null`).
    public mutating func value(_ number: Double) {
        separate()
        if number.isFinite {
            if number == number.rounded(), abs(number) < 1e15 {
                appendInt(Int(number))
                bytes.append(contentsOf: [UInt8(ascii: "."), UInt8(ascii: "0")])
            } else {
                bytes.append(contentsOf: number.description.utf8)
            }
        } else {
            bytes.append(contentsOf: "null".utf8)
        }
        needsComma = true
    }

    /// Writes a boolean value.
    public mutating func value(_ flag: Bool) {
        separate()
        bytes.append(contentsOf: (flag ? "true" : "false").utf8)
        needsComma = true
    }

    /// Writes `null`.
    public mutating func null() {
        separate()
        bytes.append(contentsOf: "null".utf8)
        needsComma = true
    }

    /// Writes `"start": s, "end": e` for a span, converted to code points.
    public mutating func writeSpanFields(_ span: Span, offsets: CodePointIndex) {
        key("start" as StaticString)
        value(offsets.codePoints(span.start))
        key("end" as StaticString)
        value(offsets.codePoints(span.end))
    }

    /// Appends raw bytes that already form valid JSON (used to splice pre-encoded values).
    public mutating func raw(_ json: some Sequence<UInt8>) {
        separate()
        bytes.append(contentsOf: json)
        needsComma = true
    }

    /// Appends a newline, ending a JSONL record.
    public mutating func newline() {
        bytes.append(UInt8(ascii: "\n"))
        needsComma = false
    }

    private mutating func appendString(_ string: String) {
        var copy = string
        copy.withUTF8 { appendEscaped($0) }
    }

    private mutating func appendInt(_ number: Int) {
        if number < 0 {
            bytes.append(UInt8(ascii: "-"))
            if number == Int.min {
                bytes.append(contentsOf: String(number).utf8.dropFirst())
                return
            }
        }
        var magnitude = number.magnitude
        if magnitude < 10 {
            bytes.append(UInt8(ascii: "0") &+ UInt8(magnitude))
            return
        }
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { raw in
            while magnitude > 0 {
                raw[count] = UInt8(ascii: "0") &+ UInt8(magnitude % 10)
                magnitude /= 10
                count += 1
            }
            for index in stride(from: count - 1, through: 0, by: -1) { bytes.append(raw[index]) }
        }
    }

    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    /// Appends `"..."` with JSON escapes; the input is valid UTF-8 and is copied through unchanged
    /// except for quotes, backslashes and control characters.
    private mutating func appendEscaped(_ buffer: UnsafeBufferPointer<UInt8>) {
        bytes.append(UInt8(ascii: "\""))
        var runStart = 0
        var index = 0
        let count = buffer.count
        while index < count {
            let byte = buffer[index]
            if byte >= 0x20 && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "\\") {
                index += 1
                continue
            }
            if runStart < index {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[runStart..<index]))
            }
            bytes.append(UInt8(ascii: "\\"))
            switch byte {
            case UInt8(ascii: "\""): bytes.append(UInt8(ascii: "\""))
            case UInt8(ascii: "\\"): bytes.append(UInt8(ascii: "\\"))
            case UInt8(ascii: "\n"): bytes.append(UInt8(ascii: "n"))
            case UInt8(ascii: "\r"): bytes.append(UInt8(ascii: "r"))
            case UInt8(ascii: "\t"): bytes.append(UInt8(ascii: "t"))
            default:
                bytes.append(contentsOf: [UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"),
                                          Self.hex[Int(byte >> 4)], Self.hex[Int(byte & 0xF)]])
            }
            index += 1
            runStart = index
        }
        if runStart < count {
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[runStart..<count]))
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
