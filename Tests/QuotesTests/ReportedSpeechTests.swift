import Testing
import NLPCore
@testable import Quotes

/// Reported speech constructions beyond `X said (that) ...` (docs/quotes.md, "Kinds").
@Suite("Reported speech") struct ReportedSpeechTests {
    let harness: QuotesHarness
    init() throws { harness = try QuotesHarness() }

    /// Whether `text` has a reported attribution with this content, cue and speaker span (`-` for none),
    /// whatever entity the speaker links to.
    private func reports(_ text: String, _ content: String, cue: String, speaker: String) throws -> Bool {
        let prefix = "reported | \(content) | \(cue) | \(speaker)"
        return try harness.describe(text).contains { $0 == prefix || $0.hasPrefix(prefix + " → ") }
    }

    @Test func progressiveCueIsNotPassive() throws {
        #expect(try reports("Trump is arguing that the judge is biased.", "that the judge is biased", cue: "arguing", speaker: "Trump"))
    }

    @Test func relativePronounTakesItsAntecedentAndEndsAtTheComma() throws {
        #expect(try reports("Barkley, who said he votes Democratic, attended the rally.", "he votes Democratic", cue: "said", speaker: "Barkley"))
    }

    @Test func coordinatedCueTakesTheSentenceSubject() throws {
        #expect(try reports("The Arizona Republican survived a Vietnamese prison and says such techniques are inhumane.",
                            "such techniques are inhumane", cue: "says", speaker: "The Arizona Republican"))
    }

    @Test func coordinatedAndParticipleCuesSplitTheContent() throws {
        let text = "The state admitted it made a mistake, adding that the water is safe now."
        #expect(try reports(text, "it made a mistake", cue: "admitted", speaker: "The state"))
        #expect(try reports(text, "that the water is safe now", cue: "adding", speaker: "The state"))
    }

    @Test func attributionInsideTheSentenceCoversTheSentence() throws {
        #expect(try reports("This campaign, he says, is different.", "This campaign, he says, is different", cue: "says", speaker: "he"))
    }

    @Test func finalAttributionAfterAClosingQuotationMark() throws {
        #expect(try reports("In his view, the plan is \"a disaster,\" the senator said.", "In his view, the plan is \"a disaster",
                            cue: "said", speaker: "the senator"))
    }

    @Test func listenerAndOccasionBeforeThatAreSkipped() throws {
        #expect(try reports("Clinton told voters in Kentucky on Sunday that her husband would help.", "that her husband would help",
                            cue: "told", speaker: "Clinton"))
    }

    @Test func askedQuestionIsReported() throws {
        let text = "Asked whether he would resign, the senator said no."
        #expect(try reports(text, "whether he would resign", cue: "Asked", speaker: "the senator"))
        #expect(try reports(text, "no", cue: "said", speaker: "the senator"))
    }

    @Test func nounCueWithAPossessor() throws {
        #expect(try harness.describe("Trump’s claim that Mexico will pay for the wall was mocked.")
            .contains { $0.hasPrefix("reported | that Mexico will pay for the wall") && $0.contains("| claim | Trump") })
    }

    @Test func raisingVerbReportsItsClauseWithNoSpeaker() throws {
        #expect(try reports("None of the candidates seemed to understand the plan.", "None of the candidates seemed to understand the plan",
                            cue: "seemed", speaker: "-"))
    }

    @Test func evidenceAndAttitudeVerbs() throws {
        #expect(try reports("Exit polls showed that young voters favored Sanders.", "that young voters favored Sanders", cue: "showed", speaker: "Exit polls"))
        #expect(try reports("Kim Jong Un praised the talks and said that ties would deepen.", "the talks", cue: "praised", speaker: "Kim Jong Un"))
    }

    @Test func titleCaseHeadline() throws {
        #expect(try reports("Trump Says He Never Pledged To Kill Families", "He Never Pledged To Kill Families", cue: "Says", speaker: "Trump"))
    }

    @Test func subjectWithAnAsideOrAnAge() throws {
        #expect(try reports("Sen. Chris Murphy (D-Conn.) says the bill will pass.", "the bill will pass", cue: "says", speaker: "Sen. Chris Murphy"))
        #expect(try reports("Marley Anderson, 21, a student from Las Vegas, said she came to support Sanders.",
                            "she came to support Sanders", cue: "said", speaker: "Marley Anderson"))
    }

    @Test func weakCuesNeedThat() throws {
        #expect(try harness.describe("He continues to campaign in Iowa. The film was known as a classic.").isEmpty)
    }
}

extension ReportedSpeechTests {
    @Test func openingParticipleClauseTakesTheMainSubject() throws {
        #expect(try reports("Promising that the report would be fair, Bolton said the choice was clear.", "the report would be fair",
                            cue: "Promising", speaker: "Bolton"))
    }

    @Test func participleAfterItsNoun() throws {
        #expect(try reports("Police received 911 calls saying shots had been fired.", "shots had been fired", cue: "saying", speaker: "911 calls"))
    }

    @Test func aNameIsAContent() throws {
        let text = "The senator has praised Putin, saying he was a strong leader."
        #expect(try reports(text, "Putin", cue: "praised", speaker: "The senator"))
        #expect(try reports(text, "he was a strong leader", cue: "saying", speaker: "The senator"))
    }

    /// Everything the stage reports for `text` with this cue, as `content | cue | speaker` lines.
    private func cueLines(_ text: String, cue: String) throws -> [String] {
        try harness.describe(text).filter { $0.contains("| \(cue) |") }
    }

    @Test func aVerbFormAfterADeterminerIsNoCue() throws {
        // "ruling" and "talks" after a determiner are an adjective and a noun, not speech verbs.
        #expect(try cueLines("He met a ruling party official in charge of munitions policy.", cue: "ruling").isEmpty)
        #expect(try cueLines("The talks covered economic cooperation and humanitarian aid.", cue: "talks").isEmpty)
        #expect(try reports("The minister talks about the plan every week.", "the plan every week", cue: "talks", speaker: "The minister"))
    }

    @Test func possessivesHyphensAndOffMakeAVerbFormNoCue() throws {
        #expect(try cueLines("He manages Breitbart’s reporting team and its political content.", cue: "reporting").isEmpty)
        // "’s" before a past participle is "has".
        #expect(try reports("She’s said that the plan would fail.", "that the plan would fail", cue: "said", speaker: "She"))
        #expect(try cueLines("A Soviet-backed junta overthrew the emperor in 1974.", cue: "backed").isEmpty)
        #expect(try cueLines("The walkouts were either called off or went unnoticed.", cue: "called").isEmpty)
        #expect(try reports("The union leaders backed the strike in March.", "the strike in March", cue: "backed", speaker: "The union leaders"))
        // Plurals of the nouns for bodies that speak are speakers too.
        #expect(try reports("The unions backed the strike in March.", "the strike in March", cue: "backed", speaker: "The unions"))
    }

    @Test func aGerundAfterAPrepositionHasNoSpeakerOfItsOwn() throws {
        let text = "The deputy minister mentioned the possibility of discussing humanitarian aid with the delegation."
        #expect(try cueLines(text, cue: "discussing").isEmpty)
        #expect(try reports(text, "the possibility of discussing humanitarian aid with the delegation", cue: "mentioned",
                            speaker: "The deputy minister"))
    }

    @Test func prepositionsAreNeitherCuesNorSpeakers() throws {
        #expect(try cueLines("There was international attention regarding the unusual encounter.", cue: "regarding").isEmpty)
        // An opening prepositional phrase is not the subject a participle takes.
        #expect(try reports("Alongside military technology, Kim is expected to seek aid, possibly discussing food supplies.",
                            "food supplies", cue: "discussing", speaker: "Kim"))
        // A question word that opens the sentence is not part of the possessor.
        #expect(try reports("How Kim’s announcement of support for Russia could change the war is unclear.",
                            "support for Russia could change the war is unclear", cue: "announcement", speaker: "Kim"))
    }

    @Test func askedByAnAgentReportsTheAgentsQuestion() throws {
        let text = "When asked by the Russian press, which had access to the summit, whether Russia would help, Putin said yes."
        #expect(try reports(text, "whether Russia would help", cue: "asked", speaker: "the Russian press"))
        #expect(try cueLines(text, cue: "asked").count == 1)
    }

    @Test func aParticipleAfterAQuotationThatClosesWithACommaEndsTheContent() throws {
        let text = "Trump said things “should be wrapped up by Cleveland,” referring to the party’s July convention."
        #expect(try reports(text, "things “should be wrapped up by Cleveland,”", cue: "said", speaker: "Trump"))
    }

    @Test func aCoordinatedClauseWithItsOwnCueEndsTheContent() throws {
        let text = "Sixty percent said they were worried about the economy, and more than 4 in 10 said Trump would handle it best."
        #expect(try reports(text, "they were worried about the economy", cue: "said", speaker: "Sixty percent"))
    }

    @Test func verbsOfConjecture() throws {
        #expect(try reports("In a video on Thursday, Trump speculated that the men could be part of the group.",
                            "that the men could be part of the group", cue: "speculated", speaker: "Trump"))
        #expect(try reports("The pollster even hypothesized Clinton could be replaced by Joe Biden.",
                            "Clinton could be replaced by Joe Biden", cue: "hypothesized", speaker: "The pollster"))
    }

    @Test func accordingToInsideTheSentenceCoversTheSentence() throws {
        let text = "At the heart of the trouble, according to Dennis Ross, was a decision by Obama to keep his distance."
        #expect(try reports(text, "At the heart of the trouble, according to Dennis Ross, was a decision by Obama to keep his distance",
                            cue: "according to", speaker: "Dennis Ross"))
        #expect(try cueLines("Trump holds 14 percent of the vote, compared to 76 percent for Clinton.", cue: "compared").isEmpty)
    }

    @Test func aQuestionAskedWhenTheSpeakerAnswers() throws {
        let text = "“We will be fine,” Trump told the station on Monday when asked how ties would fare after the election."
        #expect(try reports(text, "how ties would fare after the election", cue: "asked", speaker: "-"))
        let byAgent = "Trump said nothing when asked by a reporter whether this differed from the plan."
        #expect(try reports(byAgent, "whether this differed from the plan", cue: "asked", speaker: "a reporter"))
    }

    @Test func aHeadlineNamesItsSourceBeforeAColon() throws {
        let text = "Lynch: No outside influence on FBI probe into Clinton emails\n\nThe attorney general spoke on Friday."
        #expect(try reports(text, "No outside influence on FBI probe into Clinton emails", cue: ":", speaker: "Lynch"))
        // A label is not a source, nor is a colon inside running text.
        #expect(try cueLines("Update: The vote was moved to Friday afternoon\n\nMore soon.", cue: ":").isEmpty)
        #expect(try cueLines("The rules were clear. He had one goal: win the state by a wide margin.", cue: ":").isEmpty)
        // Nor a list line or a table row.
        #expect(try cueLines("Subs Not Used: Berger, Ashdown\n\nPARANA STATE: UMUARAMA NIL, LONDRINA NIL\n", cue: ":").isEmpty)
    }

    @Test func aPlacePhraseLinksToItsStateOnlyForTheStatesOwnBodies() throws {
        let lines = try harness.describe("The Russian government denied the report. The Russian press reported that the talks had ended. "
            + "The former Soviet Union backed North Korea in the war.")
        #expect(lines.contains("reported | the report | denied | The Russian government → russia"))
        #expect(lines.contains("reported | that the talks had ended | reported | The Russian press → ?"))
        #expect(lines.contains("reported | North Korea in the war | backed | The former Soviet Union → soviet-union"))
    }
}
