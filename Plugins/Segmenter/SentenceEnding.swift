/// How a stretch of text ends: with which sentence-final mark, and whether a closing quote or
/// bracket follows it.
struct SentenceEnding {
    /// The final mark.
    enum Mark {
        /// No sentence-final punctuation.
        case none
        /// A single period.
        case period
        /// Two or more periods, or "…".
        case ellipsis
        /// "!", "?" and their kin ("‼", "。", "！", "？").
        case strong
        /// A colon.
        case colon
    }

    /// The final mark.
    var mark: Mark
    /// Where the mark starts (meaningful unless `mark` is `.none`).
    var markStart: Int
    /// Whether a closing quote or bracket follows the mark.
    var isClosed: Bool

    /// Whether the text ends with sentence-final punctuation (a colon counts).
    var isFinal: Bool { mark != .none }

    /// The ending of `text[start..<end]` (`end` is just past its last non-whitespace character).
    init(_ text: TextBytes, start: Int, end: Int) {
        var index = end
        var closers = 0
        while index > start, closers < 4, let closing = text.closingStart(before: index), closing >= start {
            index = closing
            closers += 1
        }
        isClosed = closers > 0
        mark = .none
        markStart = index
        guard index > start else { return }
        let last = text[index - 1]
        switch last {
        case UInt8(ascii: "."):
            markStart = index - 1
            mark = index - 2 >= start && text[index - 2] == UInt8(ascii: ".") ? .ellipsis : .period
        case UInt8(ascii: "!"), UInt8(ascii: "?"):
            markStart = index - 1
            mark = .strong
        case UInt8(ascii: ":"):
            markStart = index - 1
            mark = .colon
        default:
            guard last >= 0x80, index - 3 >= start else { return }
            let lead = text[index - 3], middle = text[index - 2]
            switch (lead, middle, last) {
            case (0xE2, 0x80, 0xA6):                           // …
                mark = .ellipsis
            case (0xE2, 0x80, 0xBC), (0xE2, 0x81, 0x87), (0xE2, 0x81, 0x88), (0xE2, 0x81, 0x89),  // ‼ ⁇ ⁈ ⁉
                 (0xE3, 0x80, 0x82), (0xEF, 0xBC, 0x81), (0xEF, 0xBC, 0x9F), (0xEF, 0xBD, 0xA1): // 。！？｡
                mark = .strong
            default:
                return
            }
            markStart = index - 3
        }
    }
}
