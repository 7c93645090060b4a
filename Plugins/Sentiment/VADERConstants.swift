/// The constants and word lists of vaderSentiment 3.3.2 (`vaderSentiment.py`), unchanged.
enum VADERConstants {
    /// Mean rating increase for a booster word (`B_INCR`).
    static let boosterIncrement = 0.293
    /// Mean rating decrease for a dampener word (`B_DECR`).
    static let boosterDecrement = -0.293
    /// Mean rating increase for an ALL-CAPS word among mixed-case ones (`C_INCR`).
    static let capsIncrement = 0.733
    /// Factor applied to a negated valence (`N_SCALAR`).
    static let negationScalar = -0.74
    /// Normalisation constant of the compound score (`normalize(score, alpha=15)`).
    static let alpha = 15.0

    /// `NEGATE`: words that negate a lexicon word up to three words later.
    static let negations = [
        "aint", "arent", "cannot", "cant", "couldnt", "darent", "didnt", "doesnt",
        "ain't", "aren't", "can't", "couldn't", "daren't", "didn't", "doesn't",
        "dont", "hadnt", "hasnt", "havent", "isnt", "mightnt", "mustnt", "neither",
        "don't", "hadn't", "hasn't", "haven't", "isn't", "mightn't", "mustn't",
        "neednt", "needn't", "never", "none", "nope", "nor", "not", "nothing", "nowhere",
        "oughtnt", "shant", "shouldnt", "uhuh", "wasnt", "werent",
        "oughtn't", "shan't", "shouldn't", "uh-uh", "wasn't", "weren't",
        "without", "wont", "wouldnt", "won't", "wouldn't", "rarely", "seldom", "despite",
    ]

    /// `BOOSTER_DICT` entries of one word: boosters (`B_INCR`) and dampeners (`B_DECR`), the only
    /// two values it holds. The two-word entries ("kind of", "sort of", "just enough") are in
    /// ``SpecialWord``'s rules.
    static let boosters: [String: Double] = {
        let up = """
            absolutely amazingly awfully completely considerable considerably decidedly deeply effing \
            enormous enormously entirely especially exceptional exceptionally extreme extremely \
            fabulously flipping flippin frackin fracking fricking frickin frigging friggin fully \
            fuckin fucking fuggin fugging greatly hella highly hugely incredible incredibly intensely \
            major majorly more most particularly purely quite really remarkably so substantially \
            thoroughly total totally tremendous tremendously uber unbelievably unusually utter utterly very
            """
        let down = """
            almost barely hardly kinda kindof kind-of less little marginal marginally occasional \
            occasionally partly scarce scarcely slight slightly somewhat sorta sortof sort-of
            """
        var table: [String: Double] = [:]
        for word in up.split(separator: " ") { table[String(word)] = boosterIncrement }
        for word in down.split(separator: " ") { table[String(word)] = boosterDecrement }
        return table
    }()
}
