import Foundation

/// VADER sentiment (Hutto and Gilbert, ICWSM 2014), exactly as vaderSentiment 3.3.2 scores text.
///
/// ```swift
/// let vader = try VADER(lexiconPath: "pipelines/lexicons/vader_lexicon.txt",
///                       emojiLexiconPath: "pipelines/lexicons/emoji_utf8_lexicon.txt")
/// vader.polarityScores("VADER is smart, handsome, and funny!")
/// // compound=0.8439 pos=0.752 neu=0.248 neg=0.0
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

    /// `polarity_scores(text)`. Allocates its buffers: to score many texts, use
    /// ``polarityScores(_:scratch:)`` with one ``VADERScratch`` per thread.
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
        let summary = split(text, scratch: scratch)
        // Emoji come first in polarity_scores; only a text with a byte outside ASCII can have one.
        if summary.nonASCII && EmojiReplacer.replace(text, emoji: lexicon.emoji, into: &scratch.converted) {
            let converted = scratch.converted
            return converted.withUnsafeBufferPointer { score(split($0, scratch: scratch), scratch: scratch) }
        }
        return score(summary, scratch: scratch)
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
