/// One word of a text as VADER's rules see it.
struct WordFacts {
    /// What the lexicon and the lists say about the lower-cased word.
    var info: WordInfo
    /// Python's `word.isupper()`: it has an upper-case letter and no lower-case or title-case one.
    var isUpper: Bool
    /// `negated([word])`: the lower-cased word is in `NEGATE` or contains "n't".
    var negates: Bool

    /// The word, if a rule compares tokens with it.
    @inline(__always)
    var special: SpecialWord { info.special }
}
