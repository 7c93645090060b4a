import Foundation
import NLPTesting

/// Runs the built `nlp` executable as a user would.
enum NLPBinary {
    typealias Result = ProgramRun

    /// The repository root (three levels above this file).
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path

    /// The `nlp` binary next to the test bundle.
    static let path = ProgramRun.buildDirectory + "/nlp"

    /// Runs `nlp` with `arguments` in the repository root.
    static func run(_ arguments: [String], environment: [String: String]? = nil) throws -> Result {
        try execute(path, arguments, environment: environment)
    }

    /// Runs any program in the repository root.
    static func execute(_ executable: String, _ arguments: [String], environment: [String: String]? = nil) throws -> Result {
        try ProgramRun.run(executable, arguments, in: root, environment: environment)
    }

    /// Where `script` is, to run a command on a pseudo-terminal.
    static let script: String? = ["/usr/bin/script", "/bin/script"].first { FileManager.default.isExecutableFile(atPath: $0) }
}
