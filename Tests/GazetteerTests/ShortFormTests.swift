import Testing
import NLPCore
@testable import Gazetteer

@Suite("Short forms and surnames") struct ShortFormTests {
    let harness: GazetteerHarness
    init() throws { harness = try GazetteerHarness(sampleGazetteer) }

    @Test func bareNameLinksToThePersonNamedEarlier() throws {
        let mentions = try harness.mentions("North Korean leader Kim Jong Un arrived. Kim met officials. President Putin waited.")
        #expect(mentions.map(\.id) == ["north-korea", "kim-jong-un", "kim-jong-un", "vladimir-putin"])
        #expect(mentions.map(\.link) == [.demonym, .alias, .shortForm, .surname])
    }

    @Test func bareNameBeforeAnyFullMentionDoesNotLink() throws {
        // "Kim" belongs to two people in the gazetteer and none was named yet.
        #expect(try harness.links("Kim arrived first. Then Kim Jong Un came.") == ["Kim Jong Un→kim-jong-un"])
    }

    @Test func anExplicitOtherPersonWins() throws {
        #expect(try harness.links("Kim Jong Un spoke. Kim Myong Sik answered. Kim nodded.")
            == ["Kim Jong Un→kim-jong-un", "Kim Myong Sik→kim-myong-sik", "Kim→kim-myong-sik"])
    }

    @Test func aPersonNamedInPassingLosesToTheStorysPersonLater() throws {
        let text = "Kim Jong Un arrived. Kim met Putin. Kim smiled. Admiral Kim Myong Sik was there. "
            + "Kim saluted. Analysts spoke. Then they ate. Kim left."
        #expect(try harness.links(text).filter { $0.hasPrefix("Kim") }
            == ["Kim Jong Un→kim-jong-un", "Kim→kim-jong-un", "Kim→kim-jong-un", "Kim Myong Sik→kim-myong-sik",
                "Kim→kim-myong-sik", "Kim→kim-jong-un"])
    }

    @Test func aNameInsideALongerUnknownNameDoesNotLink() throws {
        // "Kim Yong Chol" is not in the gazetteer: its "Kim" is not Kim Jong Un.
        #expect(try harness.links("Kim Jong Un spoke. Kim Yong Chol answered. Then Kim left.")
            == ["Kim Jong Un→kim-jong-un", "Kim→kim-jong-un"])
    }

    @Test func titlesAndSentenceStartsDoNotBlockAShortForm() throws {
        #expect(try harness.links("Vladimir Putin spoke. Mr. Putin smiled. Putin left. Later President Putin returned.")
            == ["Vladimir Putin→vladimir-putin", "Putin→vladimir-putin", "Putin→vladimir-putin", "Putin→vladimir-putin"])
    }

    @Test func nothingCarriesOverBetweenDocuments() throws {
        _ = try harness.mentions("Kim Jong Un spoke.")
        #expect(try harness.links("Kim answered.").isEmpty)
    }

    @Test func unambiguousSurnameLinksButAmbiguousOrCommonOnesDoNot() throws {
        #expect(try harness.links("Putin spoke.") == ["Putin→vladimir-putin"])
        // Two people are called Lee; "May" is a month.
        #expect(try harness.links("Lee spoke in May.").isEmpty)
        // Month and weekday names are never short forms, even after a full mention.
        #expect(try harness.links("Theresa May spoke. In May, May left.") == ["Theresa May→theresa-may"])
    }

    @Test func shortFormsAndSurnamesCanBeTurnedOff() throws {
        let strict = try GazetteerHarness([sampleGazetteer], shortForms: false, surnames: false)
        #expect(try strict.links("Vladimir Putin spoke. Putin left.") == ["Vladimir Putin→vladimir-putin"])
    }

    @Test func aNamePartAfterAHyphenIsNotAShortForm() throws {
        let harness = try GazetteerHarness("id\ttype\tname\nmoon\tPERSON\tMoon Jae-in\n")
        #expect(try harness.links("Moon Jae-in spoke. In Seoul, Moon smiled.") == ["Moon Jae-in→moon", "Moon→moon"])
    }

    @Test func lowerCaseOrAllCapsWordsAreNotShortForms() throws {
        #expect(try harness.links("Vladimir Putin spoke to the UN and putin.") == ["Vladimir Putin→vladimir-putin", "UN→un"])
    }
}
