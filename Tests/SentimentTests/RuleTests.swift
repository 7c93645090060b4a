import Sentiment
import Testing

/// Every rule of VADER against vaderSentiment 3.3.2's own scores (see ``Expected``).
@Suite("VADER rules")
struct RuleTests {
    @Test("lexicon words", arguments: Expected.lexicon)
    func lexicon(_ testCase: Case) { expectVADER(testCase) }

    @Test("boosters and dampeners, up to three words before", arguments: Expected.booster)
    func boosters(_ testCase: Case) { expectVADER(testCase) }

    @Test("negation within three words, n't, \"no\", \"never so\", \"without doubt\"", arguments: Expected.negation)
    func negation(_ testCase: Case) { expectVADER(testCase) }

    @Test("\"but\": before × 0.5, after × 1.5", arguments: Expected.but)
    func but(_ testCase: Case) { expectVADER(testCase) }

    @Test("\"but\" rescales the first equal value (vaderSentiment's quirk)", arguments: Expected.butQuirk)
    func butQuirk(_ testCase: Case) { expectVADER(testCase) }

    @Test("ALL CAPS among mixed case", arguments: Expected.caps)
    func caps(_ testCase: Case) { expectVADER(testCase) }

    @Test("exclamation and question marks", arguments: Expected.punctuation)
    func punctuation(_ testCase: Case) { expectVADER(testCase) }

    @Test("\"kind of\", \"sort of\", \"kinda\"", arguments: Expected.kindOf)
    func kindOf(_ testCase: Case) { expectVADER(testCase) }

    @Test("\"least\", \"at least\", \"very least\"", arguments: Expected.least)
    func least(_ testCase: Case) { expectVADER(testCase) }

    @Test("special idioms and the \"so\"/\"this\" quirk", arguments: Expected.idioms)
    func idioms(_ testCase: Case) { expectVADER(testCase) }

    @Test("emoji become their descriptions, one code point at a time", arguments: Expected.emoji)
    func emoji(_ testCase: Case) { expectVADER(testCase) }

    @Test("splitting on Python whitespace, punctuation stripping, case", arguments: Expected.tokens)
    func tokens(_ testCase: Case) { expectVADER(testCase) }

    @Test("the lexicons load with every entry")
    func lexiconSizes() {
        // 7,506 distinct lexicon tokens, plus the booster, negation and special words not in it.
        #expect(vader.wordCount > 7_506)
        #expect(vader.emojiCount == 1_212)   // single-code-point entries of the 3,570
    }

    @Test("a bad lexicon line is reported with its number")
    func badLexicon() {
        let error = #expect(throws: VADERError.self) {
            _ = try VADER(lexicon: "good\t1.9\nbad\n", emojiLexicon: "")
        }
        #expect(error?.message == "lexicon line 2: expected TOKEN<TAB>VALENCE")
    }

    @Test("a reused scratch gives the same scores")
    func scratchReuse() {
        let scratch = VADERScratch()
        for testCase in Expected.but + Expected.emoji + Expected.idioms + Expected.but {
            #expect(vader.polarityScores(testCase.text[...], scratch: scratch) == testCase.expected)
        }
    }

    @Test("a scratch moved to another lexicon forgets the words it cached")
    func scratchAcrossLexicons() throws {
        let scratch = VADERScratch()
        #expect(vader.polarityScores("good"[...], scratch: scratch).compound == 0.4404)
        let other = try VADER(lexicon: "good\t-1.9\n", emojiLexicon: "\u{1F600}\tgrinning face\n")
        #expect(other.polarityScores("good"[...], scratch: scratch).compound == -0.4404)
        #expect(vader.polarityScores("good"[...], scratch: scratch).compound == 0.4404)
    }
}
