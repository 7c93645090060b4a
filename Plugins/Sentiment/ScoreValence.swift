/// vaderSentiment's `score_valence`: from word valences to the four rounded scores.
enum ScoreValence {
    typealias C = VADERConstants

    /// The scores of a text of `wordCount` words whose valences, in order, are `sentiments`
    /// followed or interleaved by zeros up to `wordCount` (zeros add nothing to the sums: they
    /// start at +0.0 and so never hold -0.0), with this many "!" and "?".
    static func scores(_ sentiments: UnsafeBufferPointer<Double>, wordCount: Int, exclamations: Int,
                       questions: Int) -> SentimentScores {
        guard wordCount > 0 else { return .zero }
        // sum() adds left to right (CPython up to 3.11); _sift_sentiment_scores in the same pass.
        var sum = 0.0
        var positive = 0.0
        var negative = 0.0
        var nonzero = 0
        for sentiment in sentiments where sentiment != 0 {
            sum += sentiment
            if sentiment > 0 { positive += (sentiment + 1) } else { negative += (sentiment - 1) }
            nonzero += 1
        }
        let neutral = wordCount - nonzero
        let emphasis = punctuationEmphasis(exclamations: exclamations, questions: questions)
        if sum > 0 { sum += emphasis } else if sum < 0 { sum -= emphasis }
        let compound = normalize(sum)
        if positive > abs(negative) { positive += emphasis } else if positive < abs(negative) { negative -= emphasis }
        let total = positive + abs(negative) + Double(neutral)
        return SentimentScores(
            compound: PythonRounding.round(compound, digits: 4),
            pos: PythonRounding.round(abs(positive / total), digits: 3),
            neu: PythonRounding.round(abs(Double(neutral) / total), digits: 3),
            neg: PythonRounding.round(abs(negative / total), digits: 3))
    }

    /// `_punctuation_emphasis`: up to four "!" add 0.292 each; two or three "?" add 0.18 each,
    /// more add 0.96.
    @inline(__always)
    static func punctuationEmphasis(exclamations: Int, questions: Int) -> Double {
        let exclamation = Double(min(exclamations, 4)) * 0.292
        var question = 0.0
        if questions > 1 { question = questions <= 3 ? Double(questions) * 0.18 : 0.96 }
        return exclamation + question
    }

    /// `normalize(score, alpha=15)`: `score / sqrt(score² + 15)`, clamped to −1…1.
    @inline(__always)
    static func normalize(_ score: Double) -> Double {
        let normalized = score / (score * score + C.alpha).squareRoot()
        return normalized < -1.0 ? -1.0 : (normalized > 1.0 ? 1.0 : normalized)
    }
}
