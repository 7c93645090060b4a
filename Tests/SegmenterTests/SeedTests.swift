import Foundation
import NLPCore
import Segmenter
import Testing

/// The demo corpus in `seeds/`, found from this file's path.
private let seedsDirectory = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("seeds")

private func seedNames() -> [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: seedsDirectory.path)) ?? []
    return names.filter { $0.hasSuffix(".txt") }.sorted()
}

private func seed(_ name: String) throws -> Document {
    let text = try String(contentsOf: seedsDirectory.appendingPathComponent(name), encoding: .utf8)
    return try segment(text)
}

@Suite("Seeds")
struct SeedTests {
    @Test("there are five seeds")
    func seedsExist() {
        #expect(seedNames().count == 5)
    }

    @Test("every seed is well formed", arguments: seedNames())
    func wellFormed(_ name: String) throws {
        let document = try seed(name)
        expectWellFormed(document)
        let sentences = try #require(document[Sentences.self]).spans
        let tokens = try #require(document[Tokens.self]).tokens
        #expect(sentences.count >= 10)
        #expect(tokens.count > sentences.count * 10)
        // Every sentence ends with final punctuation or is a line of its own (a headline or heading).
        for span in sentences {
            let text = document.text(of: span)
            let endsLine = Int(span.end) == document.utf8Count
                || document.text.utf8[document.text.utf8.index(document.text.utf8.startIndex, offsetBy: Int(span.end))] == UInt8(ascii: "\n")
            #expect(".!?”\"".contains(text.last!) || endsLine, "odd sentence end: \(text)")
        }
    }

    @Test("the first seed's sentences")
    func firstSeed() throws {
        let document = try seed("000_fc46e1f5738490e2.txt")
        let sentences = try #require(document[Sentences.self]).spans.map { String(document.text(of: $0)) }
        #expect(sentences.count == 22)
        #expect(sentences[0].hasPrefix("Seoul, South Korea — In a meeting"))
        #expect(sentences[0].hasSuffix("particularly in Ukraine."))
        #expect(sentences[1] == "Kim emphasized that North Korea will always stand with Russia on the “anti-imperialist” front, making their relationship a top priority.")
        let tokens = try #require(document[Tokens.self]).tokens.map { String(document.text(of: $0.span)) }
        #expect(tokens.prefix(6) == ["Seoul", ",", "South", "Korea", "—", "In"])
        #expect(tokens.contains("’s"))
        #expect(!tokens.contains("country’s"))
    }

    @Test("headings in the second seed are sentences of their own")
    func headings() throws {
        let document = try seed("001_c474564ab41cdba8.txt")
        let sentences = try #require(document[Sentences.self]).spans.map { String(document.text(of: $0)) }
        #expect(sentences.contains("Signs of arms cooperation"))
        #expect(sentences.contains("Retribution for past military aid?"))
        #expect(sentences.contains("North Korea launches two ballistic missiles"))
    }

    @Test("U.N. stays inside its sentence in the fourth seed")
    func initialism() throws {
        let document = try seed("003_0585261c54842d1b.txt")
        let sentences = try #require(document[Sentences.self]).spans.map { String(document.text(of: $0)) }
        #expect(sentences.contains("For Kim, the meeting offers a chance to circumvent crippling U.N. sanctions and years of diplomatic isolation."))
        let tokens = try #require(document[Tokens.self]).tokens.map { String(document.text(of: $0.span)) }
        #expect(tokens.contains("U.N."))
    }
}
