/// A sentiment layer as run-wide summaries and reports read it: a score for the document and one
/// per sentence, each in `[-1, 1]` (negative to positive).
///
/// The sentiment stage's layer conforms; so can any other stage's, without the summary knowing its type.
public protocol SentimentScoredLayer: Layer {
    /// The document's score in `[-1, 1]`.
    var documentScore: Double { get }
    /// The scored sentences in text order: each sentence's UTF-8 byte span and score in `[-1, 1]`.
    var sentenceScores: [(span: Span, score: Double)] { get }
}

extension Document {
    /// The first layer that scores sentiment, if a stage produced one.
    public var sentimentScores: (any SentimentScoredLayer)? {
        if let layer = layer(.sentiment) as? any SentimentScoredLayer { return layer }
        for id in layerOrder {
            if let layer = layer(id) as? any SentimentScoredLayer { return layer }
        }
        return nil
    }
}
