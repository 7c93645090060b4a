/// VADER's four scores for one text, rounded as vaderSentiment rounds them.
///
/// `compound` is the normalised sum of valences in −1…1 (four decimals); `pos`, `neu` and `neg`
/// are the proportions of the text that are positive, neutral and negative (three decimals; they
/// add up to about 1).
public struct SentimentScores: Sendable, Equatable, CustomStringConvertible {
    /// Normalised, weighted composite score in −1…1.
    public var compound: Double
    /// Proportion of positive valence.
    public var pos: Double
    /// Proportion of neutral words.
    public var neu: Double
    /// Proportion of negative valence.
    public var neg: Double

    /// Scores with the given values.
    public init(compound: Double, pos: Double, neu: Double, neg: Double) {
        self.compound = compound
        self.pos = pos
        self.neu = neu
        self.neg = neg
    }

    /// All zeros: what VADER gives a text with no words.
    public static let zero = SentimentScores(compound: 0, pos: 0, neu: 0, neg: 0)

    /// `compound=… pos=… neu=… neg=…`.
    public var description: String { "compound=\(compound) pos=\(pos) neu=\(neu) neg=\(neg)" }
}
