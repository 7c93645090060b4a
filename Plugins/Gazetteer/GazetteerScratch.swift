/// One worker's reusable buffers for the gazetteer stage.
public final class GazetteerScratch {
    var normalizer = KeyNormalizer()
    var tokenIDs: [Int32] = []
    var shapes: [CaseShape] = []
    var hyphens: [Bool] = []
    var sentenceEnds: [Int32] = []
    var matched: [Int] = []

    init() {}
}
