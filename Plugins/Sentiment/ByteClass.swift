/// What one UTF-8 byte can be, as bit flags, for the single pass that splits a text into words.
enum ByteClass {
    /// ASCII whitespace by Python's rules (tab to carriage return, U+001C…U+001F, space).
    static let space: UInt8 = 1
    /// A lead byte that may start non-ASCII whitespace (U+0085, U+00A0, U+1680, U+2000…, U+3000).
    static let maybeSpace: UInt8 = 2
    /// `string.punctuation`.
    static let punctuation: UInt8 = 4
    /// `A`…`Z`.
    static let upper: UInt8 = 8
    /// `a`…`z`.
    static let lower: UInt8 = 16
    /// Any byte of a code point outside ASCII.
    static let nonASCII: UInt8 = 32
    /// `'`, which "n't" needs.
    static let apostrophe: UInt8 = 64

    /// ``table``, in memory that is never freed or written after this (so safe to share), read
    /// without retaining an array.
    nonisolated(unsafe) static let flags: UnsafePointer<UInt8> = {
        let flags = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)
        flags.initialize(from: table, count: 256)
        return UnsafePointer(flags)
    }()

    /// The flags of every byte value.
    static let table: [UInt8] = (0...255).map { value -> UInt8 in
        let byte = UInt8(value)
        if byte >= 0x80 {
            return nonASCII | (byte == 0xC2 || byte == 0xE1 || byte == 0xE2 || byte == 0xE3 ? maybeSpace : 0)
        }
        if (byte >= 0x09 && byte <= 0x0D) || (byte >= 0x1C && byte <= 0x20) { return space }
        if byte >= 0x41 && byte <= 0x5A { return upper }
        if byte >= 0x61 && byte <= 0x7A { return lower }
        if SentiText.isASCIIPunctuation(byte) { return punctuation | (byte == UInt8(ascii: "'") ? apostrophe : 0) }
        return 0
    }
}
