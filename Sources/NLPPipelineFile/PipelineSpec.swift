import Foundation
import NLPCore

/// A validated pipeline file: everything needed to build and run it, with paths resolved.
public struct PipelineSpec: Sendable {
    /// The pipeline file as the user named it.
    public var file: String
    /// The directory relative paths were resolved against.
    public var baseDirectory: String
    /// The pipeline's name (the file name when the file gives none).
    public var name: String
    /// Where documents come from, if the file (or an override) says.
    public var input: InputSpec?
    /// Where records go (`-` is stdout), if the file (or an override) says.
    public var output: String?
    /// Where the HTML report goes, if the file (or an override) asks for one.
    public var report: String?
    /// Worker threads; `nil` means one per core.
    public var jobs: Int?
    /// Documents larger than this are refused with an error record.
    public var maxDocumentBytes: Int?
    /// The stages, in order.
    public var stages: [StageSpec]

    /// Builds every stage (loading their resources) into a runnable pipeline; `warn` receives the
    /// warnings stages report while loading.
    public func build(warn: @escaping @Sendable (String) -> Void = { _ in }) throws -> Pipeline {
        let context = StageContext(baseDirectory: baseDirectory, warn: warn)
        var built: [any StageInstance] = []
        for stage in stages {
            do {
                built.append(try stage.descriptor.build(options: JSONOptions(data: stage.options), context: context,
                                                        contract: stage.contract))
            } catch let error as StageError where error.option.flatMap({ stage.optionPositions[$0] }) != nil {
                // The stage blamed one of its options: point at its value, as for other option errors.
                let position = stage.optionPositions[error.option!]!
                var lines = error.message.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
                let first = lines.removeFirst()
                throw PipelineFileError(file: file, diagnostics: [
                    Diagnostic(file: file, line: position.line, column: position.column,
                               message: "stage '\(stage.contract.name)': \(first)", notes: lines),
                ])
            } catch {
                throw PipelineFileError(file: file, diagnostics: [
                    Diagnostic(file: file, line: stage.line, column: stage.column,
                               message: "stage '\(stage.contract.name)' could not be built: \(error)"),
                ])
            }
        }
        return try Pipeline(name: name, stages: built)
    }
}

/// One stage entry of a pipeline file, with its options validated and defaults filled in.
public struct StageSpec: Sendable {
    /// The registered stage.
    public var descriptor: StageDescriptor
    /// The options as a JSON object, ready to decode into the stage's `Options`.
    public var options: Data
    /// What the stage requires and produces, resolved when the file was validated.
    public var contract: StageContract
    /// Where each option's value is in the file, by key (`min-value`, or `options.level` inside a
    /// mapping option), so that a stage refusing an option when built can be pointed at it.
    public var optionPositions: [String: SourcePosition] = [:]
    /// Where the entry is in the file.
    public var line: Int
    /// Where the entry is in the file.
    public var column: Int
}

/// Decodes options from the JSON object the validator produced.
struct JSONOptions: OptionsDecoding {
    let data: Data

    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        try JSONDecoder().decode(T.self, from: data)
    }
}

/// A line and column in a pipeline file (1-based).
public struct SourcePosition: Sendable, Equatable {
    /// 1-based line.
    public var line: Int
    /// 1-based column.
    public var column: Int

    /// A position.
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }
}
