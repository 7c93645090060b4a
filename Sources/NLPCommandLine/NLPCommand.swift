import ArgumentParser
import NLPCore
import Synchronization

/// The `nlp` command line: `run`, `check`, `stages` and `new`, over a registry of stages.
///
/// A package that defines its own stages gets a full `nlp` executable in one line:
/// `NLPCommand.main(registry: myRegistry)`.
public struct NLPCommand: ParsableCommand {
    /// Subcommands and help.
    public static let configuration = CommandConfiguration(
        commandName: "nlp",
        abstract: "Run NLP pipelines over document collections.",
        discussion: "A pipeline file (YAML) names its input, output and stages; see docs/pipelines.md.",
        subcommands: [RunCommand.self, CheckCommand.self, StagesCommand.self, NewCommand.self])

    /// Creates the command (used by the argument parser).
    public init() {}

    private static let installedRegistry = Mutex(StageRegistry())

    /// The registry the subcommands use.
    static var registry: StageRegistry { installedRegistry.withLock { $0 } }

    /// Parses the process arguments and runs the command with `registry`'s stages.
    public static func main(registry: StageRegistry) -> Never {
        installedRegistry.withLock { $0 = registry }
        main()
        exit(withError: nil)
    }
}

/// Exit statuses, following BSD sysexits where one fits.
enum ExitStatus {
    /// Some documents failed.
    static let documentsFailed: Int32 = 1
    /// The pipeline file (or a flag) is invalid.
    static let usage: Int32 = 64
    /// The input cannot be read.
    static let noInput: Int32 = 66
    /// Output cannot be written.
    static let cannotCreate: Int32 = 73
    /// Stopped by SIGINT or SIGTERM.
    static let interrupted: Int32 = 130
}
