/// vaderSentiment's `SentiText`: the words of a text (`_words_and_emoticons`) and what the rules
/// need to know about each.
///
/// The text is split on Python whitespace (`str.split()`). Each piece loses its leading and
/// trailing ASCII punctuation (`string.punctuation`) unless that leaves two code points or fewer,
/// in which case it is kept whole (so `:)` and `a.` stay as they are, `"good,"` becomes `good`).
/// Words keep their case; rules look them up lower-cased (`str.lower()`).
enum SentiText {
    /// What ``split(_:table:lower:words:lexiconWords:cache:)`` found besides the words themselves.
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

        /// Adds a word: writes it to `words`, and its index to `lexiconWords` if it counts there.
        @inline(__always)
        mutating func record(_ facts: WordFacts, words: UnsafeMutablePointer<WordFacts>,
                             lexiconWords: UnsafeMutablePointer<Int32>) {
            // Without branches: the next index is always written, and kept only when it counts.
            let index = self.words
            (words + index).initialize(to: facts)
            upper += facts.isUpper ? 1 : 0
            lexiconWords[self.lexiconWords] = Int32(truncatingIfNeeded: index)
            self.lexiconWords += facts.info.inLexicon && !facts.info.isBooster ? 1 : 0
            firstBut = facts.special == .but && firstBut < 0 ? index : firstBut
            self.words = index + 1
        }
    }

    /// Writes the words of `text` to `words` and the indices of its lexicon words that are not
    /// boosters to `lexiconWords` (each with room for `text.count / 2 + 1`; `lower` is room for
    /// lower-casing them, `text.count` + 2 × ``WordTable/slack`` bytes), finding short pieces
    /// seen before in `cache`.
    static func split(_ text: UnsafeBufferPointer<UInt8>, table: WordTable, lower: UnsafeMutablePointer<UInt8>,
                      words: UnsafeMutablePointer<WordFacts>, lexiconWords: UnsafeMutablePointer<Int32>,
                      cache: PieceCache) -> Summary {
        var summary = Summary()
        let classes = ByteClass.flags
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
            // The most common case, inline: a piece of at most seven ASCII bytes that the cache knows.
            let chunk = SWAR.load(text, index)
            let stop = stopBytes(chunk)
            if stop != 0 {
                let length = stop.trailingZeroBitCount >> 3
                let key = chunk & SWAR.mask(bytes: length)
                let cached = cache.slot(key, 0)
                if length > 0 && cached.pointee.key0 == key && cached.pointee.key1 == 0
                    && Piece.endsAtASCIIWhitespace(text, index + length) {
                    summary.record(cached.pointee.facts, words: words, lexiconWords: lexiconWords)
                    summary.exclamations += Int(cached.pointee.exclamations)
                    summary.questions += Int(cached.pointee.questions)
                    index += length + 1   // and the ASCII whitespace byte that ends it
                    continue
                }
            }
            // Then an ASCII piece of at most sixteen bytes, read and looked up in one go.
            let length = shortPiece(text, at: index, table: table, cache: cache, into: &summary,
                                    words: words, lexiconWords: lexiconWords)
            if length > 0 {
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
                summary.record(nonASCIIFacts(UnsafeBufferPointer(rebasing: text[word]), table: table),
                               words: words, lexiconWords: lexiconWords)
            } else {
                summary.record(asciiFacts(text, word, seen: seen, table: table, lower: lower),
                               words: words, lexiconWords: lexiconWords)
            }
        }
        return summary
    }

    /// The high bit of each byte of `chunk` that ends a short ASCII piece: below "!" (whitespace,
    /// controls, the zero padding past the end of the text) or outside ASCII.
    @inline(__always)
    static func stopBytes(_ chunk: UInt64) -> UInt64 {
        (~SWAR.atLeast(chunk & SWAR.lowBits, 0x21) & SWAR.highBits) | (chunk & SWAR.highBits)
    }

    /// Whether `byte` is in Python's `string.punctuation`.
    @inline(__always)
    static func isASCIIPunctuation(_ byte: UInt8) -> Bool {
        (byte >= 0x21 && byte <= 0x2F) || (byte >= 0x3A && byte <= 0x40) || (byte >= 0x5B && byte <= 0x60)
            || (byte >= 0x7B && byte <= 0x7E)
    }
}
