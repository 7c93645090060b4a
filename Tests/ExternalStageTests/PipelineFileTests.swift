import Foundation
import NLPCore
@testable import NLPExternal
import NLPPipelineFile
import NLPStages
import Testing

/// `external` entries in pipeline files: the handshake at check time, declared options, layer
/// rules, all located at file:line:column; and a checked file builds without a second start.
@Suite struct PipelineFileTests {
    static let directory = Support.fixtures + "/pipelines"

    /// A Swift stage that requires the `marks` layer the test stage makes as JSON.
    struct NeedsMarks: Stage {
        struct Options: StageOptions { static let schema: [OptionSpec] = [] }
        static let name = "needs-marks"
        static let summary = "Requires marks (test stage)."
        static let requires: Set<LayerID> = ["marks"]
        static let produces: Set<LayerID> = []
        init(options: Options, context: StageContext) {}
        func process(_ document: inout Document, scratch: inout Void) throws {}
    }

    static var registry: StageRegistry {
        var registry = BuiltinStages.registry
        registry.register(NeedsMarks.self)
        return registry
    }

    private func load(_ name: String) throws(PipelineFileError) -> PipelineSpec {
        let yaml = (try? String(contentsOfFile: Self.directory + "/" + name, encoding: .utf8)) ?? ""
        return try PipelineFile.parse(yaml: yaml, file: name, baseDirectory: Self.directory, registry: Self.registry)
    }

    @Test(arguments: ["handshake-errors", "declared-options", "refused-options", "layer-rules"])
    func diagnosticsMatchTheGoldenFile(name: String) throws {
        let actual: String
        do {
            _ = try load(name + ".pipe")
            actual = "ok"
        } catch {
            actual = error.description.replacingOccurrences(of: Support.fixtures, with: "FIXTURES")
        }
        let expected = try String(contentsOfFile: Self.directory + "/" + name + ".expected", encoding: .utf8)
        #expect(actual + "\n" == expected, "actual diagnostics of \(name).pipe:\n\(actual)")
    }

    @Test func aCheckedFileBuildsWithTheProcessThatAnsweredTheHandshake() throws {
        let spec = try load("good.pipe")
        #expect(spec.stages.map(\.contract.name) == ["segmenter", "test-stage"])
        let contract = spec.stages[1].contract
        #expect(contract.requires == ["tokens"] && contract.produces == ["marks", "info"] && contract.usesJSONLayers)
        let prepared = try #require(contract.prepared as? PreparedSession)
        let checked = try #require(prepared.processID)
        let pipeline = try spec.build()
        #expect(prepared.processID == nil, "building took the checked process")
        let stage = try #require(pipeline.stages[1] as? ExternalStage)
        #expect(stage.options["level"] == .integer(3))
        #expect(stage.options["lexicon"] == .string(Support.fixtures + "/lexicon.txt"))
        #expect(stage.options["greeting"] == .string("hi"))
        var source = TextSource(texts: ["Zoë met Kim.", "Then they left."])
        var sink = MemorySink()
        let summary = try Runner(pipeline: pipeline, options: RunOptions(jobs: 1)).run(source: &source, sink: &sink)
        #expect(summary.failed == 0)
        let first = try #require(try JSONSerialization.jsonObject(with: Data(sink.records[0])) as? [String: Any])
        #expect(Support.pid(first) == checked)
        let info = try #require(first["info"] as? [String: Any])
        #expect(info["tokens"] as? [String] == ["Zoë", "met", "Kim", "."])
        #expect((info["options"] as? [String: Any])?["lexicon-lines"] as? Int == 3)
    }
}
