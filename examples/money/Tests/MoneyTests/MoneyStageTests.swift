import Money
import NLPCore
import NLPTesting
import Segmenter
import Testing

@Suite struct MoneyStageTests {
    /// The segmenter then `money`, as in a pipeline.
    private func harness(_ options: MoneyStage.Options = .init()) throws -> StageHarness {
        try StageHarness(Segmenter(options: .init(), context: .init()), MoneyStage(options: options, context: .init()))
    }

    @Test func readsSignsCodesSuffixesAndScaleWords() throws {
        var harness = try harness()
        let result = try harness.run("Profits rose to $1.13bn and £600m, or €5 million (USD 2.5 trillion; ₩1,000).")
        // Read from the output record, in code points, as a Python reader would.
        #expect(result.texts(of: .money) == ["$1.13bn", "£600m", "€5 million", "USD 2.5 trillion", "₩1,000"])
        let amounts = try #require(result.document[MoneyLayer.self]?.amounts)
        #expect(amounts.map(\.currency) == ["USD", "GBP", "EUR", "USD", "KRW"])
        #expect(amounts.map(\.value) == [1.13e9, 600e6, 5e6, 2.5e12, 1000])
    }

    @Test func leavesOutWhatIsNotAnAmount() throws {
        var harness = try harness()
        let result = try harness.run("He paid $ 5, won 3 million votes and spent USD.")
        #expect(result.texts(of: .money).isEmpty)
    }

    @Test func optionsChooseSignsCodesAndAMinimum() throws {
        var harness = try harness(.init(symbols: ["£"], codes: false, minimum: 1000))
        let result = try harness.run("It cost £500, then £2,000 and $9,000 and EUR 7,000.")
        #expect(result.texts(of: .money) == ["£2,000"])
    }

    @Test func anUnknownSignIsRefusedNamingTheOption() {
        #expect {
            try MoneyStage(options: .init(symbols: ["$", "¤"]), context: .init())
        } throws: { error in
            (error as? StageError)?.option == "symbols"
                && (error as? StageError)?.message == "unknown currency sign '¤'; known signs: $ £ ¥ ₩ € ₹ ₽"
        }
    }
}
