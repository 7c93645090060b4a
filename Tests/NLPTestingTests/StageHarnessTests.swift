import NLPCore
import NLPTesting
import Segmenter
import Testing

/// The stage harness runs stages as a worker does and catches stages that break their contracts.
@Suite struct StageHarnessTests {
    /// Marks the first word; `mode` makes it misbehave.
    struct FirstWord: Stage {
        enum Mode: String, Decodable, Sendable { case good, forgets, badOffsets }
        struct Options: StageOptions {
            var mode: Mode
            static let schema: [OptionSpec] = [OptionSpec("mode", .choice(["good", "forgets", "badOffsets"]), summary: "")]
        }
        struct Marks: Layer {
            static let id: LayerID = "first-words"
            var spans: [Span]
            var shift: Int32
            func writeJSON(to writer: inout JSONWriter, document: Document, offsets: CodePointIndex) {
                writer.beginArray()
                for span in spans {
                    writer.spanObject(Span(start: span.start, end: span.end + shift), offsets: offsets)
                }
                writer.endArray()
            }
        }
        static let name = "first-word"
        static let summary = "Marks the first word (test stage)."
        static let requires: Set<LayerID> = [.tokens]
        static let produces: Set<LayerID> = ["first-words"]
        let mode: Mode
        init(options: Options, context: StageContext) { mode = options.mode }
        func process(_ document: inout Document, scratch: inout Void) throws {
            guard mode != .forgets else { return }
            let first = document[Tokens.self]?.tokens.first { $0.kind == .word }
            document[Marks.self] = Marks(spans: first.map { [$0.span] } ?? [], shift: mode == .badOffsets ? 100 : 0)
        }
    }

    private func harness(_ mode: FirstWord.Mode) throws -> StageHarness {
        try StageHarness(Segmenter(options: .init(), context: .init()), FirstWord(options: .init(mode: mode), context: .init()))
    }

    @Test func runsTheStagesInOrderAndReadsSpansInCodePoints() throws {
        var harness = try harness(.good)
        let result = try harness.run("— Zoë’s café opened.")
        #expect(result.texts(of: "first-words") == ["Zoë"])
        #expect(result.spans(of: "first-words") == [2..<5])
        #expect(result.texts(of: .tokens).prefix(3) == ["—", "Zoë", "’s"])
        #expect(result.json.hasPrefix(#"{"id":"test","text":"— Zoë’s café opened.","sentences":"#))
    }

    @Test func aStageThatDoesNotAddADeclaredLayerFails() throws {
        var harness = try harness(.forgets)
        #expect {
            try harness.run("Some text.")
        } throws: { error in
            "\(error)" == "stage 'first-word' declares that it produces 'first-words' but did not add it"
        }
    }

    @Test func aLayerThatWritesOffsetsOutOfRangeFails() throws {
        var harness = try harness(.badOffsets)
        #expect {
            try harness.run("Some text.")
        } throws: { error in
            "\(error)".hasPrefix("first-words[0]: span start 0, end 104 is not a range of the text's 10 code points")
        }
    }

    @Test func stagesInTheWrongOrderAreRefused() {
        #expect(throws: StageError.self) {
            try StageHarness(FirstWord(options: .init(mode: .good), context: .init()))
        }
    }
}
