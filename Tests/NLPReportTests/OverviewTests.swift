import Testing
@testable import NLPCore
@testable import NLPReport

@Suite struct OverviewTests {
    @Test func aggregatesDocumentsInInputOrder() throws {
        let overview = try SyntheticCorpus.run().overview
        #expect(overview.documents == 3 && overview.failed == 1)
        #expect(overview.mentions == 9)
        #expect(overview.topEntitiesByMentions(2).map(\.id) == ["kim-jong-un", "kyiv"])
        #expect(overview.topEntitiesByDocuments(3).map(\.id) == ["kim-jong-un", "kyiv", "russia"])
        let russia = try #require(overview.entity("russia"))
        #expect(russia.mentions == 2 && russia.documents == 2 && russia.documentNumbers == [0, 1])
        #expect(overview.quotes == 3 && overview.directQuotes == 1 && overview.reportedQuotes == 2)
        #expect(overview.unlinkedQuotes == 1 && overview.unattributedQuotes == 0)
        #expect(overview.topSpeakers(5).map(\.name) == ["Kim Jong Un", "Officials"])
        #expect(overview.topSpeakers(1)[0].example == "“We stand with Moscow,”")
        #expect(overview.stance.relationCount == 3 && overview.stance.cell(holder: "russia", target: "kyiv")?.oppose == 1)
        #expect(overview.sentiment.count == 2 && overview.sentiment.all.map(\.id) == ["a-1", "b-2"])
        #expect(overview.sawEntities && overview.sawQuotes && overview.sawSentiment)
    }

    @Test func sentimentKeepsOnlyTheExtremesOfALargeCorpus() {
        var stats = SentimentStats()
        for index in 0..<40 { stats.add(id: "d\(index)", score: Double(index - 20) / 20) { "" } }
        #expect(stats.count == 40 && stats.all.isEmpty)
        #expect(stats.mostPositive.map(\.id) == ["d39", "d38", "d37"])
        #expect(stats.mostNegative.map(\.id) == ["d0", "d1", "d2"])
        #expect(stats.positive == 19 && stats.negative == 20 && stats.neutral == 1)
        #expect(abs(stats.mean - (-0.025)) < 1e-9)
    }

    @Test func entityDocumentListsAreBounded() {
        var overview = CorpusOverview()
        let digest = DocumentDigest(entities: [.init(id: "x", canonical: "X", label: "GPE", mentions: 1)])
        for number in 0..<(CorpusOverview.documentListLimit + 10) { overview.add(number: number, id: "d\(number)", digest: digest) }
        #expect(overview.entity("x")?.documents == CorpusOverview.documentListLimit + 10)
        #expect(overview.entity("x")?.documentNumbers.count == CorpusOverview.documentListLimit)
    }

    @Test func aDemonymOnlyEntityTakesItsCountrysLabelOnceNamed() {
        var overview = CorpusOverview()
        overview.add(number: 0, id: "a", digest: DocumentDigest(entities: [.init(id: "ru", canonical: "Russia", label: "NORP", mentions: 1)]))
        #expect(overview.entity("ru")?.label == "NORP")
        overview.add(number: 1, id: "b", digest: DocumentDigest(entities: [.init(id: "ru", canonical: "Russia", label: "GPE", mentions: 1)]))
        #expect(overview.entity("ru")?.label == "GPE")
    }
}
