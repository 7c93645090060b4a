/// Document sentiment across the corpus: the mean, the spread, and the most positive and negative.
///
/// Memory is fixed: the extremes are kept in small sorted lists, and every document only while
/// there are at most ``keepAllLimit``.
public struct SentimentStats: Sendable {
    /// A document and its score.
    public struct Scored: Sendable, Equatable {
        /// The document's id.
        public var id: String
        /// Its title.
        public var title: String
        /// Its score in `[-1, 1]`.
        public var score: Double
    }

    /// Documents listed one by one in the summary when there are at most this many.
    public static let keepAllLimit = 12
    /// How many of the most positive and most negative documents are kept.
    public static let extremes = 3
    /// VADER's conventional threshold: scores at or above it are positive, at or below minus it negative.
    public static let neutralBand = 0.05

    /// Scored documents.
    public private(set) var count = 0
    /// Sum of scores.
    public private(set) var sum = 0.0
    /// Documents scoring at least +0.05.
    public private(set) var positive = 0
    /// Documents scoring at most −0.05.
    public private(set) var negative = 0
    /// Every scored document, in input order, while there are at most ``keepAllLimit``.
    public private(set) var all: [Scored] = []
    /// The most positive documents, most positive first.
    public private(set) var mostPositive: [Scored] = []
    /// The most negative documents, most negative first.
    public private(set) var mostNegative: [Scored] = []

    /// No document yet.
    public init() {}

    /// The mean score (0 when none).
    public var mean: Double { count == 0 ? 0 : sum / Double(count) }
    /// Documents between the thresholds.
    public var neutral: Int { count - positive - negative }

    /// Adds one document's score; `title` is called only for a document that is kept.
    public mutating func add(id: String, score: Double, title: () -> String) {
        count += 1
        sum += score
        if score >= Self.neutralBand { positive += 1 } else if score <= -Self.neutralBand { negative += 1 }
        let keepAll = count <= Self.keepAllLimit
        if !keepAll && !all.isEmpty { all.removeAll() }
        let positiveRank = Self.rank(score, in: mostPositive, by: >)
        let negativeRank = Self.rank(score, in: mostNegative, by: <)
        guard keepAll || positiveRank != nil || negativeRank != nil else { return }
        let scored = Scored(id: id, title: title(), score: score)
        if keepAll { all.append(scored) }
        if let positiveRank { Self.insert(scored, at: positiveRank, into: &mostPositive) }
        if let negativeRank { Self.insert(scored, at: negativeRank, into: &mostNegative) }
    }

    /// Where `score` goes in a list sorted by `before`, or `nil` when it does not make the list.
    private static func rank(_ score: Double, in list: [Scored], by before: (Double, Double) -> Bool) -> Int? {
        let position = list.firstIndex { before(score, $0.score) } ?? list.count
        return position < extremes ? position : nil
    }

    private static func insert(_ scored: Scored, at position: Int, into list: inout [Scored]) {
        list.insert(scored, at: position)
        if list.count > extremes { list.removeLast() }
    }
}
