/// The general path of ``SentiText/split(_:table:lower:words:lexiconWords:cache:)``: any piece.
extension SentiText {
    /// The number of code points in `text[range]`.
    @inline(__always)
    static func scalarCount(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
        var scalars = 0
        for index in range where text[index] & 0xC0 != 0x80 { scalars += 1 }
        return scalars
    }

    /// Looks the ASCII word `text[word]` up lower-cased and reads its case (`seen`: the flags of
    /// its bytes), eight bytes at a time; `lower` has room for the word and ``WordTable/slack``.
    @inline(__always)
    static func asciiFacts(_ text: UnsafeBufferPointer<UInt8>, _ word: Range<Int>, seen: UInt8,
                           table: WordTable, lower: UnsafeMutablePointer<UInt8>) -> WordFacts {
        let count = word.count
        let hasUpper = seen & ByteClass.upper != 0
        let source = UnsafeRawPointer(text.baseAddress!)
        var offset = 0
        while offset < count {
            let position = word.lowerBound + offset
            var chunk: UInt64 = 0
            if position + 8 <= text.count {
                chunk = source.loadUnaligned(fromByteOffset: position, as: UInt64.self)
            } else {
                for index in 0..<(text.count - position) { chunk |= UInt64(text[position + index]) << UInt64(8 * index) }
            }
            let remaining = count - offset
            if remaining < 8 { chunk &= (1 << UInt64(remaining * 8)) &- 1 }
            if hasUpper { chunk = SWAR.lowercased(chunk) }
            UnsafeMutableRawPointer(lower).storeBytes(of: chunk, toByteOffset: offset, as: UInt64.self)
            offset += 8
        }
        let info = table.info(lower, count: count)
        let negates = info.negates
            || (seen & ByteClass.apostrophe != 0 && containsNT(UnsafeBufferPointer(start: lower, count: count)))
        return WordFacts(info: info, isUpper: hasUpper && seen & ByteClass.lower == 0, negates: negates)
    }

    /// The same for a word with code points outside ASCII: `str.lower()` and `str.isupper()` by
    /// Unicode properties.
    static func nonASCIIFacts(_ word: UnsafeBufferPointer<UInt8>, table: WordTable) -> WordFacts {
        let string = String(decoding: word, as: UTF8.self)
        let lowered = string.lowercased()
        let padded = Array(lowered.utf8) + [UInt8](repeating: 0, count: WordTable.slack)
        let (info, hasNT) = padded.withUnsafeBufferPointer { bytes in
            (table.info(bytes.baseAddress!, count: bytes.count - WordTable.slack),
             containsNT(UnsafeBufferPointer(rebasing: bytes.dropLast(WordTable.slack))))
        }
        return WordFacts(info: info, isUpper: PythonCase.isUpper(string), negates: info.negates || hasNT)
    }

    /// Whether `"n't" in word`.
    @inline(__always)
    static func containsNT(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        guard word.count >= 3 else { return false }
        for index in 2..<word.count
        where word[index] == UInt8(ascii: "t") && word[index - 1] == UInt8(ascii: "'") && word[index - 2] == UInt8(ascii: "n") {
            return true
        }
        return false
    }
}
