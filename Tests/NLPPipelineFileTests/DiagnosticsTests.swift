import Foundation
import Testing
import NLPCore
@testable import NLPPipelineFile

/// Golden tests: each bad pipeline in Fixtures/ has the exact expected message next to it.
@Suite struct DiagnosticsTests {
    static let fixtures = Bundle.module.resourceURL!.appendingPathComponent("Fixtures").path

    private func diagnostics(_ name: String) throws -> String {
        let yaml = try String(contentsOfFile: Self.fixtures + "/" + name, encoding: .utf8)
        do {
            _ = try PipelineFile.parse(yaml: yaml, file: name, baseDirectory: Self.fixtures, registry: TestRegistry.registry)
            return "ok"
        } catch {
            return error.description.replacingOccurrences(of: Self.fixtures, with: "FIXTURES")
        }
    }

    @Test(arguments: ["unknown-stage", "wrong-order", "bad-options", "syntax-error", "top-level", "duplicate-key", "bad-report"])
    func matchesGoldenFile(name: String) throws {
        let actual = try diagnostics(name + ".pipe")
        let expected = try? String(contentsOfFile: Self.fixtures + "/" + name + ".expected", encoding: .utf8)
        #expect(actual + "\n" == expected, "actual diagnostics of \(name).pipe:\n\(actual)")
    }

    @Test func validFileResolvesPathsAndFillsDefaults() throws {
        let yaml = try String(contentsOfFile: Self.fixtures + "/good.pipe", encoding: .utf8)
        let spec = try PipelineFile.parse(yaml: yaml, file: "good.pipe", baseDirectory: Self.fixtures, registry: TestRegistry.registry)
        #expect(spec.name == "good")
        #expect(spec.jobs == 2)
        #expect(spec.input == .textFiles(pattern: Self.fixtures + "/docs/*.txt"))
        #expect(spec.output == Self.fixtures + "/out/good.jsonl")
        #expect(spec.report == Self.fixtures + "/out/good.html")
        #expect(spec.stages.map(\.descriptor.name) == ["segmenter", "gazetteer", "quotes"])
        let pipeline = try spec.build()
        let gazetteer = try #require(pipeline.stages[1] as? ErasedStage<TestRegistry.Gazetteer>)
        #expect(gazetteer.stage.options.lists == [Self.fixtures + "/lists/people.tsv"])
        #expect(gazetteer.stage.options.caseSensitive)
        #expect(gazetteer.stage.options.minLength == 2)
        #expect(gazetteer.stage.options.mode == "longest")
    }

    @Test func overridesReplaceTheFilesValues() throws {
        let yaml = try String(contentsOfFile: Self.fixtures + "/top-level.pipe", encoding: .utf8)
            .replacingOccurrences(of: "jobs: many\nstage:", with: "stages:")
        let spec = try PipelineFile.parse(yaml: yaml, file: "top.pipe", baseDirectory: Self.fixtures, registry: TestRegistry.registry,
                                          overrides: .init(input: "-", output: "-", jobs: 3))
        #expect(spec.input == .standardInput)
        #expect(spec.output == "-")
        #expect(spec.jobs == 3)
        #expect(spec.report == nil)
        let good = try String(contentsOfFile: Self.fixtures + "/good.pipe", encoding: .utf8)
        let reported = try PipelineFile.parse(yaml: good, file: "good.pipe", baseDirectory: Self.fixtures, registry: TestRegistry.registry,
                                              overrides: .init(report: "here.html"))
        #expect(reported.report == "here.html")
    }

    @Test func reportMustBeAPath() {
        let yaml = "input: docs/*.txt\nreport: [a.html, b.html]\nstages:\n  - segmenter\n"
        let error = #expect(throws: PipelineFileError.self) {
            try PipelineFile.parse(yaml: yaml, file: "list.pipe", baseDirectory: Self.fixtures, registry: TestRegistry.registry)
        }
        #expect(error?.description.contains("list.pipe:2:9: error: 'report' must be the path of an HTML file to write, not a list") == true)
    }

    @Test func suggestionsFindNearNamesOnly() {
        #expect(Suggestion.nearest(to: "gazeteer", in: ["gazetteer", "quotes"]) == "gazetteer")
        #expect(Suggestion.nearest(to: "loacle", in: ["locale"]) == "locale")
        #expect(Suggestion.nearest(to: "zzz", in: ["gazetteer", "quotes"]) == nil)
    }
}
