/// The characters Python's `str.split()` and `str.strip()` treat as whitespace (`str.isspace()`):
/// ASCII tab to carriage return, the four information separators U+001C…U+001F, space, U+0085,
/// U+00A0, U+1680, U+2000…U+200A, U+2028, U+2029, U+202F, U+205F and U+3000.
enum PythonWhitespace {
    /// The byte length of the whitespace character starting at `index` of valid UTF-8, or 0.
    @inline(__always)
    static func length(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let byte = bytes[index]
        if byte < 0x80 { return (byte >= 0x09 && byte <= 0x0D) || (byte >= 0x1C && byte <= 0x20) ? 1 : 0 }
        switch byte {
        case 0xC2:
            let next = bytes[index + 1]
            return next == 0x85 || next == 0xA0 ? 2 : 0
        case 0xE1:
            return bytes[index + 1] == 0x9A && bytes[index + 2] == 0x80 ? 3 : 0
        case 0xE2:
            let second = bytes[index + 1], third = bytes[index + 2]
            if second == 0x80 { return third <= 0x8A || third == 0xA8 || third == 0xA9 || third == 0xAF ? 3 : 0 }
            return second == 0x81 && third == 0x9F ? 3 : 0
        case 0xE3:
            return bytes[index + 1] == 0x80 && bytes[index + 2] == 0x80 ? 3 : 0
        default:
            return 0
        }
    }
}
