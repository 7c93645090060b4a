import NLPCore

/// Runs stages on one document at a time, as a worker of the runner does, and checks what they
/// make against the contracts: each stage adds every layer it declares, and every span in the
/// output record is in range, in code points. For tests of stages, here and in stage packages.
///
/// ```swift
/// var harness = try StageHarness(Segmenter(options: .init(), context: .init()),
///                                MoneyStage(options: .init(symbols: ["£"]), context: .init()))
/// let result = try harness.run("Profits rose to £600m.")
/// #expect(result.texts(of: .money) == ["£600m"])
/// ```
public struct StageHarness {
    /// The stages, with their order checked as `nlp check` does.
    public let pipeline: Pipeline
    private var processors: [any DocumentProcessor]

    /// A harness for built stages (``ErasedStage`` values, external stages, ...).
    public init(stages: [any StageInstance]) throws {
        pipeline = try Pipeline(name: "harness", stages: stages)
        processors = try pipeline.stages.map { try $0.makeProcessor() }
    }

    /// A harness for Swift stages, in processing order.
    public init<each S: Stage>(_ stage: repeat each S) throws {
        var stages: [any StageInstance] = []
        for next in repeat each stage { stages.append(ErasedStage(next)) }
        try self.init(stages: stages)
    }

    /// Runs every stage on `text` and checks the result; throws the first stage error or broken
    /// promise.
    public mutating func run(_ text: String, id: String = "test") throws -> StageHarnessResult {
        var document = Document(id: id, text: text)
        for index in processors.indices {
            let stage = pipeline.stages[index]
            do {
                try processors[index].process(&document)
            } catch {
                throw HarnessFailure("stage '\(stage.name)' failed: \(error)")
            }
            for layer in stage.produces.sorted() where !document.has(layer) {
                throw HarnessFailure("stage '\(stage.name)' declares that it produces '\(layer)' but did not add it")
            }
        }
        return try StageHarnessResult(document: document)
    }
}
