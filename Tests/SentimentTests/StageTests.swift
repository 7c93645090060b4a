import Foundation
import NLPCore
import NLPTesting
import Segmenter
import Sentiment
import Testing

/// The `sentiment` stage in a pipeline: its layer, its JSON and its options.
@Suite("Sentiment stage")
struct StageTests {
    static func harness() throws -> StageHarness {
        try StageHarness(Segmenter(options: .init(), context: .init()),
                         SentimentStage(options: .init(lexicon: lexiconPath, emojiLexicon: emojiLexiconPath), context: .init()))
    }

    /// The `sentiment` object of a record's JSON.
    static func layer(_ result: StageHarnessResult) throws -> (document: [String: Double], sentences: [[String: Any]]) {
        let object = try #require(result[.sentiment] as? [String: Any])
        let document = try #require(object["document"] as? [String: Double])
        let sentences = try #require(object["sentences"] as? [[String: Any]])
        return (document, sentences)
    }

    @Test("the stage declares its layers and options")
    func contract() {
        #expect(SentimentStage.name == "sentiment")
        #expect(SentimentStage.requires == [.sentences])
        #expect(SentimentStage.produces == [.sentiment])
        #expect(SentimentStage.Options.schema.map(\.name) == ["lexicon", "emoji-lexicon"])
    }

    @Test("sentences are scored as VADER scores their text; offsets are code points")
    func layerJSON() throws {
        var harness = try Self.harness()
        let text = "Café “très” bon — I love it! 😀 The service was terrible, but the view was great."
        let result = try harness.run(text)
        let (document, sentences) = try Self.layer(result)
        let scalars = Array(text.unicodeScalars)
        let expected = ["Café “très” bon — I love it!", "😀 The service was terrible, but the view was great."]
        #expect(sentences.count == expected.count)
        #expect(result.spans(of: .sentences).count == expected.count)
        var means = [0.0, 0.0, 0.0, 0.0]
        for (sentence, (string, span)) in zip(sentences, zip(expected, result.spans(of: .sentences))) {
            let start = try #require(sentence["start"] as? Int)
            let end = try #require(sentence["end"] as? Int)
            #expect(start..<end == span)
            #expect(String(String.UnicodeScalarView(scalars[start..<end])) == string)
            let scores = vader.polarityScores(string)
            #expect(sentence["compound"] as? Double == scores.compound)
            #expect(sentence["pos"] as? Double == scores.pos)
            #expect(sentence["neu"] as? Double == scores.neu)
            #expect(sentence["neg"] as? Double == scores.neg)
            for (index, value) in [scores.compound, scores.pos, scores.neu, scores.neg].enumerated() { means[index] += value / 2 }
        }
        // vaderSentiment 3.3.2 gives the two sentences compound 0.6696 and 0.7469.
        #expect(sentences.first?["compound"] as? Double == 0.6696)
        #expect(sentences.last?["compound"] as? Double == 0.7469)
        #expect(document["compound"] == 0.7083)
        #expect(abs(document["pos"]! - means[1]) < 1e-4 && abs(document["neu"]! - means[2]) < 1e-4)
    }

    @Test("a document with no sentences scores zero")
    func empty() throws {
        var harness = try Self.harness()
        let result = try harness.run("   \n ")
        let (document, sentences) = try Self.layer(result)
        #expect(sentences.isEmpty)
        #expect(document == ["compound": 0, "pos": 0, "neu": 0, "neg": 0])
        #expect(result.json.contains(#""sentiment":{"document":{"compound":0.0,"pos":0.0,"neu":0.0,"neg":0.0},"sentences":[]}"#))
    }

    @Test("the default lexicons are looked for next to the pipeline file")
    func defaultPaths() throws {
        let stage = try SentimentStage(options: .init(), context: StageContext(baseDirectory: repositoryRoot + "/pipelines"))
        #expect(stage.vader.polarityScores("good").compound == 0.4404)
        let error = #expect(throws: StageError.self) {
            _ = try SentimentStage(options: .init(), context: StageContext(baseDirectory: "/nonexistent"))
        }
        #expect(error?.option == "lexicon")
        #expect(error?.message.contains("/nonexistent/lexicons/vader_lexicon.txt") == true)
    }

    @Test("a bad emoji lexicon is blamed on its option")
    func badEmojiLexicon() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("sentiment-bad-emoji-\(getpid()).txt").path
        try "😀\n".write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let error = #expect(throws: StageError.self) {
            _ = try SentimentStage(options: .init(lexicon: lexiconPath, emojiLexicon: path), context: .init())
        }
        #expect(error?.option == "emoji-lexicon")
        #expect(error?.message.contains("\(path):1: expected EMOJI<TAB>DESCRIPTION") == true)
    }

    @Test("seed 000: every sentence as vaderSentiment 3.3.2 scores it")
    func seed() throws {
        let path = repositoryRoot + "/seeds/000_fc46e1f5738490e2.txt"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        var harness = try Self.harness()
        let (document, sentences) = try Self.layer(try harness.run(text))
        let got = sentences.map { sentence in
            SeedSentence(sentence["start"] as? Int ?? -1, sentence["end"] as? Int ?? -1,
                         sentence["compound"] as? Double ?? .nan, sentence["pos"] as? Double ?? .nan,
                         sentence["neu"] as? Double ?? .nan, sentence["neg"] as? Double ?? .nan)
        }
        #expect(got == Self.seedSentences)
        #expect(document == ["compound": 0.0586, "pos": 0.107, "neu": 0.7968, "neg": 0.096])
    }

    /// Seed 000 as the segmenter splits it (code points) and vaderSentiment 3.3.2 scores each
    /// sentence string `text[start:end]`: start, end, compound, pos, neu, neg.
    static let seedSentences: [SeedSentence] = [
        (0, 236, 0.7269, 0.214, 0.728, 0.057), (237, 373, 0.2023, 0.087, 0.913, 0.0),
        (375, 537, 0.6249, 0.244, 0.675, 0.08), (538, 690, 0.0, 0.0, 1.0, 0.0),
        (692, 790, 0.0, 0.0, 1.0, 0.0), (791, 902, -0.7783, 0.0, 0.657, 0.343),
        (903, 1022, -0.3818, 0.191, 0.551, 0.258), (1024, 1193, -0.5267, 0.0, 0.866, 0.134),
        (1194, 1282, -0.3612, 0.0, 0.828, 0.172), (1283, 1444, 0.3612, 0.106, 0.894, 0.0),
        (1446, 1598, 0.6705, 0.208, 0.792, 0.0), (1599, 1703, 0.3919, 0.142, 0.858, 0.0),
        (1705, 1905, -0.4767, 0.125, 0.693, 0.181), (1906, 1976, 0.1779, 0.195, 0.805, 0.0),
        (1977, 2097, 0.0, 0.132, 0.735, 0.132), (2099, 2244, 0.2732, 0.188, 0.69, 0.122),
        (2245, 2406, 0.5095, 0.125, 0.875, 0.0), (2408, 2636, -0.6705, 0.0, 0.853, 0.147),
        (2637, 2677, -0.4404, 0.0, 0.633, 0.367), (2679, 2940, 0.4588, 0.2, 0.68, 0.12),
        (2942, 3094, 0.0, 0.0, 1.0, 0.0), (3095, 3233, 0.5267, 0.196, 0.804, 0.0),
    ].map { SeedSentence($0.0, $0.1, $0.2, $0.3, $0.4, $0.5) }
}

/// One scored sentence of a seed.
struct SeedSentence: Equatable, CustomStringConvertible {
    var start: Int, end: Int, compound: Double, pos: Double, neu: Double, neg: Double

    init(_ start: Int, _ end: Int, _ compound: Double, _ pos: Double, _ neu: Double, _ neg: Double) {
        (self.start, self.end, self.compound, self.pos, self.neu, self.neg) = (start, end, compound, pos, neu, neg)
    }

    var description: String { "[\(start), \(end)) \(compound) \(pos) \(neu) \(neg)" }
}
