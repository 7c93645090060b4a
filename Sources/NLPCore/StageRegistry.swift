/// A type-erased, buildable description of one stage type: what `nlp stages` lists and what
/// pipeline files can name.
public struct StageDescriptor: Sendable {
    /// The stage's name in pipeline files.
    public let name: String
    /// One line saying what the stage does.
    public let summary: String
    /// The stage's options.
    public let options: [OptionSpec]
    /// Layers an earlier stage must produce.
    public let requires: Set<LayerID>
    /// Layers the stage adds.
    public let produces: Set<LayerID>
    private let builder: @Sendable (any OptionsDecoding, StageContext) throws -> any StageInstance

    /// The descriptor of a Swift ``Stage`` type.
    public init<S: Stage>(_ type: S.Type) {
        self.name = S.name
        self.summary = S.summary
        self.options = S.Options.schema
        self.requires = S.requires
        self.produces = S.produces
        self.builder = { decoder, context in
            let options = try decoder.decode(S.Options.self)
            return ErasedStage(try S(options: options, context: context))
        }
    }

    /// Builds the stage from decoded options.
    public func build(options: any OptionsDecoding, context: StageContext) throws -> any StageInstance {
        try builder(options, context)
    }
}

/// The set of stages a pipeline file may name. A value: make one, register stages, pass it on.
public struct StageRegistry: Sendable {
    private var descriptors: [String: StageDescriptor] = [:]

    /// An empty registry.
    public init() {}

    /// Adds a stage type, replacing any stage of the same name.
    public mutating func register<S: Stage>(_ type: S.Type) {
        descriptors[S.name] = StageDescriptor(type)
    }

    /// Adds a descriptor, replacing any stage of the same name.
    public mutating func register(_ descriptor: StageDescriptor) {
        descriptors[descriptor.name] = descriptor
    }

    /// The stage with this name.
    public subscript(name: String) -> StageDescriptor? { descriptors[name] }

    /// Every registered stage name, sorted.
    public var names: [String] { descriptors.keys.sorted() }

    /// Every descriptor, sorted by name.
    public var all: [StageDescriptor] { names.compactMap { descriptors[$0] } }

    /// The stages that produce `layer`, sorted by name.
    public func producers(of layer: LayerID) -> [String] {
        all.filter { $0.produces.contains(layer) }.map(\.name)
    }
}
