/// How to run one external stage: command, directory and time limits.
struct ExternalStageSettings: Sendable {
    /// The program and its arguments.
    var command: [String]
    /// The working directory (the pipeline file's).
    var directory: String
    /// Time allowed per document.
    var timeout: Duration
    /// Time allowed for start and handshake.
    var startupTimeout: Duration
}
