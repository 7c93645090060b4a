import Foundation

/// What one stage entry of a pipeline needs and makes, once its options are known.
///
/// A Swift ``Stage`` has a fixed contract (its static `requires` and `produces`). A stage whose
/// contract depends on its options, such as an external process that declares its layers in a
/// handshake, resolves it through ``StageDescriptor/contract(options:context:)``; `nlp check`
/// does that before any document runs.
public struct StageContract: Sendable {
    /// The name the stage goes by in diagnostics and error records.
    public var name: String
    /// Layers that an earlier stage must produce.
    public var requires: Set<LayerID>
    /// Layers the stage adds to every document.
    public var produces: Set<LayerID>
    /// Whether the stage reads its required layers and writes its produced layers as JSON (an
    /// external process) rather than as Swift types. A Swift stage cannot read a JSON layer.
    public var usesJSONLayers: Bool
    /// Options of the stage's own, under one mapping option, with the schema the stage declared.
    public var declaredOptions: DeclaredOptions?
    /// The started stage, kept so that building reuses it rather than starting it again.
    public var prepared: (any PreparedStage)?

    /// A contract with the given layers.
    public init(name: String, requires: Set<LayerID>, produces: Set<LayerID>, usesJSONLayers: Bool = false,
                declaredOptions: DeclaredOptions? = nil, prepared: (any PreparedStage)? = nil) {
        self.name = name
        self.requires = requires
        self.produces = produces
        self.usesJSONLayers = usesJSONLayers
        self.declaredOptions = declaredOptions
        self.prepared = prepared
    }
}

/// A schema that a stage declared at run time for the options under one of its mapping options
/// (the `options:` of an external stage).
public struct DeclaredOptions: Sendable {
    /// The mapping option that holds them, e.g. `options`.
    public var key: String
    /// Every option the stage accepts there.
    public var schema: [OptionSpec]

    /// A schema for the options under `key`.
    public init(key: String, schema: [OptionSpec]) {
        self.key = key
        self.schema = schema
    }
}

/// A stage started while its contract was resolved (for instance a process that has done its
/// handshake), which can take its declared options and then be built without starting again.
public protocol PreparedStage: AnyObject, Sendable {
    /// Passes the validated declared options (a JSON object); throws a ``StageError`` if the
    /// stage refuses them.
    func configure(options: Data) throws
}
