import ArgumentParser
import NLPCore
import NLPPipelineFile

/// `nlp check FILE...`: validates pipeline files without running anything.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate pipeline files without running them.",
        discussion: """
            Reports every problem as FILE:LINE:COLUMN: error: ..., and exits 64 if there is any. Stages \
            are built, so their resources (gazetteers, lexicons) are loaded and checked too; no \
            document is read.
            """)

    @Argument(help: "Pipeline files to check.")
    var files: [String]

    func run() throws {
        var failed = false
        for file in files {
            do {
                let spec = try PipelineFile.load(path: file, registry: NLPCommand.registry)
                _ = try spec.build(warn: { printError("nlp: warning: \($0)") })
                let stages = spec.stages.map { stage in
                    stage.contract.name == stage.descriptor.name ? stage.contract.name
                        : "\(stage.contract.name) (\(stage.descriptor.name))"
                }.joined(separator: " → ")
                print("\(file): ok (\(spec.stages.count) stage\(spec.stages.count == 1 ? "" : "s"): \(stages))")
            } catch {
                printError(String(describing: error))
                failed = true
            }
        }
        if failed { throw ExitCode(ExitStatus.usage) }
    }
}
