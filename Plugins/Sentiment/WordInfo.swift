/// What VADER's rules know about one lower-cased word, in 16 bytes.
struct WordInfo: Sendable {
    /// The lexicon valence (meaningful only when ``inLexicon``).
    var valence: Double = 0
    private var flags: UInt8 = 0
    /// The word, if a rule compares tokens with it.
    var special: SpecialWord = .none

    private static let lexiconFlag: UInt8 = 1, negationFlag: UInt8 = 2, boosterFlag: UInt8 = 4, dampenerFlag: UInt8 = 8

    /// Whether the word is in the lexicon (`word in self.lexicon`).
    var inLexicon: Bool {
        get { flags & Self.lexiconFlag != 0 }
        set { flags = newValue ? flags | Self.lexiconFlag : flags & ~Self.lexiconFlag }
    }

    /// Whether the word is in `NEGATE`.
    var negates: Bool {
        get { flags & Self.negationFlag != 0 }
        set { flags = newValue ? flags | Self.negationFlag : flags & ~Self.negationFlag }
    }

    /// The `BOOSTER_DICT` value (`B_INCR` or `B_DECR`); 0 for words that are neither.
    var booster: Double {
        get {
            flags & Self.boosterFlag != 0 ? VADERConstants.boosterIncrement
                : (flags & Self.dampenerFlag != 0 ? VADERConstants.boosterDecrement : 0)
        }
        set {
            flags &= ~(Self.boosterFlag | Self.dampenerFlag)
            if newValue > 0 { flags |= Self.boosterFlag } else if newValue < 0 { flags |= Self.dampenerFlag }
        }
    }

    /// Whether the word is a booster or dampener (`word in BOOSTER_DICT`).
    var isBooster: Bool { flags & (Self.boosterFlag | Self.dampenerFlag) != 0 }

    /// A word that is in no list.
    static let unknown = WordInfo()
}
