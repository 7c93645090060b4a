import NLPCore
import NLPExternal
import Testing

/// What `Pipeline(stages:)` enforces about JSON layers, for pipelines built in code.
@Suite struct LayerRulesTests {
    struct NeedsMarks: Stage {
        struct Options: StageOptions { static let schema: [OptionSpec] = [] }
        static let name = "needs-marks"
        static let summary = "Requires marks (test stage)."
        static let requires: Set<LayerID> = ["marks"]
        static let produces: Set<LayerID> = []
        init(options: Options, context: StageContext) {}
        func process(_ document: inout Document, scratch: inout Void) throws {}
    }

    @Test func aSwiftStageCannotRequireAJSONLayer() throws {
        let external = try Support.stage()
        #expect {
            try Pipeline(stages: [external, ErasedStage(NeedsMarks(options: .init(), context: .init()))])
        } throws: { error in
            (error as? StageError)?.message
                == "stage 'needs-marks' requires 'marks' as a Swift layer, but 'test-stage' (an external stage) produces it as JSON"
        }
    }

    @Test func anExternalStageCannotReplaceALayer() throws {
        let first = try Support.stage()
        let second = try Support.stage()
        #expect {
            try Pipeline(stages: [first, second])
        } throws: { error in
            (error as? StageError)?.message == "stage 'test-stage' produces 'info', which 'test-stage' already produces"
        }
    }
}
