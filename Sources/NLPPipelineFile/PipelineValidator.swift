import Foundation
import NLPCore
import Yams

/// Walks a pipeline file's YAML nodes, collecting located diagnostics and the validated values.
struct PipelineValidator {
    let file: String
    let baseDirectory: String
    let registry: StageRegistry
    private(set) var diagnostics: [Diagnostic] = []

    init(file: String, baseDirectory: String, registry: StageRegistry) {
        self.file = file
        self.baseDirectory = baseDirectory
        self.registry = registry
    }

    // MARK: Diagnostics

    mutating func error(_ node: Node?, _ message: String, notes: [String] = []) {
        let mark = node?.mark
        diagnostics.append(Diagnostic(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1,
                                      message: message, notes: notes))
    }

    func diagnostic(for error: YamlError) -> Diagnostic {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            var notes: [String] = []
            if let context, context.mark.line != mark.line || context.mark.column != mark.column {
                notes.append("note: \(context.text) that began at line \(context.mark.line), column \(context.mark.column)")
            }
            return Diagnostic(file: file, line: mark.line, column: mark.column,
                              message: "YAML syntax error: \(problem)", notes: notes)
        case let .reader(problem, offset, _, yaml):
            var line = 1
            var column = 1
            if let offset {
                for scalar in yaml.unicodeScalars.prefix(offset) {
                    if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
                }
            }
            return Diagnostic(file: file, line: line, column: column, message: "YAML error: \(problem)")
        default:
            return Diagnostic(file: file, line: 1, column: 1, message: "YAML error: \(error)")
        }
    }

    static func kind(of node: Node) -> String {
        switch node {
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .scalar(let scalar):
            switch node.tag.description {
            case Tag.Name.null.rawValue: return "nothing (null)"
            case Tag.Name.int.rawValue: return "the integer \(scalar.string)"
            case Tag.Name.float.rawValue: return "the number \(scalar.string)"
            case Tag.Name.bool.rawValue: return "the boolean \(scalar.string)"
            default: return "the string '\(scalar.string)'"
            }
        }
    }

    /// The string of a scalar node whose tag is `str` (plain or quoted text).
    static func string(_ node: Node) -> String? {
        guard case .scalar(let scalar) = node, node.tag.description == Tag.Name.str.rawValue else { return nil }
        return scalar.string
    }

    /// Checks a mapping's keys: strings, no duplicates. Returns (key, key node, value) triples.
    mutating func entries(of mapping: Node.Mapping) -> [(String, Node, Node)] {
        var seen: [String: Node] = [:]
        var result: [(String, Node, Node)] = []
        for (key, value) in mapping {
            guard case .scalar(let scalar) = key else {
                error(key, "a key must be a plain name, not \(Self.kind(of: key))")
                continue
            }
            if let first = seen[scalar.string] {
                let line = first.mark?.line ?? 0
                error(key, "duplicate key '\(scalar.string)' (first given on line \(line))")
                continue
            }
            seen[scalar.string] = key
            result.append((scalar.string, key, value))
        }
        return result
    }

    func resolve(_ path: String) -> String {
        StageContext(baseDirectory: baseDirectory).resolve(path)
    }

    // MARK: Top level

    mutating func validate(_ root: Node?, overrides: PipelineFile.Overrides) -> PipelineSpec? {
        guard let root, case .mapping(let mapping) = root else {
            error(root, "a pipeline file must be a mapping with at least a 'stages' list",
                  notes: ["valid keys: " + PipelineFile.topLevelKeys.joined(separator: ", ")])
            return nil
        }
        var name = ((file as NSString).lastPathComponent as NSString).deletingPathExtension
        var input: InputSpec?
        var output: String?
        var report: String?
        var jobs: Int?
        var maxDocumentBytes: Int?
        var stages: [StageSpec] = []
        var sawStages = false
        for (key, keyNode, value) in entries(of: mapping) {
            switch key {
            case "name":
                if let text = Self.string(value) { name = text } else {
                    error(value, "'name' must be a string, not \(Self.kind(of: value))")
                }
            case "input":
                guard let text = Self.string(value) else {
                    error(value, "'input' must be a path, a glob such as 'docs/*.txt', a .jsonl file or '-', not \(Self.kind(of: value))")
                    continue
                }
                if overrides.input == nil {
                    let spec = InputSpec(text == "-" ? text : resolve(text))
                    checkInput(spec, node: value)
                    input = spec
                }
            case "output":
                if let text = Self.string(value) { output = text == "-" ? text : resolve(text) } else {
                    error(value, "'output' must be a path or '-', not \(Self.kind(of: value))")
                }
            case "report":
                if let text = Self.string(value), !text.isEmpty, text != "-" {
                    report = resolve(text)
                } else if Self.string(value) == "-" {
                    error(value, "'report' must be a file path; the report is one HTML file and cannot go to stdout")
                } else {
                    error(value, "'report' must be the path of an HTML file to write, not \(Self.kind(of: value))")
                }
            case "jobs":
                if Self.string(value) == "auto" { jobs = nil } else if value.tag.description == Tag.Name.int.rawValue,
                    let count = value.int, count >= 1 {
                    jobs = count
                } else {
                    error(value, "'jobs' must be 'auto' or a whole number of at least 1, not \(Self.kind(of: value))")
                }
            case "max-document-bytes":
                if value.tag.description == Tag.Name.int.rawValue, let count = value.int, count >= 1 {
                    maxDocumentBytes = count
                } else {
                    error(value, "'max-document-bytes' must be a whole number of at least 1, not \(Self.kind(of: value))")
                }
            case "stages":
                sawStages = true
                stages = validateStages(value)
            default:
                var notes: [String] = []
                if let near = Suggestion.nearest(to: key, in: PipelineFile.topLevelKeys) {
                    notes.append("did you mean '\(near)'?")
                }
                notes.append("valid keys: " + PipelineFile.topLevelKeys.joined(separator: ", "))
                error(keyNode, "unknown key '\(key)'", notes: notes)
            }
        }
        if !sawStages {
            error(root, "the pipeline has no 'stages' list")
        }
        if let path = overrides.input { input = InputSpec(path) }
        if let path = overrides.output { output = path }
        if let count = overrides.jobs { jobs = count }
        if let path = overrides.report { report = path }
        return PipelineSpec(file: file, baseDirectory: baseDirectory, name: name, input: input, output: output,
                            report: report, jobs: jobs, maxDocumentBytes: maxDocumentBytes, stages: stages)
    }

    private mutating func checkInput(_ spec: InputSpec, node: Node) {
        switch spec {
        case .standardInput:
            return
        case .jsonLines(let path):
            if !FileManager.default.fileExists(atPath: path) {
                error(node, "input file not found: \(path)")
            }
        case .textFiles(let pattern):
            do {
                _ = try TextFilesSource(pattern: pattern, maxDocumentBytes: .max)
            } catch {
                self.error(node, "\(error)")
            }
        }
    }
}
