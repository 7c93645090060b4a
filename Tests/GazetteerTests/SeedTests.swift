import Foundation
import Testing
import NLPCore
@testable import Gazetteer

/// The shipped world and summit gazetteers on the five seed articles, as summit.pipe runs them.
@Suite("Seeds") struct SeedTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path

    let harness: GazetteerHarness
    init() throws {
        let lists = ["world.tsv", "summit.tsv"].map { GazetteerHarness.shipped + "/" + $0 }
        harness = try GazetteerHarness(try lists.map { try String(contentsOfFile: $0, encoding: .utf8) })
    }

    private func seed(_ prefix: String) throws -> (String, [EntityMention]) {
        let name = try #require(try FileManager.default.contentsOfDirectory(atPath: Self.root + "/seeds").first { $0.hasPrefix(prefix) })
        let text = try String(contentsOfFile: Self.root + "/seeds/" + name, encoding: .utf8)
        return (text, try harness.mentions(text))
    }

    private func surfaces(_ text: String, _ mentions: [EntityMention], id: String) -> Set<String> {
        let document = Document(id: "s", text: text)
        return Set(mentions.filter { $0.id == id }.map { String(document.text(of: $0.span)) })
    }

    @Test func everyoneAndEverywhereInTheLongestSeedIsFound() throws {
        let (_, mentions) = try seed("001_")
        let ids = Set(mentions.map(\.id))
        for expected in ["vladimir-putin", "kim-jong-un", "jo-chun-ryong", "sergei-shoigu", "rishi-sunak", "hirokazu-matsuno",
                         "moon-seong-mook", "russia", "north-korea", "south-korea", "ukraine", "united-states", "japan",
                         "soviet-union", "city-moscow", "city-pyongyang", "city-seoul", "city-washington", "city-beijing",
                         "city-kyiv", "amur-oblast", "vostochny-cosmodrome", "kremlin", "reuters", "wagner-group",
                         "joint-chiefs-of-staff-kr", "un-security-council", "korea-research-institute-for-national-strategy",
                         "korean-war"] {
            #expect(ids.contains(expected), "missing \(expected)")
        }
    }

    @Test func officialsOfTheThirdSeedAreFound() throws {
        let (_, mentions) = try seed("003_")
        let ids = Set(mentions.map(\.id))
        for expected in ["choe-son-hui", "pak-thae-song", "kim-myong-sik", "oleg-kozhemyako", "alexander-kozlov",
                         "andrei-rudenko", "lim-soo-suk", "korean-central-news-agency", "khasan", "city-tokyo",
                         "japan-coast-guard", "south-korean-foreign-ministry", "united-nations"] {
            #expect(ids.contains(expected), "missing \(expected)")
        }
    }

    @Test func spellingVariantsLinkToOneEntity() throws {
        let (text1, mentions1) = try seed("001_")
        #expect(surfaces(text1, mentions1, id: "vostochny-cosmodrome") == ["Vostochni Cosmodrome", "Vostochny cosmodrome"])
        #expect(surfaces(text1, mentions1, id: "kim-jong-un").isSuperset(of: ["Kim Jong-Un", "Kim"]))
        #expect(surfaces(text1, mentions1, id: "city-kyiv") == ["Kiev"])
        let (text3, mentions3) = try seed("003_")
        #expect(surfaces(text3, mentions3, id: "choe-son-hui") == ["Choe Sun Hui"])
        #expect(surfaces(text3, mentions3, id: "jo-chun-ryong") == ["Jo Chun Ryong"])
        #expect(surfaces(text1, mentions1, id: "jo-chun-ryong") == ["Jo Chun-Ryong"])
        #expect(surfaces(text3, mentions3, id: "united-nations") == ["U.N."])
        let (text0, mentions0) = try seed("000_")
        #expect(surfaces(text0, mentions0, id: "kim-jong-un").isSuperset(of: ["Kim Jong Un", "Kim"]))
    }

    @Test func demonymsAndPossessivesAreHandled() throws {
        let (text, mentions) = try seed("001_")
        let document = Document(id: "s", text: text)
        let norp = mentions.filter { $0.label == "NORP" }
        #expect(Set(norp.map { document.text(of: $0.span) }).isSuperset(of: ["Russian", "North Korean", "Soviet", "British", "Japanese"]))
        // "Russia’s new space station": the mention is "Russia", not "Russia’s".
        #expect(!mentions.contains { document.text(of: $0.span).hasSuffix("’s") && $0.id == "russia" })
    }

    @Test func mentionsNeverOverlapAndAreInOrder() throws {
        for prefix in ["000_", "001_", "002_", "003_", "004_"] {
            let (_, mentions) = try seed(prefix)
            #expect(!mentions.isEmpty)
            for (left, right) in zip(mentions, mentions.dropFirst()) { #expect(left.span.end <= right.span.start) }
        }
    }
}
