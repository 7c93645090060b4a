/// The words that vaderSentiment's rules compare tokens with (after lower-casing), and the word
/// sequences of its `SPECIAL_CASES` and two-word `BOOSTER_DICT` entries.
enum SpecialWord: UInt8, CaseIterable, Sendable {
    case none
    case but, kind, of, no, or, nor, least, at, very, never, so, this, without, doubt
    case the, shit, bomb, bad, ass, bus, stop, yeah, right, kiss, death, to, die, `for`, beating, heart
    case sort, just, enough

    /// The lower-case word, or nil for ``none``.
    var word: String? { self == .none ? nil : String(describing: self) }

    /// The `SPECIAL_CASES` value of a two-word sequence ("the shit" → 3, "bus stop" → 0).
    /// (The one-word entry "badass" can never match: the rule only looks at sequences.)
    @inline(__always)
    static func specialCase(_ first: SpecialWord, _ second: SpecialWord) -> Double? {
        switch (first, second) {
        case (.the, .shit), (.the, .bomb): 3
        case (.bad, .ass): 1.5
        case (.bus, .stop): 0.0
        case (.yeah, .right): -2
        case (.beating, .heart): 3.5
        default: nil
        }
    }

    /// The `SPECIAL_CASES` value of a three-word sequence ("kiss of death", "to die for").
    @inline(__always)
    static func specialCase(_ first: SpecialWord, _ second: SpecialWord, _ third: SpecialWord) -> Double? {
        switch (first, second, third) {
        case (.kiss, .of, .death): -1.5
        case (.to, .die, .for): 3
        default: nil
        }
    }

    /// The `BOOSTER_DICT` value of a two-word sequence ("kind of", "sort of", "just enough").
    @inline(__always)
    static func boosterBigram(_ first: SpecialWord, _ second: SpecialWord) -> Double? {
        switch (first, second) {
        case (.kind, .of), (.sort, .of), (.just, .enough): VADERConstants.boosterDecrement
        default: nil
        }
    }
}
