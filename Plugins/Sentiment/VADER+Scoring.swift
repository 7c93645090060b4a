/// The steps of `polarity_scores` after the emoji: words, valences, "but", scores.
extension VADER {
    /// Splits `text` into `scratch`'s buffers.
    @inline(__always)
    func split(_ text: UnsafeBufferPointer<UInt8>, scratch: VADERScratch) -> SentiText.Summary {
        scratch.reserve(text.count)
        return SentiText.split(text, table: lexicon.words, lower: scratch.lower, words: scratch.words,
                               lexiconWords: scratch.lexiconWords, cache: scratch.pieces(for: lexicon.words))
    }

    /// The scores of a text whose words ``split(_:scratch:)`` wrote to `scratch`.
    func score(_ summary: SentiText.Summary, scratch: VADERScratch) -> SentimentScores {
        let count = summary.words
        guard count > 0 else { return .zero }
        // Only lexicon words that are not boosters can have a valence; without one, all is neutral.
        guard summary.lexiconWords > 0 else { return SentimentScores(compound: 0, pos: 0, neu: 1, neg: 0) }
        let words = UnsafeBufferPointer(start: scratch.words, count: count)
        let lexiconWords = UnsafeBufferPointer(start: scratch.lexiconWords, count: summary.lexiconWords)
        let rules = ValenceRules(words: words, isCapDifferential: summary.upper > 0 && summary.upper < count)
        // "kind" before "of" counts 0, like boosters; the other words of the lexicon, their valence.
        @inline(__always) func valence(_ i: Int) -> Double {
            words[i].special == .kind && i < count - 1 && words[i + 1].special == .of ? 0 : rules.valence(at: i)
        }
        let sentiments: UnsafeMutableBufferPointer<Double>
        if summary.firstBut < 0 {
            // Every other word counts 0, which adds nothing to the sums: score the valences alone.
            sentiments = UnsafeMutableBufferPointer(start: scratch.sentiments, count: summary.lexiconWords)
            for (j, i) in lexiconWords.enumerated() { sentiments[j] = valence(Int(i)) }
        } else {
            sentiments = UnsafeMutableBufferPointer(start: scratch.sentiments, count: count)
            sentiments.initialize(repeating: 0)
            for i in lexiconWords { sentiments[Int(i)] = valence(Int(i)) }
            Self.butCheck(sentiments, but: summary.firstBut)
        }
        return ScoreValence.scores(UnsafeBufferPointer(sentiments), wordCount: count,
                                   exclamations: summary.exclamations, questions: summary.questions)
    }

    /// `_but_check`, including its quirk: each value is rescaled at the first index holding an
    /// equal value (`sentiments.index(sentiment)`), which is not always its own.
    static func butCheck(_ sentiments: UnsafeMutableBufferPointer<Double>, but: Int) {
        for k in sentiments.indices {
            let sentiment = sentiments[k]
            if sentiment == 0 { continue }   // 0 × 0.5 and 0 × 1.5 change nothing
            let first = sentiments.firstIndex(of: sentiment)!
            if first < but {
                sentiments[first] = sentiment * 0.5
            } else if first > but {
                sentiments[first] = sentiment * 1.5
            }
        }
    }
}
