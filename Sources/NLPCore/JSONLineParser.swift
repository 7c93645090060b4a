/// Reads the `id` and `text` members of one JSONL input line, skipping any other members.
///
/// A small strict JSON parser over UTF-8 bytes: faster than a general decoder because it builds
/// only the two strings it needs, and precise in its errors (byte column of the problem).
public struct JSONLineParser {
    /// What an input line held.
    public struct Fields: Sendable, Equatable {
        /// The `id` member (a string, or a number written as it appears), if present.
        public var id: String?
        /// The `text` member, if present and a string.
        public var text: String?
        /// Whether `text` was present but not a string.
        public var textHasWrongType: Bool
    }

    /// A syntax error with its 1-based column (in bytes).
    public typealias SyntaxError = JSONSyntaxError

    private let bytes: UnsafeBufferPointer<UInt8>
    private var index = 0

    private init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    /// Parses one line (without its newline).
    public static func parse(_ line: UnsafeBufferPointer<UInt8>) throws(SyntaxError) -> Fields {
        var parser = JSONLineParser(line)
        return try parser.parseLine()
    }

    private func fail(_ message: String) -> SyntaxError {
        SyntaxError(column: index + 1, message: message)
    }

    private mutating func skipSpace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D: index += 1
            default: return
            }
        }
    }

    private mutating func expect(_ byte: UInt8, _ what: String) throws(SyntaxError) {
        skipSpace()
        guard index < bytes.count, bytes[index] == byte else {
            throw fail(index < bytes.count ? "expected \(what)" : "unexpected end of line, expected \(what)")
        }
        index += 1
    }

    private mutating func parseLine() throws(SyntaxError) -> Fields {
        var fields = Fields(id: nil, text: nil, textHasWrongType: false)
        skipSpace()
        guard index < bytes.count else { throw fail("empty line") }
        guard bytes[index] == UInt8(ascii: "{") else { throw fail("expected a JSON object") }
        index += 1
        skipSpace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
            index += 1
        } else {
            while true {
                skipSpace()
                guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { throw fail("expected a member name") }
                let key = try parseString()
                try expect(UInt8(ascii: ":"), "':'")
                skipSpace()
                guard index < bytes.count else { throw fail("unexpected end of line, expected a value") }
                let isString = bytes[index] == UInt8(ascii: "\"")
                switch key {
                case "text":
                    if isString { fields.text = try parseString() } else {
                        fields.textHasWrongType = true
                        try skipValue(depth: 0)
                    }
                case "id":
                    if isString {
                        fields.id = try parseString()
                    } else {
                        let start = index
                        try skipValue(depth: 0)
                        fields.id = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
                    }
                default:
                    try skipValue(depth: 0)
                }
                skipSpace()
                guard index < bytes.count else { throw fail("unexpected end of line, expected ',' or '}'") }
                if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
                if bytes[index] == UInt8(ascii: "}") { index += 1; break }
                throw fail("expected ',' or '}'")
            }
        }
        skipSpace()
        if index < bytes.count { throw fail("unexpected data after the object") }
        return fields
    }

    private mutating func skipValue(depth: Int) throws(SyntaxError) {
        guard depth < 512 else { throw fail("nesting too deep") }
        skipSpace()
        guard index < bytes.count else { throw fail("unexpected end of line, expected a value") }
        switch bytes[index] {
        case UInt8(ascii: "\""):
            _ = try parseString()
        case UInt8(ascii: "{"):
            index += 1
            skipSpace()
            if index < bytes.count, bytes[index] == UInt8(ascii: "}") { index += 1; return }
            while true {
                skipSpace()
                guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { throw fail("expected a member name") }
                _ = try parseString()
                try expect(UInt8(ascii: ":"), "':'")
                try skipValue(depth: depth + 1)
                skipSpace()
                guard index < bytes.count else { throw fail("unexpected end of line in an object") }
                if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
                if bytes[index] == UInt8(ascii: "}") { index += 1; return }
                throw fail("expected ',' or '}'")
            }
        case UInt8(ascii: "["):
            index += 1
            skipSpace()
            if index < bytes.count, bytes[index] == UInt8(ascii: "]") { index += 1; return }
            while true {
                try skipValue(depth: depth + 1)
                skipSpace()
                guard index < bytes.count else { throw fail("unexpected end of line in an array") }
                if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
                if bytes[index] == UInt8(ascii: "]") { index += 1; return }
                throw fail("expected ',' or ']'")
            }
        case UInt8(ascii: "t"): try literal("true")
        case UInt8(ascii: "f"): try literal("false")
        case UInt8(ascii: "n"): try literal("null")
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            let start = index
            if bytes[index] == UInt8(ascii: "-") { index += 1 }
            var digits = 0
            while index < bytes.count {
                let byte = bytes[index]
                if (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) { digits += 1; index += 1; continue }
                if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E")
                    || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") { index += 1; continue }
                break
            }
            if digits == 0 { index = start; throw fail("invalid number") }
        default:
            throw fail("unexpected character")
        }
    }

    private mutating func literal(_ word: StaticString) throws(SyntaxError) {
        let count = word.utf8CodeUnitCount
        guard index + count <= bytes.count else { throw fail("invalid literal") }
        for offset in 0..<count where bytes[index + offset] != word.utf8Start[offset] {
            throw fail("invalid literal")
        }
        index += count
    }

    /// Parses a string starting at the opening quote; the bytes must be valid UTF-8.
    private mutating func parseString() throws(SyntaxError) -> String {
        try JSONString.decode(bytes, at: &index)
    }
}
