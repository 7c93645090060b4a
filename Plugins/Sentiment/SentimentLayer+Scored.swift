import NLPCore

/// VADER's compound scores are what run summaries and reports show.
extension SentimentLayer: SentimentScoredLayer {
    /// The document's compound score.
    public var documentScore: Double { document.compound }

    /// Each sentence's span and compound score.
    public var sentenceScores: [(span: Span, score: Double)] { sentences.map { ($0.span, $0.scores.compound) } }
}
