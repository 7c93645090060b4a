/// A type-erased, buildable description of one stage type: what `nlp stages` lists and what
/// pipeline files can name.
///
/// Most descriptors describe a Swift ``Stage``, whose contract is fixed. A descriptor made with
/// ``init(name:summary:options:resolve:build:)`` resolves its contract from its options instead
/// (an external process declares its layers when it starts).
public struct StageDescriptor: Sendable {
    /// The stage's name in pipeline files.
    public let name: String
    /// One line saying what the stage does.
    public let summary: String
    /// The stage's options.
    public let options: [OptionSpec]
    /// Layers an earlier stage must produce; empty when ``resolvesContract``.
    public let requires: Set<LayerID>
    /// Layers the stage adds; empty when ``resolvesContract``.
    public let produces: Set<LayerID>
    private let resolver: (@Sendable (any OptionsDecoding, StageContext) throws -> StageContract)?
    private let builder: @Sendable (any OptionsDecoding, StageContext, StageContract) throws -> any StageInstance

    /// The descriptor of a Swift ``Stage`` type.
    public init<S: Stage>(_ type: S.Type) {
        self.name = S.name
        self.summary = S.summary
        self.options = S.Options.schema
        self.requires = S.requires
        self.produces = S.produces
        self.resolver = nil
        self.builder = { decoder, context, _ in
            let options = try decoder.decode(S.Options.self)
            return ErasedStage(try S(options: options, context: context))
        }
    }

    /// A descriptor whose contract is known only from its options: `resolve` returns it (and may
    /// start the stage to learn it), `build` makes the stage given the resolved contract.
    public init(name: String, summary: String, options: [OptionSpec],
                resolve: @escaping @Sendable (any OptionsDecoding, StageContext) throws -> StageContract,
                build: @escaping @Sendable (any OptionsDecoding, StageContext, StageContract) throws -> any StageInstance) {
        self.name = name
        self.summary = summary
        self.options = options
        self.requires = []
        self.produces = []
        self.resolver = resolve
        self.builder = build
    }

    /// Whether the contract depends on the options (``requires`` and ``produces`` are then empty).
    public var resolvesContract: Bool { resolver != nil }

    /// The contract of a stage that does not resolve its contract from options.
    public var fixedContract: StageContract { StageContract(name: name, requires: requires, produces: produces) }

    /// The contract of this stage with these options; may start the stage to learn it.
    public func contract(options: any OptionsDecoding, context: StageContext) throws -> StageContract {
        guard let resolver else { return fixedContract }
        return try resolver(options, context)
    }

    /// Builds the stage from decoded options, resolving its contract first if needed.
    public func build(options: any OptionsDecoding, context: StageContext) throws -> any StageInstance {
        try builder(options, context, try contract(options: options, context: context))
    }

    /// Builds the stage from decoded options and a contract already resolved for them.
    public func build(options: any OptionsDecoding, context: StageContext, contract: StageContract) throws -> any StageInstance {
        try builder(options, context, contract)
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
