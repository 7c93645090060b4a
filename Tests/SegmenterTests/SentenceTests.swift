import NLPCore
import Segmenter
import Testing

@Suite("Sentences")
struct SentenceTests {
    @Test("plain sentences split")
    func plainSentences() throws {
        #expect(try sentences("I met Joe. He left.") == ["I met Joe.", "He left."])
        #expect(try sentences("Stop! Who goes there? Me.") == ["Stop!", "Who goes there?", "Me."])
    }

    @Test("abbreviations do not end sentences", arguments: [
        "U.S. officials said so.",
        "Mr. Putin arrived.",
        "Gen. Smith spoke.",
        "Dr. Lim agreed.",
        "It happened on Sept. 13 in Moscow.",
        "John F. Kennedy was president.",
        "Apple Inc. said it would.",
        "He lives at No. 5 Main Street.",
        "The meeting is at 10 a.m. Eastern time.",
        "Mrs. Lee and Prof. Brown met Sen. Warren.",
        "It was a classic e.g. Example case.",
        "He moved to St. Louis last year.",
        "Lakers vs. Celtics was close.",
        "Martin Luther King Jr. Day is a holiday.",
        "See p. 12 for details.",
        "He lived c. 1818 in Paris.",
        "She works for the U.N. Security Council.",
        "Shares of Acme Corp. rose 5%.",
    ])
    func abbreviation(_ text: String) throws {
        #expect(try sentences(text) == [text])
    }

    @Test("an initialism before a sentence starter ends the sentence")
    func initialismAtEnd() throws {
        #expect(try sentences("He moved to the U.S. He liked it.") == ["He moved to the U.S.", "He liked it."])
        #expect(try sentences("We left at 5 p.m. The bus was late.") == ["We left at 5 p.m.", "The bus was late."])
        #expect(try sentences("It was World War I. Then peace came.") == ["It was World War I.", "Then peace came."])
    }

    @Test("other abbreviations end a sentence before a capitalised word")
    func companyAtEnd() throws {
        #expect(try sentences("He joined Acme Inc. The pay was good.") == ["He joined Acme Inc.", "The pay was good."])
        #expect(try sentences("It came in Jan. Then it left.") == ["It came in Jan.", "Then it left."])
    }

    @Test("a blank line always ends a sentence")
    func blankLine() throws {
        #expect(try sentences("First part\n\nSecond part") == ["First part", "Second part"])
        #expect(try sentences("He met Mr.\n\nSmith later.") == ["He met Mr.", "Smith later."])
        #expect(try sentences("one line \n \t \n next") == ["one line", "next"])
        #expect(try sentences("a\r\n\r\nb") == ["a", "b"])
    }

    @Test("a headline on the first line is a sentence")
    func headline() throws {
        let text = "Kim backs Putin in Siberia summit\nNorth Korean leader Kim Jong Un met Putin. They talked."
        #expect(try sentences(text) == [
            "Kim backs Putin in Siberia summit",
            "North Korean leader Kim Jong Un met Putin.",
            "They talked.",
        ])
    }

    @Test("headings and bylines on their own line are sentences")
    func headingLines() throws {
        let text = "The summit ended today. It was long.\nSigns of cooperation\nPutin hinted at more. He smiled."
        #expect(try sentences(text) == [
            "The summit ended today.", "It was long.", "Signs of cooperation", "Putin hinted at more.", "He smiled.",
        ])
    }

    @Test("hard-wrapped prose is joined")
    func hardWrapped() throws {
        let text = """
            Headline of the story
            The meeting between the two leaders, held in a remote part of
            Siberia, highlighted how their interests align in the face of
            their confrontations with the United States. The summit lasted
            for approximately four to five hours.
            """
        #expect(try sentences(text) == [
            "Headline of the story",
            "The meeting between the two leaders, held in a remote part of\nSiberia, highlighted how their interests align in the face of\ntheir confrontations with the United States.",
            "The summit lasted\nfor approximately four to five hours.",
        ])
    }

    @Test("a short line followed by a lowercase line is joined")
    func lowercaseContinuation() throws {
        let text = "Intro line.\nThe talks covered\nvarious areas of cooperation."
        #expect(try sentences(text) == ["Intro line.", "The talks covered\nvarious areas of cooperation."])
    }

    @Test("CRLF line breaks")
    func crlf() throws {
        let text = "Title here\r\nMr. Smith went to Washington. He voted.\r\n\r\nNew paragraph.\r\n"
        #expect(try sentences(text) == ["Title here", "Mr. Smith went to Washington.", "He voted.", "New paragraph."])
        expectWellFormed(try segment(text))
    }

    @Test("a period before a lowercase sentence start splits after an ordinary word")
    func lowercaseStart() throws {
        #expect(try sentences("call them at home. they are waiting.") == ["call them at home.", "they are waiting."])
        #expect(try sentences("He bought apples, pears, etc. and more.") == ["He bought apples, pears, etc. and more."])
        #expect(try sentences("It fell to U.S. companies to pay.") == ["It fell to U.S. companies to pay."])
        #expect(try sentences("A plant in Kenosha, Wisc. closed.") == ["A plant in Kenosha, Wisc. closed."])
        #expect(try sentences("Well... maybe not.") == ["Well... maybe not."])
    }

    @Test("footnote marks stay with the sentence they follow")
    func footnotes() throws {
        #expect(try sentences("He stayed until 1805. [6] Then he left.") == ["He stayed until 1805. [6]", "Then he left."])
        #expect(try sentences("It was over. [12][13]\n\nNext part.") == ["It was over. [12][13]", "Next part."])
    }

    @Test("a mark glued to the next word is not a sentence end")
    func urlQuery() throws {
        #expect(try sentences("See http://example.com/search?q=test for more.") == ["See http://example.com/search?q=test for more."])
        #expect(try sentences("Shares of Yahoo!Inc rose.") == ["Shares of Yahoo!Inc rose."])
        #expect(try sentences("Wait...Now we go.") == ["Wait...Now we go."])
    }

    @Test("quotes close sentences")
    func quotes() throws {
        #expect(try sentences("He said “We are ready.” Then he left.") == ["He said “We are ready.”", "Then he left."])
    }

    @Test("empty and blank texts have no sentences", arguments: ["", " ", "\n\n", " \t\r\n \u{00A0}"])
    func blank(_ text: String) throws {
        let document = try segment(text)
        #expect(document[Sentences.self]?.spans == [])
        #expect(document[Tokens.self]?.tokens == [])
    }

    @Test("spaces around sentences are trimmed")
    func trimmed() throws {
        #expect(try sentences("   Hello there.   General Kenobi.  \n") == ["Hello there.", "General Kenobi."])
    }

    @Test("extra abbreviations from the options")
    func extraAbbreviations() throws {
        let text = "The fund holds approx. Ten assets. Fig. Two shows it."
        #expect(try sentences(text).count == 4)
        let options = Segmenter.Options(abbreviations: ["approx", "Fig."])
        #expect(try sentences(text, options: options) == ["The fund holds approx. Ten assets.", "Fig. Two shows it."])
    }
}
