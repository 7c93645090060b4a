import Testing
import NLPCore
@testable import Quotes

/// News conventions of reported speech and of the speakers of direct quotations
/// (docs/quotes-evaluation.md lists the rules).
@Suite("Reported speech forms and speakers of direct quotations") struct NewsConventionTests {
    let harness: QuotesHarness
    init() throws { harness = try QuotesHarness() }

    /// Whether `text` has an attribution of this kind, content, cue and speaker span (`-` for none),
    /// whatever entity the speaker links to.
    private func has(_ text: String, _ kind: String, _ content: String, cue: String, speaker: String) throws -> Bool {
        let prefix = "\(kind) | \(content) | \(cue) | \(speaker)"
        return try harness.describe(text).contains { $0 == prefix || $0.hasPrefix(prefix + " → ") }
    }

    // MARK: Reported speech

    @Test func contentKeepsItsThat() throws {
        #expect(try has("The Associated Press reported Friday that the talks had failed.", "reported", "that the talks had failed",
                        cue: "reported", speaker: "The Associated Press"))
    }

    @Test func expectedToReportsItsWholeClause() throws {
        #expect(try has("Obama is expected to join Clinton on the campaign trail soon.", "reported",
                        "Obama is expected to join Clinton on the campaign trail soon", cue: "expected", speaker: "-"))
        // Not an active "expected" ("The companies expected ..." is a plain cue with a subject).
        #expect(try !harness.describe("The governor expected to win.").contains { $0.hasPrefix("reported | The governor expected") })
    }

    @Test func contrastingClauseEndsTheContent() throws {
        #expect(try has("He argued that the plan was a failure, while the host sought to make a distinction.", "reported",
                        "that the plan was a failure", cue: "argued", speaker: "He"))
        #expect(try has("She said the deal was fair, but Republicans in the House rejected it.", "reported",
                        "the deal was fair", cue: "said", speaker: "She"))
    }

    @Test func longSubjectOfSay() throws {
        #expect(try has("Organizers of the push to boycott the speech said they were worried about the event.", "reported",
                        "they were worried about the event", cue: "said", speaker: "Organizers of the push to boycott the speech"))
        #expect(try has("One California delegate said he gave away his guest passes.", "reported",
                        "he gave away his guest passes", cue: "said", speaker: "One California delegate"))
    }

    @Test func pointToIsACue() throws {
        #expect(try has("Critics point to the rising deficit.", "reported", "the rising deficit", cue: "point to", speaker: "Critics"))
    }

    @Test func finalAttributionWithAnOccasionAfterAnyCue() throws {
        #expect(try has("The talks had failed, the Associated Press reported Friday.", "reported", "The talks had failed",
                        cue: "reported", speaker: "the Associated Press"))
    }

    // MARK: Speakers of direct quotations

    @Test func newswireQuotesBoundTheParticiplesSubject() throws {
        #expect(try has("''I don't want a fractured convention,'' he said, adding, ''We don't want to be in Cleveland.''", "direct",
                        "''We don't want to be in Cleveland.''", cue: "adding", speaker: "he"))
    }

    @Test func participleAfterACommaKeepsTheEarlierCuesSubject() throws {
        #expect(try has("Ryan and Trump will meet next week, Spicer said, adding, “They need to sit down and talk.”", "direct",
                        "“They need to sit down and talk.”", cue: "adding", speaker: "Spicer"))
    }

    @Test func anOpeningAdverbialIsNotTheSubject() throws {
        #expect(try has("Back in 1999, Mr. Trump expressed admiration for Clinton, telling CNBC: \"I wish I could be like that.\"",
                        "direct", "\"I wish I could be like that.\"", cue: "telling", speaker: "Mr. Trump"))
    }

    @Test func theListenerAfterToldIsNotTheSpeaker() throws {
        #expect(try has("Priebus later Thursday told Fox News: “Both men are meeting next week.”", "direct",
                        "“Both men are meeting next week.”", cue: "told", speaker: "Priebus"))
    }

    @Test func mannerOfSpeakingVerbs() throws {
        #expect(try has("“This is fantastic!” beamed Donald Hartley of Madison.", "direct", "“This is fantastic!”",
                        cue: "beamed", speaker: "Donald Hartley of Madison"))
        #expect(try has("Trump leaned in and boomed: “Let’s defeat her in November.”", "direct", "“Let’s defeat her in November.”",
                        cue: "boomed", speaker: "Trump"))
        #expect(try has("Clinton proclaimed at a press conference, “I did not email any classified material to anyone.”", "direct",
                        "“I did not email any classified material to anyone.”", cue: "proclaimed", speaker: "Clinton"))
        #expect(try has("He jokes, “It’s a never ending line!”", "direct", "“It’s a never ending line!”", cue: "jokes", speaker: "He"))
        #expect(try has("After the attacks, Trump issued a statement, “Our nation was attacked.”", "direct", "“Our nation was attacked.”",
                        cue: "issued a statement", speaker: "Trump"))
    }

    @Test func aLongInvertedAttributionInTheNextSentence() throws {
        let text = "“Is the mistake akin to this?” said Susan Hennessey, a former National Security Agency lawyer now at the "
            + "Brookings Institution in Washington."
        #expect(try has(text, "direct", "“Is the mistake akin to this?”", cue: "said", speaker: "Susan Hennessey"))
    }

    @Test func aLongAppositionWithAPossessiveApostrophe() throws {
        #expect(try has("\"This campaign is revolutionizing politics,\" Jeff Weaver, Sanders' campaign manager, said in a statement.",
                        "direct", "\"This campaign is revolutionizing politics,\"", cue: "said",
                        speaker: "Jeff Weaver, Sanders' campaign manager"))
    }

    @Test func aLabelAfterAHeadlineAndADash() throws {
        #expect(try has("RED STATES OUTNUMBER BLUE STATES - Jeffrey M. Jones: “Twenty states are solidly Republican.”", "direct",
                        "“Twenty states are solidly Republican.”", cue: "-", speaker: "Jeffrey M. Jones"))
    }

    @Test func asXPutsIt() throws {
        #expect(try has("As The Post's Dana Milbank puts it, \"Senate Republicans are unmoved.\"", "direct",
                        "\"Senate Republicans are unmoved.\"", cue: "puts it", speaker: "The Post's Dana Milbank"))
    }

    @Test func theFollowingStatementInThePreviousParagraph() throws {
        #expect(try has("When Wallace died, President Clinton released the following statement:\n\n“We offer our condolences.”", "direct",
                        "“We offer our condolences.”", cue: "released the following statement", speaker: "President Clinton"))
    }

    @Test func aPossessiveApostropheIsNotAQuotationMark() throws {
        #expect(try has("Weaver was not impressed with Sanders’ comments Tuesday, telling reporters, “The governor should step down.”",
                        "direct", "“The governor should step down.”", cue: "telling", speaker: "Weaver"))
    }

    @Test func aCoordinatedCueKeepsThePronounOfItsClause() throws {
        #expect(try has("When I asked him about it, he laughed and said, “We’ll see.”", "direct", "“We’ll see.”", cue: "said", speaker: "he"))
    }

    @Test func aNounLikeVerbEndingTheAttribution() throws {
        #expect(try has("“Cruz appeals to Reagan Democrats,” Viguerie notes.", "direct", "“Cruz appeals to Reagan Democrats,”",
                        cue: "notes", speaker: "Viguerie"))
    }

    @Test func aDashLineAfterTheQuotation() throws {
        #expect(try has("\"Boeing and GE pay zero taxes.\"\n\n- Sanders.", "direct", "\"Boeing and GE pay zero taxes.\"", cue: "-",
                        speaker: "Sanders"))
    }

    @Test func aShortSubjectAndCueOpeningTheNextSentence() throws {
        let text = "“Who can remember how many states I’ve lost? Is it two?” Clinton asks as a maintenance guy walks in front of her, "
            + "saying he is here to fix the holes in the wall."
        #expect(try has(text, "direct", "“Who can remember how many states I’ve lost? Is it two?”", cue: "asks", speaker: "Clinton"))
        // Not a cue that introduces a quotation of its own.
        let lines = try harness.describe("“We are refugees.” Mr. Zahed said: “The attack is the work of terrorists in our own city today.”")
        #expect(!lines.contains { $0.hasPrefix("direct | “We are refugees.” | said") })
    }

    @Test func aPhraseOfTheQuotedSentenceBeforeAnInvertedCue() throws {
        #expect(try has("\"This will be a challenge\" for Clinton, said Kunin.", "direct", "\"This will be a challenge\"", cue: "said",
                        speaker: "Kunin"))
    }

    @Test func aPersonIsAnimate() throws {
        #expect(try has("At the same time, the person added, “you saw the endorsements.”", "direct", "“you saw the endorsements.”",
                        cue: "added", speaker: "the person"))
    }

    @Test func aPossessorNamesTheSpeakerNotItsClitic() throws {
        #expect(try has("Hillary Clinton’s right-hand woman rallied supporters, saying: “We have to be ready.”", "direct",
                        "“We have to be ready.”", cue: "saying", speaker: "Hillary Clinton"))
    }
}

@Suite("Newswire quotation marks and possessives") struct NewswireQuoteMarkTests {
    private func quotes(_ text: String) -> [String] {
        var copy = text
        return copy.withUTF8 { bytes in
            QuoteFinder.find(in: bytes).map { String(decoding: UnsafeBufferPointer(rebasing: bytes[$0.start..<$0.end]), as: UTF8.self) }
        }
    }

    @Test func threeApostrophesCloseANestedQuote() {
        #expect(quotes("''We are told, 'Kosovo is special,''' Mr. Putin said.") == ["''We are told, 'Kosovo is special,'''"])
        #expect(quotes("'''College Bowl,''' he replied.") == ["'''College Bowl,'''"])
    }

    @Test func aWrongWayMarkAtTheEndCloses() {
        #expect(quotes("“It's unusual,“ said Larry Noble. “It's hard.”") == ["“It's unusual,“", "“It's hard.”"])
    }

    @Test func longPlainTextIsSkippedEightBytesAtATime() {
        let plain = String(repeating: "plain text without marks ", count: 5)
        #expect(quotes(plain + "“quoted” " + plain + "\"straight\"") == ["“quoted”", "\"straight\""])
    }
}
