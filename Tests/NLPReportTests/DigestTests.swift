import Foundation
import Testing
@testable import NLPCore
@testable import NLPReport

@Suite struct DigestTests {
    private let documents = SyntheticCorpus.documents()

    @Test func talliesEntitiesQuotesAndSentimentPerDocument() throws {
        let digest = DocumentDigester(tallies: true, stance: true, report: true).digest(documents[0])
        #expect(digest.title.hasPrefix("Kim Jong Un praised Russia. “We stand with Moscow,” Kim said."))
        #expect(digest.title.hasSuffix("…") && digest.title.count <= 91)
        #expect(digest.mentionCount == 6)
        let kim = try #require(digest.entities.first)
        #expect(kim.id == "kim-jong-un" && kim.mentions == 2 && kim.label == "PERSON")
        #expect(kim.surfaces == ["Kim Jong Un": 1, "Kim": 1])
        #expect(digest.entities.map(\.id) == ["kim-jong-un", "russia", "moscow", "vladimir-putin", "kyiv"])
        #expect(digest.quotes == [.init(speakerID: "kim-jong-un", speaker: "Kim Jong Un", cue: "said", kind: .direct,
                                        content: "“We stand with Moscow,”")])
        #expect(abs((digest.sentiment ?? 9) - (0.6 + 0.3 - 0.7) / 3) < 1e-9)
        #expect(digest.stance.count == 2)
        #expect(digest.stance[1].evidence.text == SyntheticCorpus.hostileLine)
    }

    @Test func computesOnlyWhatIsAsked() {
        let stanceOnly = DocumentDigester(tallies: false, stance: true, report: false).digest(documents[0])
        #expect(stanceOnly.stance.count == 2 && stanceOnly.entities.isEmpty && stanceOnly.quotes.isEmpty)
        #expect(stanceOnly.reportJSON == nil && stanceOnly.sentiment == nil)
        let summary = DocumentDigester(tallies: true, stance: false, report: false).digest(documents[0])
        #expect(summary.stance.isEmpty && summary.reportJSON == nil && summary.entities.allSatisfy(\.surfaces.isEmpty))
    }

    @Test func reportJSONIsSafeInsideAScriptElementAndUsesCodePoints() throws {
        let document = documents[0]
        let json = try #require(DocumentDigester(tallies: true, stance: true, report: true).digest(document).reportJSON)
        #expect(!json.contains(UInt8(ascii: "<")))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json)) as? [String: Any])
        #expect(object["t"] as? String == document.text)
        #expect(object["id"] as? String == "a-1")
        let scalars = Array(document.text.unicodeScalars)
        func text(_ start: Any?, _ end: Any?) -> String? {
            guard let start = start as? Int, let end = end as? Int, 0 <= start, start <= end, end <= scalars.count else { return nil }
            return String(String.UnicodeScalarView(scalars[start..<end]))
        }
        let mentions = try #require(object["e"] as? [[Any]])
        #expect(mentions.map { text($0[0], $0[1]) } == ["Kim Jong Un", "Russia", "Moscow", "Kim", "Putin", "Kyiv"])
        #expect(mentions[3][2] as? String == "kim-jong-un" && mentions[3][3] as? String == "PERSON")
        let quotes = try #require(object["q"] as? [[Any]])
        #expect(text(quotes[0][0], quotes[0][1]) == "“We stand with Moscow,”")
        #expect(text(quotes[0][3], quotes[0][4]) == "said" && text(quotes[0][5], quotes[0][6]) == "Kim")
        #expect(quotes[0][8] as? String == "Kim Jong Un")
        let sentences = try #require(object["s"] as? [[Any]])
        #expect(text(sentences[2][0], sentences[2][1]) == SyntheticCorpus.hostileLine)
        #expect(sentences[2][2] as? Double == -0.7)
        let relations = try #require(object["r"] as? [[Any]])
        #expect(text(relations[1][0], relations[1][1]) == "condemned" && relations[1][4] as? String == "oppose")
    }

    @Test func shortenedCollapsesWhitespaceAndCutsAtAWord() {
        #expect(DocumentDigester.shortened("  a\n\n  b  ", to: 10) == "a b")
        #expect(DocumentDigester.shortened("alpha beta gamma delta", to: 13) == "alpha beta…")
        #expect(DocumentDigester.shortened("alpha beta gamma", to: 11) == "alpha beta…")
        #expect(DocumentDigester.shortened("abcdefghijklmnop", to: 5) == "abcde…")
    }
}
