/// The fast path of ``SentiText/split(_:table:lower:words:lexiconWords:cache:)``: short ASCII pieces.
extension SentiText {
    /// Records the word of the ASCII piece at `start` in `summary` and returns the piece's length,
    /// if the piece is one to sixteen bytes long and ends at ASCII whitespace or the end of the
    /// text; else returns 0. Its facts and "!" and "?" come from the cache, or are read and looked
    /// up sixteen bytes at a time, with no loop.
    @inline(__always)
    static func shortPiece(_ text: UnsafeBufferPointer<UInt8>, at start: Int, table: WordTable, cache: PieceCache,
                           into summary: inout Summary, words: UnsafeMutablePointer<WordFacts>,
                           lexiconWords: UnsafeMutablePointer<Int32>) -> Int {
        guard let (entry, length) = shortPiece(text, at: start, table: table, cache: cache) else { return 0 }
        summary.record(entry.facts, words: words, lexiconWords: lexiconWords)
        summary.exclamations += Int(entry.exclamations)
        summary.questions += Int(entry.questions)
        return length
    }

    /// The facts and "!" and "?" of the piece at `start` and its length (see above), or nil.
    @inline(__always)
    private static func shortPiece(_ text: UnsafeBufferPointer<UInt8>, at start: Int, table: WordTable,
                                   cache: PieceCache) -> (PieceCache.Entry, Int)? {
        let chunk0 = SWAR.load(text, start)
        let low0 = chunk0 & SWAR.lowBits
        let stop0 = stopBytes(chunk0)
        var chunk1: UInt64 = 0
        var length: Int
        if stop0 != 0 {
            length = stop0.trailingZeroBitCount >> 3
            guard length > 0 else { return nil }
        } else {
            chunk1 = SWAR.load(text, start + 8)
            let stop1 = stopBytes(chunk1)
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
    static func containsNT(_ key: UInt64) -> Bool {
        let low = key & SWAR.lowBits
        return SWAR.equal(low, UInt8(ascii: "n")) & (SWAR.equal(low, UInt8(ascii: "'")) >> 8)
            & (SWAR.equal(low, UInt8(ascii: "t")) >> 16) != 0
    }
}
