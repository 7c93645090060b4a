import Testing
import NLPCore
@testable import Gazetteer

@Suite("Matching") struct MatchingTests {
    let harness: GazetteerHarness
    init() throws { harness = try GazetteerHarness(sampleGazetteer) }

    @Test func matchesWholeTokensOnly() throws {
        #expect(try harness.links("Kimberly met Koreans in Russiaville and Russians.") == ["Russians→russia"])
    }

    @Test func leftmostLongestWithoutOverlaps() throws {
        #expect(try harness.links("North Korea and the Korean Peninsula, not Korea alone.")
            == ["North Korea→north-korea", "Korean Peninsula→korea", "Korea→korea"])
        let mentions = try harness.mentions("The Democratic People's Republic of Korea said.")
        #expect(mentions.count == 1)
        #expect(mentions.first?.id == "north-korea")
    }

    @Test func matchesNeverCrossSentences() throws {
        // "North" ends one sentence, "Korea" starts the next: two sentences, so only "Korea".
        #expect(try harness.links("They went North. Korea was quiet.") == ["Korea→korea"])
    }

    @Test func hyphenAndSpaceAreTheSame() throws {
        #expect(try harness.links("Kim Jong-Un spoke. Kim Jong-un left. Kim Jong Un returned.")
            == ["Kim Jong-Un→kim-jong-un", "Kim Jong-un→kim-jong-un", "Kim Jong Un→kim-jong-un"])
        #expect(try harness.links("He flew to Komsomolsk on Amur and Komsomolsk-on-Amur.")
            == ["Komsomolsk on Amur→komsomolsk", "Komsomolsk-on-Amur→komsomolsk"])
    }

    @Test func curlyAndStraightApostrophesAreTheSame() throws {
        #expect(try harness.links("Côte d’Ivoire and Côte d'Ivoire and Cote d'Ivoire.")
            == ["Côte d’Ivoire→ivory-coast", "Côte d'Ivoire→ivory-coast", "Cote d'Ivoire→ivory-coast"])
    }

    @Test func possessiveIsLeftOutOfTheSpan() throws {
        #expect(try harness.links("Russia’s war and Russia's allies.") == ["Russia→russia", "Russia→russia"])
    }

    @Test func diacriticsAreIgnored() throws {
        #expect(try harness.links("Zürich and Zurich.") == ["Zürich→zurich", "Zurich→zurich"])
    }

    @Test func periodsAreOptional() throws {
        #expect(try harness.links("The U.S. and the US and the USA and the U.S.A. agreed.")
            == ["U.S.→united-states", "US→united-states", "USA→united-states", "U.S.A.→united-states"])
    }

    @Test func smartCase() throws {
        // Capitalised names match any case after a capital initial, not lower case.
        #expect(try harness.links("RUSSIA and Russia, not russia.") == ["RUSSIA→russia", "Russia→russia"])
        // Acronyms match only in capitals: "us" is a pronoun.
        #expect(try harness.links("Tell us about the US.") == ["US→united-states"])
        // '=' demands the exact case; '~' ignores case.
        #expect(try harness.links("Nice is nice. NICE is loud.") == ["Nice→nice"])
        #expect(try harness.links("An iphone, an iPhone, an IPHONE.") == ["iphone→iphone", "iPhone→iphone", "IPHONE→iphone"])
    }

    @Test func caseOptionChangesTheDefault() throws {
        let insensitive = try GazetteerHarness(sampleGazetteer, caseMode: "insensitive")
        #expect(try insensitive.links("russia and RUSSIA.") == ["russia→russia", "RUSSIA→russia"])
        let sensitive = try GazetteerHarness(sampleGazetteer, caseMode: "sensitive")
        #expect(try sensitive.links("russia and RUSSIA and Russia.") == ["Russia→russia"])
    }

    @Test func demonymsAreNORPLinkedToTheirCountry() throws {
        let mentions = try harness.mentions("A North Korean delegation met Russian officials and an American.")
        #expect(mentions.map(\.label) == ["NORP", "NORP", "NORP"])
        #expect(mentions.map(\.id) == ["north-korea", "russia", "united-states"])
        #expect(mentions.map(\.link) == [.demonym, .demonym, .demonym])
    }

    @Test func placesInsideLongerUnknownNamesAreSkipped() throws {
        let list = """
            id\ttype\tname\tdemonyms
            uk\tGPE\tUnited Kingdom\tBritish
            edinburgh\tGPE\tEdinburgh\t
            russia\tGPE\tRussia\tRussian
            copenhagen\tGPE\tCopenhagen\t
            """
        let harness = try GazetteerHarness(list)
        #expect(try harness.links("He studied at Edinburgh University and the University of Copenhagen.").isEmpty)
        #expect(try harness.links("The British Library and Russia Today opened.").isEmpty)
        #expect(try harness.links("Producer Michael Edinburgh spoke.").isEmpty)
        // Titles, function words and sentence starts do not make a longer name.
        #expect(try harness.links("Russian Defense Minister Sergei Shoigu met the British envoy in Edinburgh.")
            == ["Russian→russia", "British→uk", "Edinburgh→edinburgh"])
        #expect(try harness.links("In Edinburgh, The British government spoke. Edinburgh agreed.")
            == ["Edinburgh→edinburgh", "British→uk", "Edinburgh→edinburgh"])
        // Headlines in capitals are not names.
        #expect(try harness.links("RUSSIA OIL OUTPUT RISES") == ["RUSSIA→russia"])
        let keep = try GazetteerHarness([list], insideNames: "keep")
        #expect(try keep.links("He studied at Edinburgh University.") == ["Edinburgh→edinburgh"])
    }

    @Test func attributesAreCopiedWhenAsked() throws {
        let harness = try GazetteerHarness(sampleGazetteer, attributes: ["wikidata"])
        let mention = try #require(try harness.mentions("Russia spoke.").first)
        #expect(mention.attributes.map { "\($0.0)=\($0.1)" } == ["wikidata=Q159"])
    }
}
