import CICU

/// Read-only UTF-8 bytes of one document with the character tests the segmenter needs.
///
/// ASCII is classified inline; other scalars are decoded and, for letter case, asked of ICU.
struct TextBytes {
    let bytes: UnsafeBufferPointer<UInt8>
    let count: Int

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        self.count = bytes.count
    }

    @inline(__always) subscript(_ index: Int) -> UInt8 { bytes[index] }

    // MARK: Scalars

    /// The scalar starting at `index` and its length in bytes (the text is valid UTF-8).
    @inline(__always)
    func scalar(at index: Int) -> (value: UInt32, length: Int) {
        let lead = bytes[index]
        if lead < 0x80 { return (UInt32(lead), 1) }
        return decodeMultiByte(at: index)
    }

    private func decodeMultiByte(at index: Int) -> (value: UInt32, length: Int) {
        let lead = UInt32(bytes[index])
        @inline(__always) func next(_ offset: Int) -> UInt32 {
            index + offset < count ? UInt32(bytes[index + offset] & 0x3F) : 0
        }
        if lead < 0xE0 { return (((lead & 0x1F) << 6) | next(1), 2) }
        if lead < 0xF0 { return (((lead & 0x0F) << 12) | (next(1) << 6) | next(2), 3) }
        return (((lead & 0x07) << 18) | (next(1) << 12) | (next(2) << 6) | next(3), 4)
    }

    /// The start of the scalar that ends just before `index` (`index > 0`).
    @inline(__always)
    func scalarStart(before index: Int) -> Int {
        var start = index - 1
        while start > 0 && bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return start
    }

    // MARK: Whitespace

    /// The length of the whitespace scalar at `index`, or 0 if it is not whitespace. Whitespace is
    /// Unicode White_Space plus the invisible U+200B and U+FEFF.
    @inline(__always)
    func whitespaceLength(at index: Int) -> Int {
        let byte = bytes[index]
        if byte < 0x80 { return byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) ? 1 : 0 }
        let (value, length) = scalar(at: index)
        return Self.isWhitespace(value) ? length : 0
    }

    static func isWhitespace(_ value: UInt32) -> Bool {
        switch value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200B, 0x2028, 0x2029, 0x202F, 0x205F,
             0x3000, 0xFEFF:
            return true
        default:
            return false
        }
    }

    /// The first non-whitespace byte at or after `index`, at most `limit`.
    @inline(__always)
    func skipWhitespace(from index: Int, to limit: Int) -> Int {
        var position = index
        while position < limit {
            let length = whitespaceLength(at: position)
            if length == 0 { break }
            position += length
        }
        return min(position, limit)
    }

    /// One past the last non-whitespace byte before `index`, at least `floor`.
    @inline(__always)
    func trimWhitespace(before index: Int, downTo floor: Int) -> Int {
        var position = index
        while position > floor {
            let byte = bytes[position - 1]
            if byte < 0x80 {
                if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) { position -= 1; continue }
                break
            }
            let start = scalarStart(before: position)
            if Self.isWhitespace(scalar(at: start).value) { position = start } else { break }
        }
        return max(position, floor)
    }

    /// How many line breaks lie in `range` (CRLF counts once); a paragraph separator or form feed
    /// counts as two, that is, as a blank line.
    func lineBreaks(in range: Range<Int>) -> Int {
        var breaks = 0
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = bytes[index]
            switch byte {
            case 0x0A, 0x0B: breaks += 1
            case 0x0C: breaks += 2
            case 0x0D: if index + 1 >= range.upperBound || bytes[index + 1] != 0x0A { breaks += 1 }
            case 0xC2: if index + 1 < count && bytes[index + 1] == 0x85 { breaks += 1 }
            case 0xE2:
                if index + 2 < count && bytes[index + 1] == 0x80 {
                    if bytes[index + 2] == 0xA8 { breaks += 1 } else if bytes[index + 2] == 0xA9 { breaks += 2 }
                }
            default: break
            }
            index += 1
        }
        return breaks
    }

    /// Whether the byte at `index` starts a line break (LF, CR, VT, FF, NEL, LS or PS).
    @inline(__always)
    func isLineBreak(at index: Int) -> Bool {
        let byte = bytes[index]
        if byte >= 0x0A && byte <= 0x0D { return true }
        if byte == 0xC2 { return index + 1 < count && bytes[index + 1] == 0x85 }
        if byte == 0xE2 {
            return index + 2 < count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9)
        }
        return false
    }

    // MARK: Letters

    /// Letter case of the scalar at `index`.
    enum Shape {
        case lower, upper, digit, other
    }

    /// Whether the scalar at `index` is a lowercase letter, uppercase (or titlecase) letter, a digit
    /// or something else.
    func shape(at index: Int) -> Shape {
        let byte = bytes[index]
        if byte < 0x80 {
            if byte >= 0x61 && byte <= 0x7A { return .lower }
            if byte >= 0x41 && byte <= 0x5A { return .upper }
            if byte >= 0x30 && byte <= 0x39 { return .digit }
            return .other
        }
        let value = scalar(at: index).value
        if nlp_is_lowercase(value) != 0 { return .lower }
        if nlp_is_uppercase(value) != 0 { return .upper }
        switch nlp_char_type(value) {
        case 3: return .upper   // titlecase letter
        case 9: return .digit   // decimal digit
        default: return .other
        }
    }

    /// Whether the scalar at `index` is alphabetic.
    @inline(__always)
    func isAlphabetic(at index: Int) -> Bool {
        let byte = bytes[index]
        if byte < 0x80 { return Self.isASCIILetter(byte) }
        return nlp_is_alphabetic(scalar(at: index).value) != 0
    }

    @inline(__always)
    static func isASCIILetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }

    @inline(__always)
    static func isASCIIDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    // MARK: Punctuation

    /// The length of an opening quote or bracket at `index` (", ', (, [, {, “, ‘, „, ‚, «, ‹, ¿, ¡), or 0.
    func openingLength(at index: Int) -> Int {
        let byte = bytes[index]
        switch byte {
        case 0x22, 0x27, 0x28, 0x5B, 0x7B, 0x60: return 1
        case 0xC2:
            guard index + 1 < count else { return 0 }
            let second = bytes[index + 1]
            return second == 0xAB || second == 0xBF || second == 0xA1 ? 2 : 0
        case 0xE2:
            guard index + 2 < count, bytes[index + 1] == 0x80 else { return 0 }
            let third = bytes[index + 2]
            return third == 0x9C || third == 0x98 || third == 0x9E || third == 0x9A || third == 0xB9 ? 3 : 0
        default: return 0
        }
    }

    /// The start of a closing quote or bracket that ends just before `index` (", ', ), ], }, ”, ’, », ›),
    /// or nil.
    func closingStart(before index: Int) -> Int? {
        let byte = bytes[index - 1]
        switch byte {
        case 0x22, 0x27, 0x29, 0x5D, 0x7D: return index - 1
        case 0xBB: return index >= 2 && bytes[index - 2] == 0xC2 ? index - 2 : nil
        case 0x9D, 0x99, 0xBA:
            return index >= 3 && bytes[index - 3] == 0xE2 && bytes[index - 2] == 0x80 ? index - 3 : nil
        default: return nil
        }
    }
}
