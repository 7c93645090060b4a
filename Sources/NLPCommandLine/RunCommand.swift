import ArgumentParser
import Dispatch
import Foundation
import NLPCore
import NLPPipelineFile

/// `nlp run FILE`: streams documents through a pipeline and writes one JSON record per document.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a pipeline file over its input and write JSONL records.",
        discussion: """
            Flags override the pipeline file. Records follow docs/output.md; a document that fails gets \
            an error record and the run exits 1 with a count. Ctrl-C finishes the documents in flight and \
            never leaves a partial line.
            """)

    @Argument(help: "The pipeline file.")
    var pipeline: String

    @Option(name: .long, help: "Input: text files (glob or directory), a .jsonl file, or '-' for JSONL on stdin.")
    var input: String?

    @Option(name: .long, help: "Output JSONL file, or '-' for stdout (the default when the file names none).")
    var output: String?

    @Option(name: .long, help: "Worker threads (default: the pipeline's 'jobs', else one per core).")
    var jobs: Int?

    @Option(name: .long, help: "Refuse documents larger than this many bytes (default 67108864).")
    var maxDocumentBytes: Int?

    @Option(name: .long, help: ArgumentHelp(
        "Where to write the stance matrix (holder × target) when the pipeline produces 'stance'.",
        discussion: "Default: next to the output file, with .stance.json instead of .jsonl; none when writing to stdout."))
    var stanceMatrix: String?

    @Flag(name: .shortAndLong, help: "Print no summary on stderr (failures are still reported).")
    var quiet = false

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if let maxDocumentBytes, maxDocumentBytes < 1 { throw ValidationError("--max-document-bytes must be at least 1") }
    }

    func run() throws {
        let overrides = PipelineFile.Overrides(input: input, output: output, jobs: jobs)
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

        let runner = Runner(pipeline: built, options: options)
        let signals = Self.stopOnSignals(runner)
        defer { signals.forEach { $0.cancel() } }

        var reported = 0
        let summary: RunSummary
        let matrixPath = built.produces.contains(.stance) ? Self.stanceMatrixPath(stanceMatrix, output: destination) : nil
        var matrix = StanceMatrix()
        do {
            summary = try runner.run(source: &source, sink: &sink, onFailure: { failure in
                reported += 1
                if reported <= 20 {
                    printError("nlp: error: \(failure.source): document '\(failure.id)': \(failure.failure)")
                } else if reported == 21 {
                    printError("nlp: error: (further failures are only counted; see the error records)")
                }
            }, digest: matrixPath == nil ? nil : Self.stanceDigest,
            onDocument: { outcome in
                if let entries = outcome.digest as? [StanceMatrix.Entry] { matrix.add(document: outcome.id, entries: entries) }
            })
        } catch {
            printError("nlp: error: \(error)")
            throw ExitCode(ExitStatus.noInput)
        }
        if let matrixPath {
            do {
                var file = try FileSink(path: matrixPath)
                try file.write(EncodedRecord(matrix.json()))
                try file.finish()
            } catch {
                printError("nlp: error: \(error)")
                throw ExitCode(ExitStatus.cannotCreate)
            }
        }
        if !quiet { printError(Self.describe(summary, jobs: options.jobs, output: destination)) }
        if summary.cancelled {
            printError("nlp: interrupted after \(summary.documents) documents; every record written is complete")
            throw ExitCode(ExitStatus.interrupted)
        }
        if summary.failed > 0 {
            printError("nlp: \(summary.failed) of \(summary.documents) document\(summary.documents == 1 ? "" : "s") failed")
            throw ExitCode(ExitStatus.documentsFailed)
        }
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

    /// A document's stance entries, computed on its worker.
    @Sendable static func stanceDigest(_ document: Document) -> (any Sendable)? { StanceMatrix.entries(of: document) }

    /// The stance matrix's file: the one given, else the output's path with `.stance.json` for
    /// `.jsonl` (or appended); `nil` when writing to stdout with none given.
    static func stanceMatrixPath(_ given: String?, output: String) -> String? {
        if let given { return given }
        guard output != "-" else { return nil }
        let stem = output.hasSuffix(".jsonl") ? String(output.dropLast(6)) : output
        return stem + ".stance.json"
    }

    /// One line: documents, failures, sentences, tokens, size, time and throughput.
    static func describe(_ summary: RunSummary, jobs: Int, output: String) -> String {
        let seconds = max(summary.seconds, 1e-9)
        let megabytes = Double(summary.bytes) / 1_000_000
        var parts = ["\(summary.documents) document\(summary.documents == 1 ? "" : "s")"]
        if summary.failed > 0 { parts[0] += " (\(summary.failed) failed)" }
        if summary.sentences > 0 { parts.append("\(summary.sentences) sentences") }
        if summary.tokens > 0 { parts.append("\(summary.tokens) tokens (\(summary.words) words)") }
        let rate = String(format: "%.2f MB in %.3f s, %.1f MB/s", megabytes, seconds, megabytes / seconds)
        let wordsRate = summary.words > 0 ? String(format: ", %.0f words/s", Double(summary.words) / seconds) : ""
        let target = output == "-" ? "stdout" : output
        return "nlp: " + parts.joined(separator: ", ") + "; \(rate)\(wordsRate) on \(jobs) job\(jobs == 1 ? "" : "s") → \(target)"
    }
}
