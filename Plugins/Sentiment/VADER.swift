import Foundation

/// VADER sentiment (Hutto and Gilbert, ICWSM 2014), exactly as vaderSentiment 3.3.2 scores text.
///
/// ```swift
/// let vader = try VADER(lexiconPath: "pipelines/lexicons/vader_lexicon.txt",
///                       emojiLexiconPath: "pipelines/lexicons/emoji_utf8_lexicon.txt")
/// vader.polarityScores("VADER is smart, handsome, and funny!")
/// // compound=0.8439 pos=0.767 neu=0.233 neg=0.0
/// ```
///
/// Every rule of `SentimentIntensityAnalyzer.polarity_scores` is reproduced, quirks included:
/// docs/sentiment.md lists them. A value is immutable and can be shared by threads; each thread
/// passes its own ``VADERScratch`` to ``polarityScores(_:scratch:)`` to score without allocating.
public struct VADER: Sendable {
    let lexicon: VADERLexicon

    /// VADER with the given lexicon and emoji lexicon file contents (the formats of
    /// `vader_lexicon.txt` and `emoji_utf8_lexicon.txt`). Throws a message naming a bad line.
    public init(lexicon: String, emojiLexicon: String) throws(VADERError) {
        do {
            self.lexicon = try VADERLexicon(lexicon: lexicon, emojiLexicon: emojiLexicon)
        } catch {
            let file = error.file == .lexicon ? "lexicon" : "emoji lexicon"
            throw VADERError(message: "\(file) line \(error.line): \(error.message)")
        }
    }

    /// VADER with the lexicon files at the given paths.
    public init(lexiconPath: String, emojiLexiconPath: String) throws(VADERError) {
        let lexicon = try Self.read(lexiconPath)
        let emoji = try Self.read(emojiLexiconPath)
        do {
            self.lexicon = try VADERLexicon(lexicon: lexicon, emojiLexicon: emoji)
        } catch {
            let path = error.file == .lexicon ? lexiconPath : emojiLexiconPath
            throw VADERError(message: "\(path):\(error.line): \(error.message)", path: path)
        }
    }

    /// Number of distinct words known to the rules (lexicon entries plus boosters, negations and
    /// special words).
    public var wordCount: Int { lexicon.words.count }

    /// Number of emoji that are replaced by their description.
    public var emojiCount: Int { lexicon.emoji.count }

    /// `polarity_scores(text)`.
    public func polarityScores(_ text: String) -> SentimentScores {
        var copy = text
        return copy.withUTF8 { polarityScores(utf8: $0, scratch: VADERScratch()) }
    }

    /// `polarity_scores(text)`, reusing a thread's buffers.
    public func polarityScores(_ text: Substring, scratch: VADERScratch) -> SentimentScores {
        var copy = text
        return copy.withUTF8 { polarityScores(utf8: $0, scratch: scratch) }
    }

    /// `polarity_scores` of valid UTF-8 text, reusing a thread's buffers.
    public func polarityScores(utf8 text: UnsafeBufferPointer<UInt8>, scratch: VADERScratch) -> SentimentScores {
        scratch.reserve(text.count)
        let summary = SentiText.split(text, table: lexicon.words, lower: scratch.lower, words: scratch.words,
                                      lexiconWords: scratch.lexiconWords, cache: scratch.pieces(for: lexicon.words))
        // Emoji come first in polarity_scores; only a text with a byte outside ASCII can have one.
        if summary.nonASCII && EmojiReplacer.replace(text, emoji: lexicon.emoji, into: &scratch.converted) {
            let converted = scratch.converted
            return converted.withUnsafeBufferPointer { converted in
                scratch.reserve(converted.count)
                let summary = SentiText.split(converted, table: lexicon.words, lower: scratch.lower,
                                              words: scratch.words, lexiconWords: scratch.lexiconWords, cache: scratch.pieces(for: lexicon.words))
                return score(converted, summary, scratch: scratch)
            }
        }
        return score(text, summary, scratch: scratch)
    }

    /// The scores of `text`, whose words `split` wrote to `scratch`.
    private func score(_ text: UnsafeBufferPointer<UInt8>, _ summary: SentiText.Summary, scratch: VADERScratch) -> SentimentScores {
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
        let (exclamations, questions) = (summary.exclamations, summary.questions)
        if summary.firstBut < 0 {
            // Every other word counts 0, which adds nothing to the sums: score the valences alone.
            let valences = UnsafeMutableBufferPointer(start: scratch.sentiments, count: summary.lexiconWords)
            for (j, i) in lexiconWords.enumerated() { valences[j] = valence(Int(i)) }
            return ScoreValence.scores(UnsafeBufferPointer(valences), wordCount: count,
                                       exclamations: exclamations, questions: questions)
        }
        let sentiments = UnsafeMutableBufferPointer(start: scratch.sentiments, count: count)
        sentiments.initialize(repeating: 0)
        for i in lexiconWords { sentiments[Int(i)] = valence(Int(i)) }
        Self.butCheck(sentiments, but: summary.firstBut)
        return ScoreValence.scores(UnsafeBufferPointer(sentiments), wordCount: count,
                                   exclamations: exclamations, questions: questions)
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

    private static func read(_ path: String) throws(VADERError) -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw VADERError(message: "\(path): cannot read the file", path: path)
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw VADERError(message: "\(path): the file is not valid UTF-8", path: path)
        }
        return text
    }
}

/// A lexicon that cannot be read.
public struct VADERError: Error, Sendable, CustomStringConvertible {
    /// What is wrong, naming the file and line.
    public var message: String
    /// The file at fault, when the lexicons were read from files.
    public var path: String?

    /// An error with the given message.
    public init(message: String, path: String? = nil) {
        self.message = message
        self.path = path
    }

    /// The message.
    public var description: String { message }
}
