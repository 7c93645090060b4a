import Foundation
import NLPCore

/// Scores every sentence with VADER, exactly as vaderSentiment 3.3.2 does, and the document as
/// the mean of its sentences.
///
/// ```yaml
/// stages:
///   - segmenter
///   - sentiment      # or: sentiment: { lexicon: path/to/vader_lexicon.txt }
/// ```
///
/// Each sentence's text (`document.text(of: span)`, exactly the segmenter's span) goes through
/// ``VADER/polarityScores(utf8:scratch:)``. The rules and the document score: docs/sentiment.md.
public struct SentimentStage: Stage {
    /// `sentiment`.
    public static let name = "sentiment"
    /// One line for `nlp stages`.
    public static let summary =
        "Scores sentences and the document with VADER (compound, pos, neu, neg), as vaderSentiment 3.3.2."
    /// Sentences.
    public static let requires: Set<LayerID> = [.sentences]
    /// Sentiment.
    public static let produces: Set<LayerID> = [.sentiment]

    /// The options this stage was built with.
    public let options: Options
    /// The scorer.
    public let vader: VADER

    /// Loads the lexicons; throws a ``StageError`` naming the option when a file is missing or bad.
    public init(options: Options, context: StageContext) throws {
        // Given paths arrive resolved against the pipeline file; defaults are resolved here.
        let lexicon = options.lexicon ?? context.resolve(Options.defaultLexicon)
        let emoji = options.emojiLexicon ?? context.resolve(Options.defaultEmojiLexicon)
        for (path, given, option) in [(lexicon, options.lexicon, "lexicon"), (emoji, options.emojiLexicon, "emoji-lexicon")]
        where !FileManager.default.fileExists(atPath: path) {
            let what = given == nil ? "the default '\(option)' file (\(path))" : "'\(option)' file \(path)"
            throw StageError("sentiment: cannot find \(what); "
                             + "give '\(option)' the path of the file shipped in pipelines/lexicons/", option: option)
        }
        do {
            vader = try VADER(lexiconPath: lexicon, emojiLexiconPath: emoji)
        } catch {
            throw StageError("sentiment: \(error.message)", option: error.path == emoji ? "emoji-lexicon" : "lexicon")
        }
        self.options = options
    }

    /// A worker's own buffers.
    public func makeScratch() -> VADERScratch { VADERScratch() }

    /// Sets the document's `sentiment` layer: one entry per sentence, and the document's mean.
    public func process(_ document: inout Document, scratch: inout VADERScratch) throws {
        let spans = document[Sentences.self]?.spans ?? []
        let scratch = scratch
        let sentences = document.withUTF8 { text in
            spans.map { span in
                SentenceSentiment(span: span, scores: vader.polarityScores(
                    utf8: UnsafeBufferPointer(rebasing: text[span.utf8Range]), scratch: scratch))
            }
        }
        // The same as `document[SentimentLayer.self] = ...`, without the generic path's cost.
        document.set(SentimentLayer(sentences: sentences), as: SentimentLayer.id)
    }
}
