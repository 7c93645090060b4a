/// vaderSentiment's `SentiText`: the words of a text (`_words_and_emoticons`) and what the rules
/// need to know about each.
///
/// The text is split on Python whitespace (`str.split()`). Each piece loses its leading and
/// trailing ASCII punctuation (`string.punctuation`) unless that leaves two code points or fewer,
/// in which case it is kept whole (so `:)` and `a.` stay as they are, `"good,"` becomes `good`).
/// Words keep their case; rules look them up lower-cased (`str.lower()`).
enum SentiText {
    /// Writes the words of `text` to `words` (room for `text.count / 2 + 1`; `lower` is room for
    /// lower-casing them, `text.count` + 2 × ``WordTable/slack`` bytes) and returns how many there are.
    static func split(_ text: UnsafeBufferPointer<UInt8>, table: WordTable, lower: UnsafeMutablePointer<UInt8>,
                      words: UnsafeMutablePointer<WordFacts>) -> Int {
        var wordCount = 0
        ByteClass.table.withUnsafeBufferPointer { classes in
            var index = 0
            let count = text.count
            while index < count {
                let flags = classes[Int(text[index])]
                if flags & ByteClass.space != 0 { index += 1; continue }
                if flags & ByteClass.maybeSpace != 0 {
                    let space = PythonWhitespace.length(text, at: index)
                    if space > 0 { index += space; continue }
                }
                // The common case: an ASCII piece of at most eight bytes, read and looked up in one go.
                if let (facts, length) = shortPiece(text, at: index, table: table) {
                    (words + wordCount).initialize(to: facts)
                    wordCount += 1
                    index += length
                    continue
                }
                // Any other piece: up to the next whitespace.
                let piece = Piece.scanASCII(text, from: index) ?? Piece.scan(text, from: index, classes: classes)
                let seen = piece.seen
                // _strip_punc_if_word: keep the piece whole if at most two code points remain.
                var word = index..<piece.end
                if piece.first >= 0 {
                    let first = piece.first, end = piece.wordEnd
                    let remaining = seen & ByteClass.nonASCII == 0 ? end - first : scalarCount(text, first..<end)
                    if remaining > 2 { word = first..<end }
                }
                index = piece.end
                if seen & ByteClass.nonASCII != 0 {
                    (words + wordCount).initialize(to: nonASCIIFacts(UnsafeBufferPointer(rebasing: text[word]), table: table))
                } else {
                    (words + wordCount).initialize(to: asciiFacts(text, word, seen: seen, table: table, lower: lower))
                }
                wordCount += 1
            }
        }
        return wordCount
    }

    /// The word of the ASCII piece at `start` if the piece is one to sixteen bytes long and ends
    /// at ASCII whitespace or the end of the text: its facts and the piece's length. Read and
    /// looked up sixteen bytes at a time, with no loop.
    @inline(__always)
    private static func shortPiece(_ text: UnsafeBufferPointer<UInt8>, at start: Int, table: WordTable)
        -> (WordFacts, Int)? {
        let chunk0 = SWAR.load(text, start)
        let low0 = chunk0 & SWAR.lowBits
        // Bytes below "!" (whitespace, controls, the zero padding past the end) or outside ASCII end it.
        let stop0 = (~SWAR.atLeast(low0, 0x21) & SWAR.highBits) | (chunk0 & SWAR.highBits)
        var chunk1: UInt64 = 0
        var length: Int
        if stop0 != 0 {
            length = stop0.trailingZeroBitCount >> 3
            guard length > 0 else { return nil }
        } else {
            chunk1 = SWAR.load(text, start + 8)
            let stop1 = (~SWAR.atLeast(chunk1 & SWAR.lowBits, 0x21) & SWAR.highBits) | (chunk1 & SWAR.highBits)
            guard stop1 != 0 else { return nil }
            length = 8 + stop1.trailingZeroBitCount >> 3
            chunk1 &= SWAR.mask(bytes: length - 8)
        }
        guard Piece.endsAtASCIIWhitespace(text, start + length) else { return nil }
        let masks0 = Piece.Masks(low0, SWAR.highBits & SWAR.mask(bytes: length))
        let masks1 = length > 8 ? Piece.Masks(chunk1 & SWAR.lowBits, SWAR.highBits & SWAR.mask(bytes: length - 8)) : .none
        // _strip_punc_if_word: strip ASCII punctuation unless two code points or fewer remain.
        var first = 0
        var count = length
        if masks0.word | masks1.word != 0 {
            let wordFirst = masks0.word != 0 ? masks0.word.trailingZeroBitCount >> 3 : 8 + masks1.word.trailingZeroBitCount >> 3
            let wordEnd = masks1.word != 0 ? 8 + (63 - masks1.word.leadingZeroBitCount) >> 3 + 1
                : (63 - masks0.word.leadingZeroBitCount) >> 3 + 1
            if wordEnd - wordFirst > 2 { (first, count) = (wordFirst, wordEnd - wordFirst) }
        }
        var head0 = chunk0
        var head1 = chunk1
        if first >= 8 {
            (head0, head1) = (chunk1 &>> UInt64(first * 8 - 64), 0)
        } else if first > 0 {
            (head0, head1) = ((chunk0 &>> UInt64(first * 8)) | (chunk1 &<< UInt64(64 - first * 8)), chunk1 &>> UInt64(first * 8))
        }
        head0 &= SWAR.mask(bytes: count)
        head1 &= SWAR.mask(bytes: count - 8)
        let flags = masks0.flags | masks1.flags
        if flags & ByteClass.upper != 0 {
            head0 = SWAR.lowercased(head0)
            head1 = SWAR.lowercased(head1)
        }
        let info = table.info(head0: head0, head1: head1, count: count)
        let negates = info.negates
            || (flags & ByteClass.apostrophe != 0
                && (containsNT(head0) || containsNT(head1) || containsNT(head0 >> 48 | head1 << 16)))
        let isUpper = flags & (ByteClass.upper | ByteClass.lower) == ByteClass.upper
        return (WordFacts(info: info, isUpper: isUpper, negates: negates), length)
    }

    /// Whether `"n't"` is in a lower-cased chunk.
    @inline(__always)
    private static func containsNT(_ key: UInt64) -> Bool {
        let low = key & SWAR.lowBits
        return SWAR.equal(low, UInt8(ascii: "n")) & (SWAR.equal(low, UInt8(ascii: "'")) >> 8)
            & (SWAR.equal(low, UInt8(ascii: "t")) >> 16) != 0
    }

    /// How many "!" and "?" `text` has (`text.count("!")`, `text.count("?")`), eight bytes at a time.
    static func exclamationsAndQuestions(_ text: UnsafeBufferPointer<UInt8>) -> (Int, Int) {
        var exclamations = 0
        var questions = 0
        var position = 0
        while position < text.count {
            let chunk = SWAR.load(text, position)
            let ascii = ~chunk & SWAR.highBits
            let low = chunk & SWAR.lowBits
            exclamations += (SWAR.equal(low, UInt8(ascii: "!")) & ascii).nonzeroBitCount
            questions += (SWAR.equal(low, UInt8(ascii: "?")) & ascii).nonzeroBitCount
            position += 8
        }
        return (exclamations, questions)
    }

    /// Whether `byte` is in Python's `string.punctuation`.
    @inline(__always)
    static func isASCIIPunctuation(_ byte: UInt8) -> Bool {
        (byte >= 0x21 && byte <= 0x2F) || (byte >= 0x3A && byte <= 0x40) || (byte >= 0x5B && byte <= 0x60)
            || (byte >= 0x7B && byte <= 0x7E)
    }

    @inline(__always)
    private static func scalarCount(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
        var scalars = 0
        for index in range where text[index] & 0xC0 != 0x80 { scalars += 1 }
        return scalars
    }

    /// Looks the ASCII word `text[word]` up lower-cased and reads its case (`seen`: the flags of
    /// its bytes), eight bytes at a time; `lower` has room for the word and ``WordTable/slack``.
    @inline(__always)
    private static func asciiFacts(_ text: UnsafeBufferPointer<UInt8>, _ word: Range<Int>, seen: UInt8,
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
    private static func nonASCIIFacts(_ word: UnsafeBufferPointer<UInt8>, table: WordTable) -> WordFacts {
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
    private static func containsNT(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        guard word.count >= 3 else { return false }
        for index in 2..<word.count
        where word[index] == UInt8(ascii: "t") && word[index - 1] == UInt8(ascii: "'") && word[index - 2] == UInt8(ascii: "n") {
            return true
        }
        return false
    }
}
