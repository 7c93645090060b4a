import Testing
@testable import NLPCore
@testable import NLPReport

@Suite struct TerminalSummaryTests {
    private func rendered(_ style: TerminalStyle) throws -> String {
        let run = try SyntheticCorpus.run()
        return TerminalSummary().render(run.summary, overview: run.overview, destinations: .init(
            pipeline: "synthetic", jobs: 2, output: "out/x.jsonl", stanceMatrix: "out/x.stance.json", report: ("out/x.html", 123_456)),
            style: style)
    }

    @Test func plainTextHasEverySectionAndNoEscapes() throws {
        let text = try rendered(.plain)
        #expect(!text.contains("\u{1B}"))
        #expect(text.hasPrefix("nlp: synthetic: 3 documents, 6 sentences, 20 words in 0.250 s"))
        #expect(text.contains("1 of 3 documents failed"))
        for heading in ["Entities  9 mentions of 5 entities", "Quotes by speaker  3 (1 direct, 2 reported)", "Stance  3 relations in 2 documents",
                        "Sentiment  mean +0.05 over 2 documents"] {
            #expect(text.contains(heading), "\(heading)")
        }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.contains { $0.hasPrefix("  Kim Jong Un ") && $0.hasSuffix("   3      2") })
        #expect(lines.contains { $0.hasPrefix("  Kim Jong Un ") && $0.contains("“We stand with Moscow,”") })
        #expect(lines.contains { $0 == "  not linked to an entity: Officials 1" })
        let russiaRow = try #require(lines.first { $0.hasPrefix("  Russia ") && $0.contains("·") })
        #expect(russiaRow.contains("1 −0.50"))
        #expect(lines.contains { $0.hasPrefix("  a-1 ") && $0.contains("+0.07") && $0.contains("│") })
        #expect(text.contains("stance matrix → out/x.stance.json") && text.contains("report → out/x.html (124 KB)"))
        #expect(lines.dropFirst().allSatisfy { $0.count <= TerminalStyle.plain.width }, "\(lines.filter { $0.count > 100 })")
        #expect(text.hasSuffix("\n") && !text.hasSuffix("\n\n"))
    }

    @Test func colourUsesANSIBoldAndSigns() throws {
        let text = try rendered(TerminalStyle(color: true, width: 120))
        #expect(text.contains("\u{1B}[1mEntities\u{1B}[0m"))
        #expect(text.contains("\u{1B}[31m") && text.contains("\u{1B}[32m"))
    }

    @Test func aLargeCorpusListsOnlyTheMostPositiveAndNegative() {
        var overview = CorpusOverview()
        for index in 0..<30 {
            overview.add(number: index, id: "doc-\(index)", digest: DocumentDigest(headline: "Title \(index)", sentiment: Double(index - 15) / 15))
        }
        let text = TerminalSummary().render(RunSummary(), overview: overview, destinations: .init(pipeline: "p", jobs: 1, output: "-"),
                                            style: .plain)
        #expect(text.contains("most positive") && text.contains("most negative"))
        #expect(text.contains("doc-29") && text.contains("doc-0 ") && !text.contains("doc-15 "))
        #expect(text.contains("→ stdout"))
    }

    @Test func numbersAndDurations() {
        #expect(TerminalSummary.grouped(1_234_567) == "1,234,567" && TerminalSummary.grouped(12) == "12")
        #expect(TerminalSummary.signedScore(-0.07) == "−0.07" && TerminalSummary.signedScore(0.4) == "+0.40")
        #expect(TerminalSummary.signedScore(0.001) == " 0.00")
        #expect(TerminalSummary.duration(0.0456) == "0.046 s" && TerminalSummary.duration(75) == "1 min 15 s")
        #expect(TerminalSummary.fixed(2.5, 1) == "2.5" && TerminalSummary.fixed(-0.04, 1) == "0.0")
        #expect(TerminalSummary.size(812_000) == "812 KB" && TerminalSummary.size(3_400_000) == "3.4 MB")
        #expect(TerminalSummary.bar(-0.5, style: .plain) == "     █████│          ")
    }

    @Test func colourFollowsTheTerminalAndNoColor() {
        // Test processes write stderr to a file or pipe, never to a terminal.
        #expect(TerminalStyle.detect(descriptor: 2, environment: [:]) == .plain || TerminalStyle.isTerminal(2))
        #expect(!TerminalStyle.detect(descriptor: -1, environment: [:]).color)
    }
}
