/// One worker's reusable buffers for the gazetteer stage.
public final class GazetteerScratch {
    var normalizer = KeyNormalizer()
    var tokens = TokenFacts()

    init() {}
}

/// What the matcher knows of each token of one document; arrays are reused between documents.
struct TokenFacts {
    /// Vocabulary id of the token's key, or -1.
    var ids: [Int32] = []
    /// The token's case shape.
    var shapes: [CaseShape] = []
    /// Whether the token is a hyphen joining two words (`Jong-Un`).
    var hyphens: [Bool] = []
    /// The end (UTF-8 offset) of the token's sentence.
    var sentenceEnds: [Int32] = []
    /// The number of the token's sentence in the document.
    var sentenceNumbers: [Int32] = []
    /// Token indices of the match being tried.
    var matched: [Int] = []

    mutating func removeAll() {
        ids.removeAll(keepingCapacity: true)
        shapes.removeAll(keepingCapacity: true)
        hyphens.removeAll(keepingCapacity: true)
        sentenceEnds.removeAll(keepingCapacity: true)
        sentenceNumbers.removeAll(keepingCapacity: true)
        matched.removeAll(keepingCapacity: true)
    }
}
