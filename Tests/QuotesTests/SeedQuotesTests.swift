import Foundation
import Testing
import NLPCore
@testable import Quotes

/// Who said what in the seed articles, as a careful reader finds it.
@Suite("Seed quotes") struct SeedQuotesTests {
    let harness: QuotesHarness
    init() throws { harness = try QuotesHarness() }

    private func lines(_ prefix: String) throws -> [String] {
        let directory = QuotesHarness.root + "/seeds"
        let name = try #require(try FileManager.default.contentsOfDirectory(atPath: directory).first { $0.hasPrefix(prefix) })
        return try harness.describe(try String(contentsOfFile: directory + "/" + name, encoding: .utf8))
    }

    /// A worker reuses its scratch buffers: a short document after a long one, and the long one
    /// again, get what each gets on its own.
    @Test func reusedScratchGivesWhatAFreshOneGives() throws {
        let directory = QuotesHarness.root + "/seeds"
        let names = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".txt") }.sorted()
        let long = try String(contentsOfFile: directory + "/" + names[1], encoding: .utf8)
        let texts = [long, "“Yes,” he said. Kim said the talks went well.", long]
        let shared = try harness.runSharingScratch(texts).map { $0[Quotes.self]?.quotations ?? [] }
        let fresh = try texts.map { try harness.run($0)[Quotes.self]?.quotations ?? [] }
        #expect(shared == fresh)
        #expect(!shared[0].isEmpty && shared[1].count == 2)
    }

    @Test func everyDirectQuoteHasItsSpeaker() throws {
        let direct = try lines("001_").filter { $0.hasPrefix("direct") }
        #expect(direct.count == 4)
        #expect(direct[0].hasPrefix("direct | “Russia is currently engaged") && direct[0].hasSuffix("| assured | Kim → kim-jong-un"))
        #expect(direct[1].hasPrefix("direct | “I firmly believe") && direct[1].hasSuffix("| added | Kim → kim-jong-un"))
        #expect(direct[2] == "direct | “That’s why we came here.” | responded | Putin → vladimir-putin")
        #expect(direct[3].hasPrefix("direct | “We urge North Korea") && direct[3].hasSuffix("| said | a spokesman for Prime Minister Rishi Sunak → rishi-sunak"))
    }

    @Test func reportedSpeechByNamedPeopleAndInstitutions() throws {
        let all = try ["000_", "001_", "003_"].flatMap { try lines($0) }.filter { $0.hasPrefix("reported") }
        for (cue, speaker) in [("indicated", "Putin → vladimir-putin"), ("condemned", "South Korea → south-korea"),
                               ("accused", "The United States → united-states"), ("said", "Moon Seong-Mook → moon-seong-mook"),
                               ("reported", "The Korean Central News Agency → korean-central-news-agency"),
                               ("emphasized", "Lim Soo-suk → lim-soo-suk"), ("urged", "The British government → united-kingdom"),
                               ("assured", "Japanese Chief Cabinet Secretary Hirokazu Matsuno → hirokazu-matsuno")] {
            #expect(all.contains { $0.hasSuffix("| \(cue) | \(speaker)") }, "no reported speech '\(cue)' by \(speaker)")
        }
    }

    @Test func partialQuotesKeepTheirSpeaker() throws {
        #expect(try lines("000_").contains("partial | “anti-imperialist” | emphasized | Kim → kim-jong-un"))
    }
}
