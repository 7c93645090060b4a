import NLPCore

/// Finds the tokens of one document from ICU's word boundaries, Penn Treebank style.
///
/// - Whitespace segments are dropped. ICU's rule status gives the kind: letters, kana and
///   ideographs are words, numbers are numbers, anything else is punctuation, one token per ICU
///   segment, except that runs of one repeated mark (`...`, `!!!`, `--`) are one token.
/// - English clitics become tokens of their own: `’s`/`'s`, `n't`, `'re`, `'ve`, `'ll`, `'d`, `'m`
///   (straight or curly apostrophe), so "don't" is "do" + "n't" and "can't" is "ca" + "n't";
///   "cannot" is "can" + "not", "gonna" is "gon" + "na" (also "gotta", "wanna"); "O'Brien" stays
///   whole. An apostrophe glued to a number ("1990's") joins the clitic after it.
/// - A period joins the word before it when that word has inner periods ("U.S.", "a.m.") or is a
///   title ("Mr."), and when it is another known abbreviation or an initial ("Sept.", "Inc.", "F.")
///   unless the period ends the sentence.
/// - A URL ("http://...", "www....") is one token, up to whitespace and without trailing
///   punctuation; so is an e-mail address; numbers joined by ":", "/" or "-" with no space
///   ("10:30", "08/16/2000", "303-832-8160") are one number.
/// - No token crosses a sentence boundary.
struct Tokenizer {
    private let bytes: UnsafeBufferPointer<UInt8>
    private let abbreviations: Abbreviations
    private let sentences: [Span]
    private var sentenceIndex = 0
    /// The end of the sentence of the last token (0 before the first token).
    private var sentenceEnd: Int
    private var tokens: [Token] = []
    /// ICU segments before this offset are already covered by a token (a URL).
    private var skipUntil = 0

    private init(text: TextBytes, sentences: [Span], abbreviations: Abbreviations) {
        self.bytes = text.bytes
        self.abbreviations = abbreviations
        self.sentences = sentences
        self.sentenceEnd = 0
    }

    /// The tokens of the text, from `breaker` (already pointed at the text).
    static func tokens(in text: TextBytes, sentences: [Span], abbreviations: Abbreviations,
                       breaker: ICUBreaker, scratch: SegmenterScratch) -> [Token] {
        var tokenizer = Tokenizer(text: text, sentences: sentences, abbreviations: abbreviations)
        tokenizer.tokens.reserveCapacity(text.count / 5 + 4)
        let offsets = scratch.offsets, statuses = scratch.statuses
        let bytes = text.bytes
        var previous = 0
        while true {
            let count = breaker.nextBatch(offsets, statuses, capacity: SegmenterScratch.batchSize)
            for index in 0..<count {
                let end = Int(offsets[index])
                var start = previous
                previous = end
                if start < tokenizer.skipUntil {
                    if end <= tokenizer.skipUntil { continue }
                    start = tokenizer.skipUntil
                }
                let status = statuses[index]
                if status >= 200 {
                    tokenizer.word(start, end)
                } else if status >= 100 {
                    tokenizer.number(start, end)
                } else {
                    let first = bytes[start]
                    if first < 0x80 {
                        if first == 0x20 || (first >= 0x09 && first <= 0x0D) { continue }
                        tokenizer.punctuation(start, end, first)
                    } else if !TextBytes.isWhitespace(text.scalar(at: start).value) {
                        tokenizer.emit(start, end, .punctuation)
                    }
                }
            }
            if count < Int(SegmenterScratch.batchSize) { break }
        }
        return tokenizer.tokens
    }

    // MARK: Segments

    private mutating func word(_ start: Int, _ end: Int) {
        let length = end - start
        if touchesLastToken(start) {
            if length <= 2, mergeApostrophe(start, end) { return }
            if mergeAround(start, end, joiner: UInt8(ascii: "@"), kinds: .word) { return }
        }
        if end < bytes.count, bytes[end] == UInt8(ascii: ":") || (length > 4 && bytes[start] | 0x20 == UInt8(ascii: "w")),
           let urlEnd = TokenPatterns.urlEnd(bytes, start, end) {
            emit(start, urlEnd, .word)
            skipUntil = urlEnd
            return
        }
        if length >= 3, let clitic = TokenPatterns.cliticStart(bytes, start, end) {
            if clitic - start >= 3, let inner = TokenPatterns.cliticStart(bytes, start, clitic) {
                emit(start, inner, .word)
                emit(inner, clitic, .word)
            } else {
                emit(start, clitic, .word)
            }
            emit(clitic, end, .word)
            return
        }
        if let second = TokenPatterns.contractionSplit(bytes, start, length) {
            emit(start, second, .word)
            emit(second, end, .word)
            return
        }
        emit(start, end, .word)
    }

    private mutating func number(_ start: Int, _ end: Int) {
        if touchesLastToken(start), mergeAround(start, end, joiner: UInt8(ascii: ":"), kinds: .number)
            || mergeAround(start, end, joiner: UInt8(ascii: "/"), kinds: .number)
            || mergeAround(start, end, joiner: UInt8(ascii: "-"), kinds: .number) {
            return
        }
        emit(start, end, .number)
    }

    private mutating func punctuation(_ start: Int, _ end: Int, _ first: UInt8) {
        if let last = tokens.last, Int(last.span.end) == start, end <= sentenceEnd {
            if last.kind == .punctuation, TokenPatterns.isRepeatable(first), end == start + 1,
               bytes[Int(last.span.start)] == first, bytes[start - 1] == first {
                tokens[tokens.count - 1].span.end = Int32(truncatingIfNeeded: end)
                return
            }
            if first == UInt8(ascii: "."), last.kind == .word, end == start + 1, keepsPeriod(last.span, end) {
                tokens[tokens.count - 1].span.end = Int32(truncatingIfNeeded: end)
                return
            }
        }
        emit(start, end, .punctuation)
    }

    // MARK: Rules

    /// Whether the last token ends exactly at `start` (no space between).
    @inline(__always)
    private func touchesLastToken(_ start: Int) -> Bool {
        guard let last = tokens.last else { return false }
        return Int(last.span.end) == start
    }

    /// Joins `x`, a one-byte `joiner` token and the segment `start..<end` when all three touch and
    /// `x` has kind `kinds` ("user" "@" "example.com" → an e-mail address; "10" ":" "30" → a time;
    /// "08" "/" "16" → a date; "832" "-" "8160" → a phone number). An e-mail domain must contain a period.
    private mutating func mergeAround(_ start: Int, _ end: Int, joiner: UInt8, kinds: TokenKind) -> Bool {
        let count = tokens.count
        guard count >= 2, end <= sentenceEnd else { return false }
        let middle = tokens[count - 1].span
        guard Int(middle.end) == start, middle.length == 1, bytes[Int(middle.start)] == joiner,
              tokens[count - 2].span.end == middle.start, tokens[count - 2].kind == kinds else { return false }
        if joiner == UInt8(ascii: "@") && !bytes[start..<end].contains(UInt8(ascii: ".")) { return false }
        tokens.removeLast()
        tokens[count - 2].span.end = Int32(truncatingIfNeeded: end)
        return true
    }

    /// Whether the word `span` keeps the period that follows it (ending at `periodEnd`).
    private func keepsPeriod(_ span: Span, _ periodEnd: Int) -> Bool {
        let range = Int(span.start)..<Int(span.end)
        guard let kind = abbreviations.kind(bytes, range) else { return false }
        if kind == .title { return true }
        if kind == .initial && range.count > 1 && bytes[range].contains(UInt8(ascii: ".")) { return true }
        return periodEnd != sentenceEnd
    }

    /// Joins a lone apostrophe token glued to the token before it with the clitic `start..<end`
    /// after it ("1990" "'" "s" → "1990" "'s").
    private mutating func mergeApostrophe(_ start: Int, _ end: Int) -> Bool {
        let count = tokens.count
        guard count >= 2, end <= sentenceEnd else { return false }
        let apostrophe = tokens[count - 1].span
        guard Int(apostrophe.end) == start, tokens[count - 1].kind == .punctuation,
              tokens[count - 2].span.end == apostrophe.start else { return false }
        let a = Int(apostrophe.start)
        let isApostrophe = (apostrophe.length == 1 && bytes[a] == 0x27)
            || (apostrophe.length == 3 && bytes[a] == 0xE2 && bytes[a + 1] == 0x80 && bytes[a + 2] == 0x99)
        guard isApostrophe else { return false }
        let first = bytes[start] | 0x20
        let isClitic: Bool
        if end - start == 1 {
            isClitic = first == UInt8(ascii: "s") || first == UInt8(ascii: "d") || first == UInt8(ascii: "m")
        } else {
            let second = bytes[start + 1] | 0x20
            isClitic = (first == UInt8(ascii: "l") && second == UInt8(ascii: "l"))
                || (second == UInt8(ascii: "e") && (first == UInt8(ascii: "r") || first == UInt8(ascii: "v")))
        }
        guard isClitic else { return false }
        tokens[count - 1] = Token(span: Span(start: apostrophe.start, end: Int32(truncatingIfNeeded: end)), kind: .word)
        return true
    }

    // MARK: Output

    /// Appends a token, moving on to the sentence it lies in, and cutting off any part outside
    /// sentences (only invisible format characters can be there) or beyond a sentence end.
    @inline(__always)
    private mutating func emit(_ start: Int, _ end: Int, _ kind: TokenKind) {
        var start = start
        if start >= sentenceEnd {
            advanceSentence(past: start)
            let sentenceStart = sentenceIndex < sentences.count ? Int(sentences[sentenceIndex].start) : Int.max
            if start < sentenceStart {
                guard end > sentenceStart else { return }
                start = sentenceStart
            }
        }
        if end > sentenceEnd {
            emitAcrossSentences(start, end, kind)
            return
        }
        tokens.append(Token(span: Span(start: Int32(truncatingIfNeeded: start), end: Int32(truncatingIfNeeded: end)),
                            kind: kind))
    }

    private mutating func advanceSentence(past position: Int) {
        while sentenceIndex < sentences.count && Int(sentences[sentenceIndex].end) <= position {
            sentenceIndex += 1
        }
        sentenceEnd = sentenceIndex < sentences.count ? Int(sentences[sentenceIndex].end) : Int.max
    }

    private mutating func emitAcrossSentences(_ start: Int, _ end: Int, _ kind: TokenKind) {
        var pieceStart = start
        while end > sentenceEnd {
            if pieceStart < sentenceEnd {
                tokens.append(Token(span: Span(pieceStart..<sentenceEnd), kind: kind))
            }
            advanceSentence(past: sentenceEnd)
            guard sentenceIndex < sentences.count else { return }
            pieceStart = max(pieceStart, Int(sentences[sentenceIndex].start))
            if pieceStart >= end { return }
        }
        tokens.append(Token(span: Span(pieceStart..<end), kind: kind))
    }
}
