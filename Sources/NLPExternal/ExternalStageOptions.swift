import NLPCore

/// The options of an `external` entry in a pipeline file.
///
/// ```yaml
/// - external:
///     command: [python3, stages/capitalized.py]   # run in the pipeline file's directory
///     timeout: 10                                 # seconds per document
///     options: { min-words: 2 }                   # checked against the schema the stage declares
/// ```
public struct ExternalStageOptions: StageOptions {
    /// The program and its arguments.
    public var command: [String]
    /// Seconds allowed per document.
    public var timeout: Double
    /// Seconds allowed to start and answer the handshake.
    public var startupTimeout: Double
    /// The stage's own options, as given (defaults are filled from its declared schema).
    public var options: JSONValue?

    enum CodingKeys: String, CodingKey {
        case command, timeout, startupTimeout = "startup-timeout", options
    }

    /// Options for `command`, with the default timeouts unless given.
    public init(command: [String], timeout: Double = 30, startupTimeout: Double = 60, options: JSONValue? = nil) {
        self.command = command
        self.timeout = timeout
        self.startupTimeout = startupTimeout
        self.options = options
    }

    /// `command`, `timeout`, `startup-timeout` and `options`.
    public static let schema: [OptionSpec] = [
        .required("command", .stringList,
                  summary: "The program and its arguments, run in the pipeline file's directory (e.g. [python3, my_stage.py])."),
        OptionSpec("timeout", .number, default: .number(30),
                   summary: "Seconds one document may take; then the process is killed and restarted."),
        OptionSpec("startup-timeout", .number, default: .number(60),
                   summary: "Seconds the process may take to start and answer the handshake."),
        OptionSpec("options", .mapping,
                   summary: "The stage's own options, checked against the schema it declares in its handshake."),
    ]

    /// The settings these options describe, with relative paths run from `context`'s directory.
    func settings(context: StageContext) throws(StageError) -> ExternalStageSettings {
        guard !command.isEmpty, !command[0].isEmpty else { throw StageError("'command' must not be empty", option: "command") }
        guard timeout > 0, timeout.isFinite else { throw StageError("'timeout' must be a number of seconds above 0", option: "timeout") }
        guard startupTimeout > 0, startupTimeout.isFinite else {
            throw StageError("'startup-timeout' must be a number of seconds above 0", option: "startup-timeout")
        }
        var directory = context.resolve(".")
        if !directory.hasPrefix("/") { directory = StageContext.normalize(DeclaredOptionsCheck.currentDirectory() + "/" + directory) }
        return ExternalStageSettings(command: command, directory: directory,
                                     timeout: .milliseconds(Int64((timeout * 1000).rounded(.up))),
                                     startupTimeout: .milliseconds(Int64((startupTimeout * 1000).rounded(.up))))
    }
}
