/// An ordered list of built stages whose requirements have been checked.
///
/// ```swift
/// let pipeline = try Pipeline(name: "demo", stages: [ErasedStage(try Segmenter(options: .init(), context: .init()))])
/// var worker = try pipeline.makeWorker()
/// var document = Document(id: "1", text: "I met Joe. He left.")
/// try worker.process(&document)
/// ```
public struct Pipeline: Sendable {
    /// The pipeline's name.
    public let name: String
    /// The stages, in processing order.
    public let stages: [any StageInstance]

    /// A pipeline of `stages`; throws if a stage requires a layer no earlier stage produces, if
    /// a Swift stage requires a layer only an external (JSON) stage produces, or if an external
    /// stage produces a layer that an earlier stage already produces.
    public init(name: String = "pipeline", stages: [any StageInstance]) throws {
        var producers: [LayerID: any StageInstance] = [:]
        for stage in stages {
            let missing = stage.requires.filter { producers[$0] == nil }
            if !missing.isEmpty {
                let names = missing.sorted().map { "'\($0)'" }.joined(separator: ", ")
                throw StageError("stage '\(stage.name)' requires \(names), which no earlier stage produces")
            }
            if !stage.usesJSONLayers,
               let layer = stage.requires.sorted().first(where: { producers[$0]?.usesJSONLayers == true }),
               let producer = producers[layer] {
                throw StageError("stage '\(stage.name)' requires '\(layer)' as a Swift layer, but '\(producer.name)' "
                                 + "(an external stage) produces it as JSON")
            }
            if stage.usesJSONLayers, let layer = stage.produces.sorted().first(where: { producers[$0] != nil }),
               let producer = producers[layer] {
                throw StageError("stage '\(stage.name)' produces '\(layer)', which '\(producer.name)' already produces")
            }
            for layer in stage.produces { producers[layer] = stage }
        }
        self.name = name
        self.stages = stages
    }

    /// Every layer the pipeline produces.
    public var produces: Set<LayerID> { stages.reduce(into: []) { $0.formUnion($1.produces) } }

    /// Makes the per-thread state to run documents through every stage.
    public func makeWorker() throws -> PipelineWorker {
        PipelineWorker(stages: try stages.map { (name: $0.name, processor: try $0.makeProcessor()) })
    }
}

/// One thread's handle on a pipeline: runs documents through each stage in turn.
public struct PipelineWorker {
    private var stages: [(name: String, processor: any DocumentProcessor)]
    /// Time spent in each stage so far (in stage order), for profiles.
    public private(set) var stageTimes: [Duration]

    init(stages: [(name: String, processor: any DocumentProcessor)]) {
        self.stages = stages
        self.stageTimes = Array(repeating: .zero, count: stages.count)
    }

    /// The stages' names, in processing order.
    public var stageNames: [String] { stages.map(\.name) }

    /// Runs every stage on `document`; a failure names the stage that failed.
    public mutating func process(_ document: inout Document) throws(DocumentFailure) {
        var batch = [document]
        let failure = process(batch: &batch)[0]
        document = batch[0]
        if let failure { throw failure }
    }

    /// Runs every stage on a batch of documents, stage by stage: each stage processes the whole
    /// batch before the next one starts (as spaCy's `nlp.pipe` does), so that a stage's code and
    /// tables stay in the processor's caches across documents instead of being evicted by the
    /// other stages at every document. Returns, per document, the failure that stopped it (later
    /// stages skip it) or `nil`; one document's failure never affects the others.
    public mutating func process(batch documents: inout [Document]) -> [DocumentFailure?] {
        var failures = [DocumentFailure?](repeating: nil, count: documents.count)
        let clock = ContinuousClock()
        var start = clock.now
        for index in stages.indices {
            for position in documents.indices where failures[position] == nil {
                do {
                    try stages[index].processor.process(&documents[position])
                } catch {
                    failures[position] = DocumentFailure(stage: stages[index].name, message: String(describing: error))
                }
            }
            let end = clock.now
            stageTimes[index] += end - start
            start = end
        }
        return failures
    }
}

/// Why one document has no annotated record: the stage (or `input`) and a message.
public struct DocumentFailure: Error, Sendable, Equatable, CustomStringConvertible {
    /// The stage that failed, or `input` when the document could not be read.
    public var stage: String
    /// What went wrong.
    public var message: String

    /// A failure in `stage`.
    public init(stage: String, message: String) {
        self.stage = stage
        self.message = message
    }

    /// `stage: message`.
    public var description: String { "\(stage): \(message)" }
}
