/// Decodes one Unicode scalar from UTF-8 bytes, without validation beyond what matching needs.
enum UTF8Decoding {
    /// The scalar starting at `index` and its width in bytes; a stray or truncated byte decodes as
    /// U+FFFD over the bytes that are there.
    @inline(__always)
    static func scalar<Bytes: Collection>(in bytes: Bytes, at index: Int) -> (UInt32, Int)
    where Bytes.Element == UInt8, Bytes.Index == Int {
        let lead = bytes[index]
        let width: Int
        var scalar: UInt32
        switch lead {
        case 0xC0...0xDF: width = 2; scalar = UInt32(lead & 0x1F)
        case 0xE0...0xEF: width = 3; scalar = UInt32(lead & 0x0F)
        case 0xF0...0xF7: width = 4; scalar = UInt32(lead & 0x07)
        default: return (0xFFFD, 1)
        }
        guard index + width <= bytes.endIndex else { return (0xFFFD, bytes.endIndex - index) }
        for offset in 1..<width { scalar = scalar << 6 | UInt32(bytes[index + offset] & 0x3F) }
        return (scalar, width)
    }
}
