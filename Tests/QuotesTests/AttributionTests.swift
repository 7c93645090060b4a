import Testing
import NLPCore
@testable import Quotes

@Suite("Attribution") struct AttributionTests {
    let harness: QuotesHarness
    init() throws { harness = try QuotesHarness() }

    @Test func directQuoteWithTheSpeakerAfter() throws {
        #expect(try harness.describe("“We will always stand with Russia,” Kim Jong Un said.")
            == ["direct | “We will always stand with Russia,” | said | Kim Jong Un → kim-jong-un"])
    }

    @Test func invertedCueWithAnApposition() throws {
        #expect(try harness.describe("“It is a show of force,” said Moon Seong-mook, an analyst at the Korea Research Institute.")
            == ["direct | “It is a show of force,” | said | Moon Seong-mook → moon-seong-mook"])
    }

    @Test func speakerAndCueBeforeAColon() throws {
        #expect(try harness.describe("Vladimir Putin met reporters. Putin responded: “That’s why we came here.”")
            .contains("direct | “That’s why we came here.” | responded | Putin → vladimir-putin"))
    }

    @Test func pronounSpeakerResolvesToTheNearestPerson() throws {
        let lines = try harness.describe("Sergei Shoigu visited Pyongyang in July. “The talks went well,” he told reporters.")
        #expect(lines == ["direct | “The talks went well,” | told | he → sergei-shoigu"])
    }

    @Test func coordinatedCueAfterANameTakesTheName() throws {
        // The pronoun of the opening clause is not the subject of "smiled and said".
        let lines = try harness.describe("When asked whom she supported, Ms. Sherry smiled and said, “I’m waiting for Bloomberg.”")
        #expect(lines.contains { $0.hasPrefix("direct | “I’m waiting for Bloomberg.” | said | Ms. Sherry") })
    }

    @Test func descriptionSpeakerLinksToTheNameInside() throws {
        let lines = try harness.describe("“Stop now,” said a spokesman for Prime Minister Rishi Sunak.")
        #expect(lines == ["direct | “Stop now,” | said | a spokesman for Prime Minister Rishi Sunak → rishi-sunak"])
    }

    @Test func aQuoteInterruptedByItsAttributionIsOneQuotation() throws {
        #expect(try harness.describe("“We are ready,” Kim Jong Un said. “We will win the fight.”")
            == ["direct | “We are ready,” Kim Jong Un said. “We will win the fight.” | said | Kim Jong Un → kim-jong-un"])
    }

    @Test func aQuoteInTheNextParagraphKeepsTheSpeaker() throws {
        let lines = try harness.describe("“We are ready,” Kim Jong Un said.\n\n“We will win the fight.”")
        #expect(lines == ["direct | “We are ready,” | said | Kim Jong Un → kim-jong-un",
                          "direct | “We will win the fight.” | - | Kim Jong Un → kim-jong-un"])
    }

    @Test func participleAndCoordinatedCuesTakeTheSentenceSubject() throws {
        #expect(try harness.describe("Vladimir Putin went on the attack, saying, “They will fail.”")
            == ["direct | “They will fail.” | saying | Vladimir Putin → vladimir-putin"])
    }

    @Test func partialQuoteInsideReportedSpeech() throws {
        let lines = try harness.describe("Kim Jong Un emphasized that North Korea will stand with Russia on the “anti-imperialist” front.")
        #expect(lines.contains("partial | “anti-imperialist” | emphasized | Kim Jong Un → kim-jong-un"))
        #expect(lines.contains("reported | that North Korea will stand with Russia on the “anti-imperialist” front | emphasized | Kim Jong Un → kim-jong-un"))
    }

    @Test func scareQuotesHaveNoSpeaker() throws {
        #expect(try harness.describe("The so-called “peace plan” was never published.")
            == ["partial | “peace plan” | - | -"])
    }

    @Test func reportedSpeechForms() throws {
        let text = "During their meeting, Vladimir Putin indicated that Russia is open to assisting North Korea. "
            + "The United States has accused North Korea of providing weapons to Russia. "
            + "Kim may have ordered the launches to show control, said Moon Seong-mook, an analyst in Seoul. "
            + "According to the Korean Central News Agency, the talks lasted four hours."
        let lines = try harness.describe(text)
        #expect(lines.contains("reported | that Russia is open to assisting North Korea | indicated | Vladimir Putin → vladimir-putin"))
        #expect(lines.contains("reported | North Korea of providing weapons to Russia | accused | The United States → united-states"))
        #expect(lines.contains("reported | Kim may have ordered the launches to show control | said | Moon Seong-mook → moon-seong-mook"))
        #expect(lines.contains("reported | the talks lasted four hours | According to | the Korean Central News Agency → korean-central-news-agency"))
    }

    @Test func passiveAndInanimateSubjectsAreNotSpeakers() throws {
        #expect(try harness.describe("It is believed that Kim sought help. The meeting suggests a new alliance is forming.").isEmpty)
    }

    @Test func namedPersonInAnAppositionSpeaks() throws {
        let lines = try harness.describe("South Korea’s Foreign Ministry spokesperson, Lim Soo-suk, emphasized the importance of sanctions.")
        #expect(lines == ["reported | the importance of sanctions | emphasized | Lim Soo-suk → lim-soo-suk"])
    }

    @Test func descriptionLinksToThePersonIntroducedWithThatRole() throws {
        let lines = try harness.describe("Russian President Vladimir Putin met Kim. Later, the Russian president said the talks were useful.")
        #expect(lines.contains("reported | the talks were useful | said | the Russian president → vladimir-putin"))
    }

    @Test func everyAttributionHasAConfidence() throws {
        let document = try harness.run("“Yes,” he said. The Kremlin denied any involvement in the crash.")
        for quote in document[Quotes.self]?.quotations ?? [] { #expect(quote.confidence > 0 && quote.confidence <= 1) }
    }
}
