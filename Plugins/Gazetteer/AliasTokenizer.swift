import CICU

/// Splits a gazetteer name into the tokens the segmenter would make of it, so that a name and the
/// text it appears in are compared token by token.
///
/// Spaces and hyphens separate tokens (and are not tokens themselves: hyphens in text are skipped
/// when matching, so `Jong-Un` and `Jong Un` are the same); letters, digits, periods and apostrophes
/// form words; any other character is a token of its own (`AT&T` is `AT` `&` `T`); a final `'s`
/// (straight or curly) is split off as the segmenter does (`People's` is `People` `'s`).
enum AliasTokenizer {
    /// Calls `body` with the byte range of each token of `name`.
    static func forEachToken(_ name: ArraySlice<UInt8>, _ body: (Range<Int>) -> Void) {
        var wordStart: Int?
        var index = name.startIndex
        func closeWord(at end: Int) {
            guard let start = wordStart else { return }
            wordStart = nil
            if let clitic = possessive(name, start, end), clitic > start { body(start..<clitic); body(clitic..<end) } else { body(start..<end) }
        }
        while index < name.endIndex {
            let byte = name[index]
            if byte < 0x80 {
                switch byte {
                case 0x20, 0x09, UInt8(ascii: "-"):
                    closeWord(at: index)
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                     UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."), UInt8(ascii: "'"):
                    if wordStart == nil { wordStart = index }
                default:
                    closeWord(at: index)
                    body(index..<(index + 1))
                }
                index += 1
                continue
            }
            let (scalar, width) = UTF8Decoding.scalar(in: name, at: index)
            let end = min(index + width, name.endIndex)
            switch scalar {
            case 0x00A0, 0x2010, 0x2011, 0x2002...0x200A, 0x202F:
                closeWord(at: index)
            case 0x2019, 0x2018, 0x02BC:
                if wordStart == nil { wordStart = index }
            default:
                if nlp_is_alphabetic(scalar) != 0 || nlp_char_type(scalar) == 6 /* U_NON_SPACING_MARK */ || (0x30...0x39).contains(scalar) {
                    if wordStart == nil { wordStart = index }
                } else {
                    closeWord(at: index)
                    body(index..<end)
                }
            }
            index = end
        }
        closeWord(at: name.endIndex)
    }

    /// Where a final possessive `'s` starts, if the word `[start, end)` ends with one.
    private static func possessive(_ name: ArraySlice<UInt8>, _ start: Int, _ end: Int) -> Int? {
        guard end - start > 2, name[end - 1] == UInt8(ascii: "s") || name[end - 1] == UInt8(ascii: "S") else { return nil }
        if name[end - 2] == UInt8(ascii: "'") { return end - 2 }
        // U+2019 / U+2018 / U+02BC are 3 / 3 / 2 bytes.
        if end - start > 4, name[end - 4] == 0xE2, name[end - 3] == 0x80, name[end - 2] == 0x99 || name[end - 2] == 0x98 { return end - 4 }
        if end - start > 3, name[end - 3] == 0xCA, name[end - 2] == 0xBC { return end - 3 }
        return nil
    }

}
