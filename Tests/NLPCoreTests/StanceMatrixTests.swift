import Foundation
import NLPCore
import Testing

/// The corpus stance matrix: counts, mean score, documents and evidence per holder and target.
@Suite struct StanceMatrixTests {
    private func entry(_ holder: String, _ target: String, _ polarity: StancePolarity, _ score: Double,
                       sentence: String = "S.") -> StanceMatrix.Entry {
        StanceMatrix.Entry(holder: (holder, holder.uppercased()), target: (target, target.uppercased()), polarity: polarity,
                           score: score, cue: "cue", evidence: (0, sentence.count, sentence))
    }

    @Test func cellsCountAverageAndListDocumentsOnce() {
        var matrix = StanceMatrix(evidenceLimit: 2)
        matrix.add(document: "d1", entries: [entry("a", "b", .support, 0.8), entry("a", "b", .support, 0.6)])
        matrix.add(document: "d2", entries: [entry("a", "b", .oppose, -0.4), entry("b", "a", .oppose, -0.9)])
        matrix.add(document: "d3", entries: [])
        let cell = try! #require(matrix.cell(holder: "a", target: "b"))
        #expect(cell.support == 2 && cell.oppose == 1 && cell.count == 3)
        #expect(abs(cell.meanScore - (0.8 + 0.6 - 0.4) / 3) < 1e-12)
        #expect(cell.polarity == .support)
        #expect(cell.documents == ["d1", "d2"])
        #expect(cell.evidence.count == 2)
        #expect(matrix.cell(holder: "b", target: "a")?.polarity == .oppose)
        #expect(matrix.documentCount == 2 && matrix.relationCount == 4)
        #expect(matrix.sortedCells.map(\.holder) == ["a", "b"])
    }

    @Test func jsonHasEveryCell() throws {
        var matrix = StanceMatrix()
        matrix.add(document: "d1", entries: [entry("a", "b", .oppose, -0.5, sentence: "A \"condemned\" B.")])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(matrix.json())) as? [String: Any])
        let cells = try #require(object["cells"] as? [[String: Any]])
        #expect(cells.count == 1)
        #expect(cells[0]["mean_score"] as? Double == -0.5)
        #expect(cells[0]["polarity"] as? String == "oppose")
        #expect(((cells[0]["evidence"] as? [[String: Any]])?.first?["text"] as? String) == "A \"condemned\" B.")
    }

    @Test func entriesComeFromTheStanceLayerInCodePoints() {
        var document = Document(id: "d", text: "Été: Japan condemned Iran.")
        let japan = Span(start: 7, end: 12), iran = Span(start: 23, end: 27)
        document[Stances.self] = Stances([
            StanceRelation(holder: StanceParty(span: japan, entityID: "japan", canonical: "Japan"),
                           target: StanceParty(span: iran, entityID: "iran", canonical: "Iran"), polarity: .oppose,
                           score: -0.9, cue: Span(start: 13, end: 22), evidence: Span(start: 0, end: 28), source: .cue),
        ])
        let entries = StanceMatrix.entries(of: document)
        #expect(entries.count == 1)
        #expect(entries[0].evidence.start == 0 && entries[0].evidence.end == 26)
        #expect(entries[0].cue == "condemned")
    }
}
