import Foundation
import Sentiment
import Testing

/// The repository root, found from this file's path.
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().path

/// The shipped lexicons.
let lexiconPath = repositoryRoot + "/pipelines/lexicons/vader_lexicon.txt"
let emojiLexiconPath = repositoryRoot + "/pipelines/lexicons/emoji_utf8_lexicon.txt"

/// One VADER for all tests, built from the shipped lexicons.
let vader: VADER = {
    do { return try VADER(lexiconPath: lexiconPath, emojiLexiconPath: emojiLexiconPath) } catch {
        fatalError("cannot load the shipped lexicons: \(error)")
    }
}()

/// A text and the scores vaderSentiment 3.3.2 gives it.
struct Case: CustomTestStringConvertible, Sendable {
    let text: String
    let expected: SentimentScores

    init(_ text: String, _ compound: Double, _ pos: Double, _ neu: Double, _ neg: Double) {
        self.text = text
        self.expected = SentimentScores(compound: compound, pos: pos, neu: neu, neg: neg)
    }

    var testDescription: String { text.debugDescription }
}

/// Expects our scores of `testCase.text` to be exactly vaderSentiment's.
func expectVADER(_ testCase: Case, sourceLocation: SourceLocation = #_sourceLocation) {
    let scores = vader.polarityScores(testCase.text)
    #expect(scores == testCase.expected, "\(testCase.text.debugDescription)", sourceLocation: sourceLocation)
}
