import NLPCore
import Testing
@testable import Stance

/// Each rule of docs/stance.md on sentences written for it.
@Suite struct StanceRuleTests {
    let harness: StanceHarness
    init() throws { harness = try StanceHarness() }

    @Test func supportAndOpposeVerbs() throws {
        #expect(try harness.describe("Japan condemned North Korea on Monday.") == ["Japan → North Korea: oppose (condemned)"])
        #expect(try harness.describe("China backs Russia.") == ["China → Russia: support (backs)"])
        #expect(try harness.describe("Britain will always stand with Ukraine.") == ["United Kingdom → Ukraine: support (stand with)"])
        #expect(try harness.describe("The United States has accused North Korea of supplying arms.")
                == ["United States → North Korea: oppose (accused)"])
        #expect(try harness.describe("Germany sanctioned Iran last year.") == ["Germany → Iran: oppose (sanctioned)"])
    }

    @Test func nounCuesWithPossessiveOrLightVerb() throws {
        #expect(try harness.describe("France's support for Ukraine is firm.") == ["France → Ukraine: support (support for)"])
        #expect(try harness.describe("Putin's war on Ukraine goes on.") == ["Vladimir Putin → Ukraine: oppose (war on)"])
        #expect(try harness.describe("Kim Jong Un expressed his country's unwavering support for Russia.")
                == ["Kim Jong Un → Russia: support (support for)"])
        // No possessor and no light verb: the sentence's subject is not taken as the holder.
        #expect(try harness.describe("Japan said the war in Ukraine must end.") == [])
    }

    @Test func possessiveHolder() throws {
        // The possessor of an unnamed body holds the stance.
        #expect(try harness.describe("South Korea's defence ministry condemned North Korea.")
                == ["South Korea → North Korea: oppose (condemned)"])
    }

    @Test func negationFlipsAndWeakens() throws {
        let document = try harness.run("India did not condemn Russia.")
        let relation = try #require(document[Stances.self]?.relations.first)
        #expect(relation.polarity == .support && relation.negated)
        #expect(relation.score > 0 && relation.score < 0.9 / 2 + 1e-9)
        #expect(try harness.describe("Brazil refused to back Ukraine.") == ["Brazil → Ukraine: oppose (back) negated"])
        #expect(try harness.describe("Turkey never criticized Russia.") == ["Turkey → Russia: support (criticized) negated"])
    }

    @Test func passiveVoice() throws {
        #expect(try harness.describe("North Korea was condemned by Japan.") == ["Japan → North Korea: oppose (condemned)"])
        #expect(try harness.describe("Ukraine has been strongly supported by Poland.") == ["Poland → Ukraine: support (supported)"])
        #expect(try harness.describe("North Korea, backed by China, fired a missile.") == ["China → North Korea: support (backed)"])
        // A passive with no agent names no holder.
        #expect(try harness.describe("North Korea was condemned at the meeting in Japan.") == [])
    }

    @Test func urgeNotTo() throws {
        #expect(try harness.describe("The United States urged China not to arm Russia.") == ["United States → China: oppose (urged)"])
        #expect(try harness.describe("Japan called on North Korea to stop its missile tests.")
                == ["Japan → North Korea: oppose (called on)"])
        // Urging someone to do something is no stance.
        #expect(try harness.describe("France urged Germany to join the talks.") == [])
    }

    @Test func quotesAreTheirSpeakersStance() throws {
        #expect(try harness.describe("\u{201C}We will always stand with Russia,\u{201D} Kim Jong Un said.")
                == ["Kim Jong Un → Russia: support (stand with) via quote"])
        #expect(try harness.describe("\u{201C}The aggression of Russia must end,\u{201D} Volodymyr Zelensky said.")
                == ["Volodymyr Zelensky → Russia: oppose (aggression) via quote"])
        #expect(try harness.describe("\u{201C}China is a reliable partner,\u{201D} Vladimir Putin said.")
                == ["Vladimir Putin → China: support (reliable) via quote"])
        // Reported speech: the content's own subject holds the stance.
        #expect(try harness.describe("Kim Jong Un said North Korea would always support Russia.")
                == ["North Korea → Russia: support (support)"])
    }

    @Test func evaluativeWordsOnlyCountInsideQuotations() throws {
        #expect(try harness.describe("The aggression of Russia was discussed in Japan.") == [])
    }

    @Test func compositionOfCues() throws {
        #expect(try harness.describe("Russia supported sanctions against North Korea.")
                == ["Russia → North Korea: oppose (supported sanctions against)"])
    }

    @Test func mutualCues() throws {
        #expect(try harness.describe("Cooperation between Russia and North Korea is growing.").sorted()
                == ["North Korea → Russia: support (Cooperation between)", "Russia → North Korea: support (Cooperation between)"])
        #expect(try harness.describe("The war between Russia and Ukraine continues.").sorted()
                == ["Russia → Ukraine: oppose (war between)", "Ukraine → Russia: oppose (war between)"])
    }

    @Test func coordinatedHoldersAndTargets() throws {
        #expect(try harness.describe("Japan and South Korea condemned North Korea and Russia.").sorted() == [
            "Japan → North Korea: oppose (condemned)", "Japan → Russia: oppose (condemned)",
            "South Korea → North Korea: oppose (condemned)", "South Korea → Russia: oppose (condemned)",
        ])
    }

    @Test func nationalityModifyingANamePrefersTheName() throws {
        #expect(try harness.describe("Kim Jong Un praised Russian President Vladimir Putin.")
                == ["Kim Jong Un → Vladimir Putin: support (praised)"])
    }

    @Test func pronounHolderIsTheRecentPerson() throws {
        #expect(try harness.describe("Joe Biden spoke on Tuesday. He condemned Russia.")
                == ["Joe Biden → Russia: oppose (condemned)"])
    }

    @Test func noSelfStanceAndNoPairNoRelation() throws {
        #expect(try harness.describe("Russia praised Moscow's Russian partners.").allSatisfy { !$0.hasPrefix("Russia → Russia") })
        #expect(try harness.describe("Russia praised the decision.") == [])
        #expect(try harness.describe("The weather in Japan was warm.") == [])
    }

    @Test func nounUsesOfVerbFormsAreNotCues() throws {
        #expect(try harness.describe("Kim will seek economic aid from Russia.") == [])
        #expect(try harness.describe("Thanks to Russia, North Korea has grain.") == [])
        #expect(try harness.describe("Japan won the support of India.") == [])
    }

    @Test func prepositionalObjectsAreNotHolders() throws {
        #expect(try harness.describe("After talks with Japan, India praised Australia.") == ["India → Australia: support (praised)"])
    }

    @Test func datelinesAndHyphenModifiersAreNotParties() throws {
        #expect(try harness.describe("WASHINGTON, March 19 - Officials decided not to oppose the offer to Japan.") == [])
        #expect(try harness.describe("Australia would not oppose the purchase by Zurich and London-based Xstrata.") == [])
        #expect(try harness.describe("PARIS, Oct 19 - Germany condemned Iran.") == ["Germany → Iran: oppose (condemned)"])
    }

    @Test func pronounSubjectOfAReportingVerb() throws {
        #expect(try harness.describe("The United States said last week it would back a loan to Argentina.")
                == ["United States → Argentina: support (back)"])
        #expect(try harness.describe("Iraq said its warplanes had attacked four Iranian oil sites.")
                == ["Iraq → Iran: oppose (attacked)"])
    }

    @Test func objectsEndAtClausesAdjunctsAndInfinitives() throws {
        #expect(try harness.describe("Britain remains opposed to the plan and West Germany has opposed it.") == [])
        #expect(try harness.describe("Iraq attacked a supertanker and four Iranian oil sites.") == ["Iraq → Iran: oppose (attacked)"])
        #expect(try harness.describe("Spain continued to oppose the scheme at a meeting of EC ministers.") == [])
        #expect(try harness.describe("Ministers support the plan to tax fuel - tabled by France.") == [])
    }

    @Test func pairsJoinedBySlashOrHyphen() throws {
        #expect(try harness.describe("The Iran/Iraq war is heating up.").sorted()
                == ["Iran → Iraq: oppose (war)", "Iraq → Iran: oppose (war)"])
    }

    @Test func gerundsAfterDeterminersAreAdjectives() throws {
        #expect(try harness.describe("Wales built the perfect attacking platform against France.") == [])
        #expect(try harness.describe("Japan is backing India.") == ["Japan → India: support (backing)"])
    }
}
