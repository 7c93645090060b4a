import ArgumentParser
import Dispatch
import Foundation
import NLPCore
import NLPPipelineFile
import NLPReport

/// `nlp run FILE`: streams documents through a pipeline and writes one JSON record per document.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a pipeline file over its input and write JSONL records.",
        discussion: """
            Flags override the pipeline file. Records follow docs/output.md; a document that fails gets \
            an error record and the run exits 1 with a count. Ctrl-C finishes the documents in flight and \
            never leaves a partial line. A summary (entities, quotes, stance, sentiment) goes to stderr, \
            with a progress line while running when stderr is a terminal; --report writes an HTML report \
            (docs/report.md).
            """)

    @Argument(help: "The pipeline file.")
    var pipeline: String

    @Option(name: .long, help: "Input: text files (glob or directory), a .jsonl file, or '-' for JSONL on stdin.")
    var input: String?

    @Option(name: .long, help: "Output JSONL file, or '-' for stdout (the default when the file names none).")
    var output: String?

    @Option(name: .long, help: "Also write an HTML report of the run to this file (one self-contained file).")
    var report: String?

    @Option(name: .long, help: "Worker threads (default: the pipeline's 'jobs', else one per core).")
    var jobs: Int?

    @Option(name: .long, help: "Refuse documents larger than this many bytes (default 67108864).")
    var maxDocumentBytes: Int?

    @Option(name: .long, help: ArgumentHelp(
        "Where to write the stance matrix (holder × target) when the pipeline produces 'stance'.",
        discussion: "Default: next to the output file, with .stance.json instead of .jsonl; none when writing to stdout or a device."))
    var stanceMatrix: String?

    @Flag(name: .shortAndLong, help: "Print no summary and no progress on stderr (failures are still reported).")
    var quiet = false

    @Flag(name: .long, help: "Print the time spent in each stage on stderr (also with --quiet).")
    var profile = false

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if let maxDocumentBytes, maxDocumentBytes < 1 { throw ValidationError("--max-document-bytes must be at least 1") }
        if report == "-" { throw ValidationError("--report must be a file path; the report cannot go to stdout") }
    }

    func run() throws {
        let overrides = PipelineFile.Overrides(input: input, output: output, jobs: jobs, report: report)
        let spec: PipelineSpec
        let built: Pipeline
        do {
            spec = try PipelineFile.load(path: pipeline, registry: NLPCommand.registry, overrides: overrides)
            built = try spec.build(warn: { printError("nlp: warning: \($0)") })
        } catch {
            printError(String(describing: error))
            throw ExitCode(ExitStatus.usage)
        }
        guard let inputSpec = spec.input else {
            printError("nlp: error: \(pipeline) names no input; add 'input:' to the file or pass --input")
            throw ExitCode(ExitStatus.usage)
        }
        let options = RunOptions(jobs: spec.jobs ?? ProcessInfo.processInfo.activeProcessorCount,
                                 maxDocumentBytes: maxDocumentBytes ?? spec.maxDocumentBytes ?? (64 << 20))
        var source: any DocumentSource
        do {
            source = try inputSpec.open(maxDocumentBytes: options.maxDocumentBytes)
        } catch {
            printError("nlp: error: \(error)")
            throw ExitCode(ExitStatus.noInput)
        }
        let destination = spec.output ?? "-"
        var sink: FileSink
        do {
            sink = destination == "-" ? .standardOutput() : try FileSink(path: destination)
        } catch {
            printError("nlp: error: \(error)")
            throw ExitCode(ExitStatus.cannotCreate)
        }
        let htmlReport: HTMLReport?
        do {
            htmlReport = try spec.report.map { try HTMLReport(path: $0) }
        } catch {
            printError("nlp: error: \(error)")
            throw ExitCode(ExitStatus.cannotCreate)
        }

        let runner = Runner(pipeline: built, options: options)
        let signals = Self.stopOnSignals(runner)
        defer { signals.forEach { $0.cancel() } }

        let producesStance = built.produces.contains(.stance)
        let matrixPath = producesStance ? Self.stanceMatrixPath(stanceMatrix, output: destination) : nil
        let digester = DocumentDigester(tallies: !quiet, stance: producesStance && (matrixPath != nil || !quiet || htmlReport != nil),
                                        report: htmlReport != nil)
        let needsDigest = digester.tallies || digester.stance
        let style = TerminalStyle.detect(environment: ProcessInfo.processInfo.environment)
        // Progress only on a terminal, and not when records go to that same terminal.
        let showProgress = !quiet && TerminalStyle.isTerminal(2) && !(destination == "-" && TerminalStyle.isTerminal(1))
        var progress = showProgress
            ? ProgressLine(total: Self.progressTotal(inputSpec, source: source), width: style.width, write: writeStandardError) : nil
        let meter = InputMeter()

        var overview = CorpusOverview()
        var reported = 0
        var number = 0
        var lastFailure: String?
        var reportError: (any Error)?
        let onFailure = { (failure: FailureReport) in
            reported += 1
            lastFailure = failure.failure.description
            progress?.clear()
            if reported <= 20 {
                printError("nlp: error: \(failure.source): document '\(failure.id)': \(failure.failure)")
            } else if reported == 21 {
                printError("nlp: error: (further failures are only counted; see the error records)")
            }
        }
        let onDocument = { (outcome: DocumentOutcome) in
            let digest = outcome.digest as? DocumentDigest
            overview.add(number: number, id: outcome.id, failed: outcome.failed, digest: digest)
            if let htmlReport, reportError == nil {
                do {
                    try htmlReport.add(outcome, number: number, digest: digest, failure: outcome.failed ? lastFailure : nil)
                } catch {
                    reportError = error
                }
            }
            number += 1
            progress?.update(documents: number, failed: reported, inputBytes: meter.bytes)
        }
        let digest: (@Sendable (Document) -> (any Sendable)?)? = needsDigest
            ? { @Sendable document in digester.digest(document) as any Sendable } : nil
        func execute(_ source: inout some DocumentSource) throws -> RunSummary {
            try runner.run(source: &source, sink: &sink, onFailure: onFailure, digest: digest, onDocument: onDocument)
        }
        let summary: RunSummary
        do {
            if progress != nil {
                var metered = MeteredSource(source, meter: meter)
                summary = try execute(&metered)
            } else {
                summary = try execute(&source)
            }
        } catch {
            progress?.clear()
            printError("nlp: error: \(error)")
            throw ExitCode(ExitStatus.noInput)
        }
        progress?.clear()
        if let matrixPath {
            do {
                var file = try FileSink(path: matrixPath)
                try file.write(EncodedRecord(overview.stance.json()))
                try file.finish()
            } catch {
                printError("nlp: error: \(error)")
                throw ExitCode(ExitStatus.cannotCreate)
            }
        }
        var reportSize: Int?
        if let htmlReport {
            do {
                if let reportError { throw reportError }
                reportSize = try htmlReport.finish(overview: overview, run: summary, details: .init(
                    pipeline: spec.name, input: inputSpec.description, jobs: options.jobs, stages: built.stages.map(\.name)))
            } catch {
                printError("nlp: error: \(error)")
                throw ExitCode(ExitStatus.cannotCreate)
            }
        }
        if !quiet {
            let destinations = TerminalSummary.Destinations(
                pipeline: spec.name, jobs: options.jobs, output: destination, stanceMatrix: matrixPath,
                report: htmlReport.map { ($0.path, reportSize ?? 0) })
            writeStandardError(TerminalSummary().render(summary, overview: overview, destinations: destinations, style: style))
        }
        if profile { writeStandardError(Self.profileTable(summary)) }
        if summary.cancelled {
            printError("nlp: interrupted after \(summary.documents) documents; every record written is complete")
            throw ExitCode(ExitStatus.interrupted)
        }
        if summary.failed > 0 {
            printError("nlp: \(summary.failed) of \(summary.documents) document\(summary.documents == 1 ? "" : "s") failed")
            throw ExitCode(ExitStatus.documentsFailed)
        }
    }

    /// The `--profile` table: thread-seconds per stage and for reading and writing records, with
    /// each one's share of their sum.
    static func profileTable(_ summary: RunSummary) -> String {
        let rows = summary.stageSeconds.map { ($0.stage, $0.seconds) } + [("records in/out", summary.codingSeconds)]
        let total = rows.reduce(0) { $0 + $1.1 }
        let width = rows.map(\.0.count).max() ?? 0
        var text = "time by stage (thread-seconds, all workers; wall \(String(format: "%.3f", summary.seconds)) s):\n"
        for (name, seconds) in rows {
            let share = total > 0 ? 100 * seconds / total : 0
            text += "  " + name.padding(toLength: width, withPad: " ", startingAt: 0)
                + String(format: "  %8.3f s  %5.1f%%\n", seconds, share)
        }
        return text
    }

    /// SIGINT and SIGTERM stop reading; documents in flight are finished and written whole.
    private static func stopOnSignals(_ runner: Runner) -> [any DispatchSourceSignal] {
        signal(SIGPIPE, SIG_IGN)
        return [SIGINT, SIGTERM].map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { runner.cancel() }
            source.resume()
            return source
        }
    }

    /// What progress is measured against: the size of a JSONL file (or of the file standard input
    /// is redirected from), the number of text files, else nothing.
    static func progressTotal(_ input: InputSpec, source: any DocumentSource) -> ProgressLine.Total {
        switch input {
        case .jsonLines(let path):
            guard let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int else { return .unknown }
            return .bytes(size)
        case .textFiles:
            return (source as? TextFilesSource).map { .documents($0.count) } ?? .unknown
        case .standardInput:
            var info = stat()
            guard fstat(0, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return .unknown }
            return .bytes(max(0, Int(info.st_size) - Int(lseek(0, 0, SEEK_CUR))))
        }
    }

    /// The stance matrix's file: the one given, else the output's path with `.stance.json` for
    /// `.jsonl` (or appended); `nil` when writing to stdout or to a device such as `/dev/null` with none given.
    static func stanceMatrixPath(_ given: String?, output: String) -> String? {
        if let given { return given }
        guard output != "-" else { return nil }
        var info = stat()
        if stat(output, &info) == 0, (info.st_mode & S_IFMT) != S_IFREG { return nil }
        let stem = output.hasSuffix(".jsonl") ? String(output.dropLast(6)) : output
        return stem + ".stance.json"
    }
}
