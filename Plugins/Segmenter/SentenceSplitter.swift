import NLPCore

/// Finds the sentences of one document: ICU's sentence boundaries, trimmed of whitespace, with
/// whitespace-only pieces dropped and the breaks that ``BoundaryRules`` take back joined again.
///
/// A footnote mark that ICU puts at the start of the next piece ("... in 1805. [19] His ...")
/// is moved to the end of the sentence it follows, when both are on one line.
struct SentenceSplitter {
    private let text: TextBytes
    private var rules: BoundaryRules
    private var spans: [Span] = []
    private var current: Range<Int>?

    init(text: TextBytes, abbreviations: Abbreviations) {
        self.text = text
        self.rules = BoundaryRules(text: text, abbreviations: abbreviations)
    }

    /// The sentence spans of the text, from `breaker` (already pointed at the text).
    static func sentences(in text: TextBytes, abbreviations: Abbreviations, breaker: ICUBreaker,
                          scratch: SegmenterScratch) -> [Span] {
        var splitter = SentenceSplitter(text: text, abbreviations: abbreviations)
        splitter.spans.reserveCapacity(text.count / 64 + 4)
        let offsets = scratch.offsets
        var pieceStart = 0
        while true {
            let count = breaker.nextBatch(offsets, nil, capacity: SegmenterScratch.batchSize)
            for index in 0..<count {
                let boundary = Int(offsets[index])
                let start = text.skipWhitespace(from: pieceStart, to: boundary)
                pieceStart = boundary
                if start == boundary { continue }
                splitter.addSplittingLowercaseStarts(start..<text.trimWhitespace(before: boundary, downTo: start))
            }
            if count < Int(SegmenterScratch.batchSize) { break }
        }
        if let current = splitter.current { splitter.spans.append(Span(current)) }
        return splitter.spans
    }

    /// Adds an ICU piece, first cutting it where a sentence starts with a lowercase word after a
    /// period (see ``BoundaryRules/lowercaseSentenceStart(afterPeriodAt:in:)``).
    private mutating func addSplittingLowercaseStarts(_ piece: Range<Int>) {
        var start = piece.lowerBound
        var index = start + 1
        var isFirst = true
        while index < piece.upperBound - 2 {
            if text[index] == UInt8(ascii: "."),
               let next = rules.lowercaseSentenceStart(afterPeriodAt: index, in: start..<piece.upperBound) {
                if isFirst { add(start..<index + 1) } else { startSentence(start..<index + 1) }
                isFirst = false
                start = next
                index = next + 1
            } else {
                index += 1
            }
        }
        if isFirst { add(start..<piece.upperBound) } else { startSentence(start..<piece.upperBound) }
    }

    /// Ends the current sentence and starts a new one with `piece`.
    private mutating func startSentence(_ piece: Range<Int>) {
        if let current { spans.append(Span(current)) }
        current = piece
    }

    /// Adds the next trimmed, non-empty piece.
    private mutating func add(_ piece: Range<Int>) {
        guard let left = current else {
            current = piece
            return
        }
        if let footnoteEnd = footnote(after: left, at: piece) {
            spans.append(Span(left.lowerBound..<footnoteEnd))
            let rest = text.skipWhitespace(from: footnoteEnd, to: piece.upperBound)
            current = rest < piece.upperBound ? rest..<piece.upperBound : nil
            return
        }
        if rules.joins(left, piece) {
            current = left.lowerBound..<piece.upperBound
        } else {
            spans.append(Span(left))
            current = piece
        }
    }

    /// The end of footnote marks ("[12]", "[3][4]", "[...]", "[…]") that open `piece` on the same line
    /// as `left`, when `left` ends with sentence-final punctuation and the marks stand alone.
    private func footnote(after left: Range<Int>, at piece: Range<Int>) -> Int? {
        guard text[piece.lowerBound] == UInt8(ascii: "[") else { return nil }
        guard text.lineBreaks(in: left.upperBound..<piece.lowerBound) == 0 else { return nil }
        let ending = SentenceEnding(text, start: left.lowerBound, end: left.upperBound)
        guard ending.mark == .period || ending.mark == .strong || ending.mark == .ellipsis else { return nil }
        var index = piece.lowerBound
        var end: Int?
        while index < piece.upperBound && text[index] == UInt8(ascii: "[") {
            var inner = index + 1
            while inner < piece.upperBound && inner - index <= 3 && TextBytes.isASCIIDigit(text[inner]) { inner += 1 }
            if inner == index + 1 {
                guard inner + 3 <= piece.upperBound else { break }
                let isDots = text[inner] == 0x2E && text[inner + 1] == 0x2E && text[inner + 2] == 0x2E
                let isEllipsis = text[inner] == 0xE2 && text[inner + 1] == 0x80 && text[inner + 2] == 0xA6
                guard isDots || isEllipsis else { break }
                inner += 3
            }
            guard inner < piece.upperBound, text[inner] == UInt8(ascii: "]") else { break }
            index = inner + 1
            end = index
        }
        guard let end else { return nil }
        if end < piece.upperBound && text.whitespaceLength(at: end) == 0 { return nil }
        return end
    }
}
