import NLPCore

/// A stage that runs a command and talks to it over newline-delimited JSON on stdin and stdout:
/// a stage written in any language. The protocol is in docs/external-stages.md.
///
/// The process declares its name, the layers it requires and produces, and its options in a
/// handshake, which `nlp check` performs before any document runs. Each worker thread of a run
/// gets a process of its own, kept for the whole run (so at most `jobs` of them). A crash, a
/// timeout or a bad reply fails that document only; the process is killed and a new one takes
/// the next document.
public struct ExternalStage: StageInstance {
    /// What the process declared in its handshake.
    public let declaration: StageDeclaration
    /// The options the process was configured with (its declared options, defaults filled in).
    public let options: JSONValue
    let settings: ExternalStageSettings
    let pool: SessionPool

    /// The name the process declared.
    public var name: String { declaration.name }
    /// The layers the process declared it requires.
    public var requires: Set<LayerID> { declaration.requires }
    /// The layers the process declared it produces.
    public var produces: Set<LayerID> { declaration.produces }
    /// External stages exchange layers as JSON.
    public var usesJSONLayers: Bool { true }

    /// The `external` entry of pipeline files.
    public static let descriptor = StageDescriptor(
        name: "external",
        summary: "Runs a command as a stage (any language), over newline-delimited JSON; see docs/external-stages.md.",
        options: ExternalStageOptions.schema,
        resolve: { decoder, context in
            let options = try decoder.decode(ExternalStageOptions.self)
            let session = try StageSession.start(try options.settings(context: context))
            let declaration = session.declaration
            return StageContract(name: declaration.name, requires: declaration.requires, produces: declaration.produces,
                                 usesJSONLayers: true,
                                 declaredOptions: DeclaredOptions(key: "options", schema: declaration.options),
                                 prepared: PreparedSession(session))
        },
        build: { decoder, context, contract in
            let options = try decoder.decode(ExternalStageOptions.self)
            return try ExternalStage(options: options, context: context, prepared: contract.prepared as? PreparedSession)
        })

    /// Starts the command, does the handshake and configures it with `options.options`; the
    /// process then serves the first worker. The command runs in `context`'s directory, and
    /// relative paths in path options are relative to it.
    public init(options: ExternalStageOptions, context: StageContext = StageContext()) throws {
        try self.init(options: options, context: context, prepared: nil, pathsResolved: false)
    }

    /// From a pipeline file, whose validator has checked the options and resolved their paths.
    private init(options: ExternalStageOptions, context: StageContext, prepared: PreparedSession?,
                 pathsResolved: Bool = true) throws {
        let settings = try options.settings(context: context)
        let session: StageSession
        let configured: JSONValue
        func complete(_ schema: [OptionSpec]) throws(StageError) -> JSONValue {
            let completed = try DeclaredOptionsCheck.complete(options.options, schema: schema)
            return pathsResolved ? completed : DeclaredOptionsCheck.resolvePaths(completed, schema: schema, context: context)
        }
        if let prepared, let declaration = prepared.declaration, case let options = try complete(declaration.options),
           let taken = prepared.take(configuredWith: options) {
            session = taken
            configured = options
        } else {
            session = try StageSession.start(settings)
            configured = try complete(session.declaration.options)
            try session.configure(options: configured)
        }
        self.declaration = session.declaration
        self.options = configured
        self.settings = settings
        self.pool = SessionPool([session])
    }

    /// A processor holding one process for one worker thread; it starts one now if none is idle.
    public func makeProcessor() throws -> any DocumentProcessor {
        let lease = SessionLease(stage: self)
        try lease.acquire()
        return ExternalProcessor(lease: lease)
    }

    /// A new process with the same command, handshake checked against the first one's.
    func startSession() throws(StageError) -> StageSession {
        let session = try StageSession.start(settings)
        guard session.declaration == declaration else {
            session.process.kill()
            throw StageError("the new process declared a different name, layers or options than the first one")
        }
        try session.configure(options: options)
        return session
    }
}
