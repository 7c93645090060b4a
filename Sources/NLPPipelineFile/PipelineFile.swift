import Foundation
import NLPCore
import Yams

/// Reads pipeline files (YAML) into a validated ``PipelineSpec``, reporting every problem at once.
///
/// ```yaml
/// name: summit
/// input: ../seeds/*.txt        # relative to this file; .jsonl, or '-' for stdin
/// output: ../out/summit.jsonl  # '-' for stdout
/// report: ../out/summit.html   # optional: the HTML report
/// jobs: auto
/// stages:
///   - segmenter: { locale: en }
/// ```
public enum PipelineFile {
    /// Values given on the command line, which take precedence over the file.
    public struct Overrides: Sendable {
        /// Replaces `input` (a path as given on the command line, relative to the current directory).
        public var input: String?
        /// Replaces `output`.
        public var output: String?
        /// Replaces `jobs`.
        public var jobs: Int?
        /// Replaces `report` (a path relative to the current directory).
        public var report: String?

        /// No overrides, or the given ones.
        public init(input: String? = nil, output: String? = nil, jobs: Int? = nil, report: String? = nil) {
            self.input = input
            self.output = output
            self.jobs = jobs
            self.report = report
        }
    }

    /// Top-level keys a pipeline file may have.
    public static let topLevelKeys = ["name", "input", "output", "report", "jobs", "max-document-bytes", "stages"]

    /// Reads and validates the file at `path`.
    public static func load(path: String, registry: StageRegistry,
                            overrides: Overrides = Overrides()) throws(PipelineFileError) -> PipelineSpec {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw PipelineFileError(file: path, diagnostics: [
                Diagnostic(file: path, line: 0, column: 0, message: "cannot read the pipeline file"),
            ])
        }
        guard let yaml = String(data: data, encoding: .utf8) else {
            throw PipelineFileError(file: path, diagnostics: [
                Diagnostic(file: path, line: 1, column: 1, message: "the pipeline file is not valid UTF-8"),
            ])
        }
        // Absolute, so that paths resolved once stay valid whatever resolves them again.
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent().standardizedFileURL.path
        return try parse(yaml: yaml, file: path, baseDirectory: directory, registry: registry, overrides: overrides)
    }

    /// Validates pipeline YAML whose relative paths are relative to `baseDirectory`.
    public static func parse(yaml: String, file: String, baseDirectory: String, registry: StageRegistry,
                             overrides: Overrides = Overrides()) throws(PipelineFileError) -> PipelineSpec {
        var validator = PipelineValidator(file: file, baseDirectory: baseDirectory, registry: registry)
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            throw PipelineFileError(file: file, diagnostics: [validator.diagnostic(for: error)])
        } catch {
            throw PipelineFileError(file: file, diagnostics: [
                Diagnostic(file: file, line: 1, column: 1, message: "cannot parse YAML: \(error)"),
            ])
        }
        guard let spec = validator.validate(root, overrides: overrides), validator.diagnostics.isEmpty else {
            throw PipelineFileError(file: file, diagnostics: validator.diagnostics)
        }
        return spec
    }
}
