import Testing
@testable import Quotes

@Suite("Quotation marks") struct QuoteMarksTests {
    private func quotes(_ text: String) -> [String] {
        var copy = text
        return copy.withUTF8 { bytes in
            QuoteFinder.find(in: bytes).map { String(decoding: UnsafeBufferPointer(rebasing: bytes[$0.start..<$0.end]), as: UTF8.self) + ($0.capped ? " [capped]" : "") }
        }
    }

    @Test func curlyStraightAndGuillemets() {
        #expect(quotes("He said “yes” and \"no\" and «peut-être».") == ["“yes”", "\"no\"", "«peut-être»"])
    }

    @Test func singleCurlyQuotesOnlyWhenTheyAreQuotationMarks() {
        #expect(quotes("Russia’s leader said ‘we will win’ and that’s that.") == ["‘we will win’"])
        #expect(quotes("That’s Kim’s view.").isEmpty)
    }

    @Test func aQuoteSpansSentences() {
        #expect(quotes("“We came. We saw,” he said.") == ["“We came. We saw,”"])
    }

    @Test func eachParagraphReopensAndOnlyTheLastCloses() {
        let text = "He said: “First paragraph of the quote.\n\n“Second paragraph, still quoted.”\n\nThen he left."
        #expect(quotes(text) == ["“First paragraph of the quote.\n\n“Second paragraph, still quoted.”"])
    }

    @Test func anUnbalancedQuoteIsCappedAtItsParagraph() {
        let text = "He said “this never closes.\n\nThe next paragraph is not quoted. “But this is.”"
        #expect(quotes(text) == ["“this never closes. [capped]", "“But this is.”"])
    }
}
