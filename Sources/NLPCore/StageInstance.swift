/// A built stage, with its type erased so a pipeline can hold different stages.
public protocol StageInstance: Sendable {
    /// The stage's name.
    var name: String { get }
    /// Layers an earlier stage must produce.
    var requires: Set<LayerID> { get }
    /// Layers the stage adds.
    var produces: Set<LayerID> { get }
    /// Whether the stage reads and writes layers as JSON (an external process) rather than as
    /// Swift types; a Swift stage cannot read a layer such a stage produced.
    var usesJSONLayers: Bool { get }
    /// Makes one worker's processor, holding that worker's scratch state.
    func makeProcessor() throws -> any DocumentProcessor
}

extension StageInstance {
    /// Swift stages use typed layers.
    public var usesJSONLayers: Bool { false }
}

/// One worker's handle on a stage. Not shared between threads.
public protocol DocumentProcessor {
    /// Annotates one document.
    mutating func process(_ document: inout Document) throws
}

/// Wraps a typed ``Stage`` as a ``StageInstance``.
public struct ErasedStage<S: Stage>: StageInstance {
    /// The wrapped stage.
    public let stage: S

    /// Wraps `stage`.
    public init(_ stage: S) { self.stage = stage }

    /// `S.name`.
    public var name: String { S.name }
    /// `S.requires`.
    public var requires: Set<LayerID> { S.requires }
    /// `S.produces`.
    public var produces: Set<LayerID> { S.produces }

    /// A processor with a fresh scratch from the stage.
    public func makeProcessor() throws -> any DocumentProcessor {
        Processor(stage: stage, scratch: try stage.makeScratch())
    }

    private struct Processor: DocumentProcessor {
        let stage: S
        var scratch: S.Scratch

        mutating func process(_ document: inout Document) throws {
            try stage.process(&document, scratch: &scratch)
        }
    }
}
