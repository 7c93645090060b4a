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
                built.append(try stage.descriptor.build(options: JSONOptions(data: stage.options), context: context))
            } catch {
                throw PipelineFileError(file: file, diagnostics: [
                    Diagnostic(file: file, line: stage.line, column: stage.column,
                               message: "stage '\(stage.descriptor.name)' could not be built: \(error)"),
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
