import Foundation
import NLPCore
import Testing
@testable import Stance

/// The stance matrix of the five summit articles in seeds/: what a careful reader of them would say.
@Suite struct SeedStanceTests {
    static let matrix: StanceMatrix = {
        let harness = try! StanceHarness()
        let directory = StanceHarness.root + "/seeds"
        var matrix = StanceMatrix()
        for name in try! FileManager.default.contentsOfDirectory(atPath: directory).sorted() where name.hasSuffix(".txt") {
            let text = try! String(contentsOfFile: directory + "/" + name, encoding: .utf8)
            let document = try! harness.run(text)
            matrix.add(document: name, entries: StanceMatrix.entries(of: document))
        }
        return matrix
    }()

    private func cell(_ holder: String, _ target: String) -> StanceMatrix.Cell? {
        Self.matrix.cell(holder: holder, target: target)
    }

    @Test func northKoreaAndKimStandWithRussiaAndPutin() throws {
        let kim = try #require(cell("kim-jong-un", "russia"))
        #expect(kim.polarity == .support && kim.oppose == 0 && kim.count >= 3)
        #expect(kim.documents.count >= 3)
        #expect(try #require(cell("north-korea", "russia")).polarity == .support)
        #expect(try #require(cell("kim-jong-un", "vladimir-putin")).polarity == .support)
    }

    @Test func russiaAndPutinSupportNorthKoreaAndKim() throws {
        #expect(try #require(cell("vladimir-putin", "kim-jong-un")).polarity == .support)
        #expect(try #require(cell("russia", "north-korea")).support >= 2)
    }

    @Test func theWestOpposesNorthKoreaAndPutinWagesWarOnUkraine() throws {
        #expect(try #require(cell("united-states", "north-korea")).polarity == .oppose)
        #expect(try #require(cell("rishi-sunak", "north-korea")).polarity == .oppose)
        #expect(try #require(cell("united-kingdom", "kim-jong-un")).polarity == .oppose)
        #expect(try #require(cell("vladimir-putin", "ukraine")).polarity == .oppose)
        #expect(try #require(cell("un-security-council", "north-korea")).polarity == .oppose)
    }

    /// No strong entry of the wrong polarity between the two camps.
    @Test func noStrongEntryOfTheWrongPolarity() {
        let axis: Set<String> = ["kim-jong-un", "north-korea", "city-pyongyang", "vladimir-putin", "russia", "city-moscow"]
        let west: Set<String> = ["united-states", "united-kingdom", "rishi-sunak", "south-korea", "japan", "ukraine",
                                 "joe-biden", "un-security-council"]
        for cell in Self.matrix.sortedCells {
            if axis.contains(cell.holder) && axis.contains(cell.target) {
                #expect(cell.meanScore > 0, "\(cell.holderName) → \(cell.targetName): \(cell.meanScore)")
            }
            if west.contains(cell.holder) && axis.contains(cell.target) {
                #expect(cell.meanScore < 0, "\(cell.holderName) → \(cell.targetName): \(cell.meanScore)")
            }
            #expect(cell.holder != cell.target)
        }
    }
}
