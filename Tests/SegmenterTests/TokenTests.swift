import NLPCore
import Segmenter
import Testing

@Suite("Tokens")
struct TokenTests {
    @Test("words, numbers and punctuation")
    func kinds() throws {
        let result = try tokenKinds("Kim fired 2 missiles, worth $1,000.5 each!")
        #expect(result.map(\.0) == ["Kim", "fired", "2", "missiles", ",", "worth", "$", "1,000.5", "each", "!"])
        #expect(result.map(\.1) == [.word, .word, .number, .word, .punctuation, .word, .punctuation, .number, .word, .punctuation])
    }

    @Test("English clitics are split off", arguments: [
        ("Russia’s war", ["Russia", "’s", "war"]),
        ("Russia's war", ["Russia", "'s", "war"]),
        ("I don't know", ["I", "do", "n't", "know"]),
        ("I don’t know", ["I", "do", "n’t", "know"]),
        ("we can't go", ["we", "ca", "n't", "go"]),
        ("they won't", ["they", "wo", "n't"]),
        ("they're here", ["they", "'re", "here"]),
        ("we've been", ["we", "'ve", "been"]),
        ("you'll see", ["you", "'ll", "see"]),
        ("I'd go", ["I", "'d", "go"]),
        ("I’m here", ["I", "’m", "here"]),
        ("IT'S OK", ["IT", "'S", "OK"]),
        ("you shouldn't've", ["you", "should", "n't", "'ve"]),
        ("O'Brien's hat", ["O'Brien", "'s", "hat"]),
        ("O'Brien left", ["O'Brien", "left"]),
        ("the 1990's boom", ["the", "1990", "'s", "boom"]),
        ("I cannot", ["I", "can", "not"]),
        ("gonna win", ["gon", "na", "win"]),
    ])
    func clitics(_ text: String, _ expected: [String]) throws {
        #expect(try tokens(text) == expected)
    }

    @Test("clitics are words")
    func cliticKinds() throws {
        #expect(try tokenKinds("don't").map(\.1) == [.word, .word])
    }

    @Test("abbreviations keep their period")
    func abbreviationPeriods() throws {
        #expect(try tokens("U.S. officials met Mr. Putin.") == ["U.S.", "officials", "met", "Mr.", "Putin", "."])
        #expect(try tokens("On Sept. 13 Apple Inc. said no.") == ["On", "Sept.", "13", "Apple", "Inc.", "said", "no", "."])
        #expect(try tokens("John F. Kennedy") == ["John", "F.", "Kennedy"])
        #expect(try tokens("at 5 p.m. today") == ["at", "5", "p.m.", "today"])
        #expect(try tokens("He moved to the U.S. He liked it.") == ["He", "moved", "to", "the", "U.S.", "He", "liked", "it", "."])
    }

    @Test("a sentence-final abbreviation period stays a token")
    func finalPeriod() throws {
        #expect(try tokens("He joined Acme Inc. The pay was good.") == ["He", "joined", "Acme", "Inc", ".", "The", "pay", "was", "good", "."])
        #expect(try tokens("I got an A. Then I left.") == ["I", "got", "an", "A", ".", "Then", "I", "left", "."])
    }

    @Test("repeated marks are one token")
    func repeatedMarks() throws {
        #expect(try tokens("Wait... what?!! No -- never") == ["Wait", "...", "what", "?", "!!", "No", "--", "never"])
    }

    @Test("URLs, e-mail addresses, times, dates and phone numbers are one token")
    func joinedTokens() throws {
        #expect(try tokens("See https://example.com/a/b?q=1&r=2. Thanks") == ["See", "https://example.com/a/b?q=1&r=2", ".", "Thanks"])
        #expect(try tokens("(www.example.org)") == ["(", "www.example.org", ")"])
        #expect(try tokens("mail jane.doe@example.com now") == ["mail", "jane.doe@example.com", "now"])
        #expect(try tokens("at 10:30 on 08/16/2000, call 303-832-8160") == ["at", "10:30", "on", "08/16/2000", ",", "call", "303-832-8160"])
    }

    @Test("quotes, dashes and non-ASCII text")
    func nonASCII() throws {
        #expect(try tokens("Kim Jong Un’s “anti-imperialist” front") ==
                ["Kim", "Jong", "Un", "’s", "“", "anti", "-", "imperialist", "”", "front"])
        #expect(try tokens("Seoul — Müller’s café") == ["Seoul", "—", "Müller", "’s", "café"])
    }

    @Test("emoji and CJK")
    func emojiAndCJK() throws {
        let result = try tokenKinds("Great 👍🏽 news 日本語です 😀")
        #expect(result.map(\.0) == ["Great", "👍🏽", "news", "日本語", "です", "😀"])
        #expect(result.map(\.1) == [.word, .punctuation, .word, .word, .word, .punctuation])
        expectWellFormed(try segment("北朝鮮の金正恩総書記がロシアを訪問した。プーチン大統領と会談した。"))
        #expect(try sentences("北朝鮮の金正恩総書記がロシアを訪問した。プーチン大統領と会談した。").count == 2)
    }

    @Test("no whitespace tokens", arguments: ["a \t b\u{00A0}c\u{3000}d\r\ne\u{2028}f", " \u{FEFF}x  y "])
    func noWhitespace(_ text: String) throws {
        let document = try segment(text)
        expectWellFormed(document)
        #expect(try tokens(text).allSatisfy { !$0.contains(where: \.isWhitespace) })
    }

    @Test("tokens never cross sentences")
    func tokensInSentences() throws {
        for text in ["He moved to the U.S. He liked it.", "Yahoo!Inc rose.", "Mr.\n\nSmith arrived.", "end.Next one. ok"] {
            expectWellFormed(try segment(text))
        }
    }
}
