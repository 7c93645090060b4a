/// Decides, for one document, whether two adjacent ICU sentence pieces belong to one sentence.
///
/// ICU (plain locale) breaks after every ". " before a capital and at every line break. These rules
/// take back the breaks that English abbreviations and hard-wrapped lines cause:
///
/// - A blank line (two line breaks, possibly with spaces or `\r` between) always ends a sentence.
/// - After a period that ends an abbreviation: titles ("Mr.", "Gen.", "vs.", "e.g.") never end a
///   sentence; months and "No.", "p.", "Art.", "c." do not end one before a number; initials and
///   initialisms ("F.", "U.S.", "a.m.", "St.", "Jr.") end one only when the next word is a typical
///   sentence starter ("He", "The", "But", "However", ...); company and other abbreviations
///   ("Inc.", "Corp.", "etc.", "approx.") do not end one before a lowercase word or a number. The
///   next word is read after any opening quotes and brackets.
/// - A period after an ordinary word followed by a lowercase word does end a sentence (informal
///   text: "... in town. the weather ..."), which ICU never does; see
///   ``lowercaseSentenceStart(afterPeriodAt:in:)``.
/// - "?", "!" or "..." directly followed by a letter or digit (a URL query, "Yahoo!Inc", "...Now")
///   does not end one.
/// - A single line break: when the text is hard-wrapped (no line longer than 150 bytes) and the line
///   is a wrapped one (not the first line, at least 40 bytes and 60% as long as the longest line),
///   the break counts as a space. Any other line break ends the sentence, unless the line ends with
///   a title ("Mr.") or the next line starts with a lowercase letter and the line ends with an
///   abbreviation, an ellipsis or, except on the first line, no final punctuation at all
///   (hard-wrapped prose). So a headline (the first line), a heading, a byline or a list item on
///   its own line is a sentence.
struct BoundaryRules {
    let text: TextBytes
    let abbreviations: Abbreviations

    /// Longest line that still counts as hard-wrapped text.
    static let maxWrappedLine = 150
    /// Shortest line that counts as a wrapped line.
    static let minWrappedLine = 40

    private var firstLineBreak: Int?
    private var longestLine: Int?

    init(text: TextBytes, abbreviations: Abbreviations) {
        self.text = text
        self.abbreviations = abbreviations
    }

    /// Whether the sentence piece `left` continues into `right` (both trimmed, `left` first, only
    /// whitespace between them).
    mutating func joins(_ left: Range<Int>, _ right: Range<Int>) -> Bool {
        let gap = left.upperBound..<right.lowerBound
        let breaks = gap.isEmpty ? 0 : text.lineBreaks(in: gap)
        if breaks >= 2 { return false }
        let ending = SentenceEnding(text, start: left.lowerBound, end: left.upperBound)
        if breaks == 1 {
            if !isFirstLine(endingAt: left.upperBound) && isWrappedLine(endingAt: left.upperBound) {
                if ending.mark == .none || ending.mark == .colon { return true }
            } else {
                return joinsAcrossLineBreak(left, right, ending)
            }
        }
        if gap.isEmpty && (ending.mark == .strong || ending.mark == .period || ending.mark == .ellipsis) {
            let next = text[right.lowerBound]
            if TextBytes.isASCIILetter(next) || TextBytes.isASCIIDigit(next) { return true }
        }
        guard ending.mark == .period, !ending.isClosed else { return false }
        let next = NextWord(text, from: right.lowerBound, limit: right.upperBound)
        if next.shape == .lower { return continuesBeforeLowercase(period: ending.markStart, from: left.lowerBound) }
        guard let kind = abbreviation(endingWithPeriodAt: ending.markStart, from: left.lowerBound) else {
            return false
        }
        switch kind {
        case .title: return true
        case .beforeNumber: return next.shape == .digit
        case .initial: return !next.isSentenceStarter(abbreviations)
        case .company: return next.shape == .digit
        }
    }

    /// Where a sentence starts after the period at `period` inside the ICU piece `piece`, if it
    /// starts with a lowercase word: the period follows an ordinary word (not an abbreviation, an
    /// initial or a single letter, nor part of an ellipsis) and whitespace follows it ("... in town.
    /// the weather ..."). ICU never breaks there.
    func lowercaseSentenceStart(afterPeriodAt period: Int, in piece: Range<Int>) -> Int? {
        let after = period + 1
        guard after < piece.upperBound, text.whitespaceLength(at: after) > 0 else { return nil }
        let before = text[period - 1]
        guard before != UInt8(ascii: "."), text.whitespaceLength(at: text.scalarStart(before: period)) == 0 else {
            return nil
        }
        let next = text.skipWhitespace(from: after, to: piece.upperBound)
        guard next < piece.upperBound,
              NextWord(text, from: next, limit: piece.upperBound).shape == .lower else { return nil }
        return continuesBeforeLowercase(period: period, from: piece.lowerBound) ? nil : next
    }

    /// Whether the period at `period` may be followed by a lowercase word inside a sentence: it
    /// ends an abbreviation, an initialism or a single letter.
    private func continuesBeforeLowercase(period: Int, from floor: Int) -> Bool {
        guard let word = Self.wordBeforePeriod(text, at: period, floor: floor) else { return false }
        return word.count == 1 || abbreviations.kind(text.bytes, word) != nil
    }

    /// A single line break that is not a wrapped line's: see the type's documentation.
    private mutating func joinsAcrossLineBreak(_ left: Range<Int>, _ right: Range<Int>,
                                               _ ending: SentenceEnding) -> Bool {
        if ending.mark == .period, !ending.isClosed,
           abbreviation(endingWithPeriodAt: ending.markStart, from: left.lowerBound) == .title {
            return true
        }
        guard NextWord(text, from: right.lowerBound, limit: right.upperBound).shape == .lower else { return false }
        switch ending.mark {
        case .period: return !ending.isClosed && continuesBeforeLowercase(period: ending.markStart, from: left.lowerBound)
        case .ellipsis: return !ending.isClosed
        case .none: return !isFirstLine(endingAt: left.upperBound)
        case .strong, .colon: return false
        }
    }

    /// The kind of abbreviation whose period is at `period`, if the word before it is one.
    func abbreviation(endingWithPeriodAt period: Int, from floor: Int) -> AbbreviationKind? {
        guard let word = Self.wordBeforePeriod(text, at: period, floor: floor) else { return nil }
        return abbreviations.kind(text.bytes, word)
    }

    /// The ASCII word (letters and inner periods) that ends just before `period`, if it stands alone
    /// (not glued to a digit or to a non-ASCII letter).
    static func wordBeforePeriod(_ text: TextBytes, at period: Int, floor: Int) -> Range<Int>? {
        var start = period
        while start > floor, period - start <= WordKey.maxLength {
            let byte = text[start - 1]
            if TextBytes.isASCIILetter(byte) || byte == UInt8(ascii: ".") { start -= 1 } else { break }
        }
        guard start < period, text[start] != UInt8(ascii: "."), period - start <= WordKey.maxLength else {
            return nil
        }
        if start > 0 {
            let before = text[start - 1]
            if TextBytes.isASCIIDigit(before) { return nil }
            if before >= 0x80 {
                // Only punctuation such as ’ “ — (U+2010...U+201F) or a no-break space may precede.
                let isPunctuation = start >= 3 && text[start - 3] == 0xE2 && text[start - 2] == 0x80
                    && before >= 0x90 && before <= 0x9F
                let isNoBreakSpace = start >= 2 && text[start - 2] == 0xC2 && before == 0xA0
                if !isPunctuation && !isNoBreakSpace { return nil }
            }
        }
        return start..<period
    }

    /// Whether the line ending at `end` is a wrapped line of hard-wrapped text.
    private mutating func isWrappedLine(endingAt end: Int) -> Bool {
        let longest = longestLineLength()
        guard longest <= Self.maxWrappedLine else { return false }
        var start = end
        while start > 0 && !text.isLineBreak(at: start - 1) { start -= 1 }
        let length = end - start
        return length >= Self.minWrappedLine && length * 10 >= longest * 6
    }

    private mutating func isFirstLine(endingAt end: Int) -> Bool {
        if firstLineBreak == nil {
            var index = 0
            while index < text.count && !text.isLineBreak(at: index) { index += 1 }
            firstLineBreak = index
        }
        return end <= firstLineBreak!
    }

    private mutating func longestLineLength() -> Int {
        if let longestLine { return longestLine }
        var longest = 0
        var lineStart = 0
        var index = 0
        while index < text.count {
            let byte = text[index]
            if byte == 0x0A || byte == 0x0D {
                longest = max(longest, index - lineStart)
                lineStart = index + 1
            }
            index += 1
        }
        longest = max(longest, text.count - lineStart)
        longestLine = longest
        return longest
    }
}
