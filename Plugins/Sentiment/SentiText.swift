/// vaderSentiment's `SentiText`: the words of a text (`_words_and_emoticons`) and what the rules
/// need to know about each.
///
/// The text is split on Python whitespace (`str.split()`). Each piece loses its leading and
/// trailing ASCII punctuation (`string.punctuation`) unless that leaves two code points or fewer,
/// in which case it is kept whole (so `:)` and `a.` stay as they are, `"good,"` becomes `good`).
/// Words keep their case; rules look them up lower-cased (`str.lower()`).
enum SentiText {
    /// What ``split(_:table:lower:words:lexiconWords:)`` found besides the words themselves.
    struct Summary {
        /// How many words.
        var words = 0
        /// Whether the text has a byte outside ASCII.
        var nonASCII = false
        /// How many words are ALL CAPS (`isupper()`).
        var upper = 0
        /// The first "but", or -1.
        var firstBut = -1
        /// How many words are in the lexicon and not boosters (their indices are in `lexiconWords`).
        var lexiconWords = 0
        /// How many "!" and "?" the text has (`text.count("!")`, `text.count("?")`).
        var exclamations = 0
        var questions = 0
    }

    /// Writes the words of `text` to `words` and the indices of its lexicon words that are not
    /// boosters to `lexiconWords` (each with room for `text.count / 2 + 1`; `lower` is room for
    /// lower-casing them, `text.count` + 2 × ``WordTable/slack`` bytes).
    static func split(_ text: UnsafeBufferPointer<UInt8>, table: WordTable, lower: UnsafeMutablePointer<UInt8>,
                      words: UnsafeMutablePointer<WordFacts>, lexiconWords: UnsafeMutablePointer<Int32>,
                      cache: PieceCache) -> Summary {
        var summary = Summary()
        @inline(__always) func record(_ facts: WordFacts) {
            // Without branches: the next index is always written, and kept only when it counts.
            let index = summary.words
            (words + index).initialize(to: facts)
            summary.upper += facts.isUpper ? 1 : 0
            lexiconWords[summary.lexiconWords] = Int32(truncatingIfNeeded: index)
            summary.lexiconWords += facts.info.inLexicon && !facts.info.isBooster ? 1 : 0
            summary.firstBut = facts.special == .but && summary.firstBut < 0 ? index : summary.firstBut
            summary.words = index + 1
        }
        ByteClass.table.withUnsafeBufferPointer { classes in
            var index = 0
            let count = text.count
            while index < count {
                let flags = classes[Int(text[index])]
                if flags & ByteClass.space != 0 { index += 1; continue }
                if flags & ByteClass.maybeSpace != 0 {
                    summary.nonASCII = true
                    let space = PythonWhitespace.length(text, at: index)
                    if space > 0 { index += space; continue }
                }
                // The common case: an ASCII piece of at most sixteen bytes, read and looked up in one go.
                if let (entry, length) = shortPiece(text, at: index, table: table, cache: cache) {
                    record(entry.facts)
                    summary.exclamations += Int(entry.exclamations)
                    summary.questions += Int(entry.questions)
                    index += length + 1   // and the ASCII whitespace byte that ends it
                    continue
                }
                // Any other piece: up to the next whitespace.
                let piece = Piece.scanASCII(text, from: index) ?? Piece.scan(text, from: index, classes: classes)
                summary.exclamations += piece.exclamations
                summary.questions += piece.questions
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
                    summary.nonASCII = true
                    record(nonASCIIFacts(UnsafeBufferPointer(rebasing: text[word]), table: table))
                } else {
                    record(asciiFacts(text, word, seen: seen, table: table, lower: lower))
                }
            }
        }
        return summary
    }

    /// The word of the ASCII piece at `start` if the piece is one to sixteen bytes long and ends
    /// at ASCII whitespace or the end of the text: its facts and "!" and "?" (from the cache, or
    /// read and looked up sixteen bytes at a time, with no loop), and the piece's length.
    @inline(__always)
    private static func shortPiece(_ text: UnsafeBufferPointer<UInt8>, at start: Int, table: WordTable,
                                   cache: PieceCache) -> (PieceCache.Entry, Int)? {
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
        let key0 = chunk0 & SWAR.mask(bytes: length)
        let cached = cache.slot(key0, chunk1)
        if let entry = PieceCache.find(cached, key0, chunk1) { return (entry, length) }
        let masks0 = Piece.Masks(low0, SWAR.highBits & SWAR.mask(bytes: length))
        let masks1 = length > 8 ? Piece.Masks(chunk1 & SWAR.lowBits, SWAR.highBits & SWAR.mask(bytes: length - 8)) : .none
        // _strip_punc_if_word: strip ASCII punctuation unless two code points or fewer remain.
        var first = 0
        var count = length
        if masks0.word | masks1.word != 0 {
            let wordFirst = masks0.word != 0 ? masks0.word.trailingZeroBitCount >> 3 : 8 + masks1.word.trailingZeroBitCount >> 3
            let wordEnd = masks1.word != 0 ? 8 + (63 - masks1.word.leadingZeroBitCount) >> 3 + 1
                : (63 - masks0.word.leadingZeroBitCount) >> 3 + 1
            let strip = wordEnd - wordFirst > 2
            first = strip ? wordFirst : 0
            count = strip ? wordEnd - wordFirst : length
        }
        var head0: UInt64
        var head1: UInt64
        if first < 8 {
            // A funnel shift by `first` bytes; (chunk1 << 1) << (63 - shift) is 0 when shift is 0.
            let shift = UInt64(first * 8)
            head0 = (chunk0 &>> shift) | ((chunk1 &<< 1) &<< (63 - shift))
            head1 = chunk1 &>> shift
        } else {
            (head0, head1) = (chunk1 &>> UInt64(first * 8 - 64), 0)
        }
        head0 &= SWAR.mask(bytes: count)
        head1 &= SWAR.mask(bytes: count - 8)
        let flags = masks0.flags | masks1.flags
        head0 = SWAR.lowercased(head0)   // unconditionally: cheaper than a mispredicted branch
        head1 = SWAR.lowercased(head1)
        let info = table.info(head0: head0, head1: head1, count: count)
        let negates = info.negates
            || (flags & ByteClass.apostrophe != 0
                && (containsNT(head0) || containsNT(head1) || containsNT(head0 >> 48 | head1 << 16)))
        let isUpper = flags & (ByteClass.upper | ByteClass.lower) == ByteClass.upper
        let inPiece0 = SWAR.highBits & SWAR.mask(bytes: length)
        let inPiece1 = SWAR.highBits & SWAR.mask(bytes: length - 8)
        let low1 = chunk1 & SWAR.lowBits
        let exclamations = masks0.exclamations(low0, inPiece0) + masks1.exclamations(low1, inPiece1)
        let questions = masks0.questions(low0, inPiece0) + masks1.questions(low1, inPiece1)
        let entry = PieceCache.Entry(key0: key0, key1: chunk1, facts: WordFacts(info: info, isUpper: isUpper, negates: negates),
                                     exclamations: UInt8(exclamations), questions: UInt8(questions))
        cached.pointee = entry
        return (entry, length)
    }

    /// Whether `"n't"` is in a lower-cased chunk.
    @inline(__always)
    private static func containsNT(_ key: UInt64) -> Bool {
        let low = key & SWAR.lowBits
        return SWAR.equal(low, UInt8(ascii: "n")) & (SWAR.equal(low, UInt8(ascii: "'")) >> 8)
            & (SWAR.equal(low, UInt8(ascii: "t")) >> 16) != 0
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
