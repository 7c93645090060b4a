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

    private mutating func error(_ node: Node?, _ message: String, notes: [String] = []) {
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

    private static func kind(of node: Node) -> String {
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
    private static func string(_ node: Node) -> String? {
        guard case .scalar(let scalar) = node, node.tag.description == Tag.Name.str.rawValue else { return nil }
        return scalar.string
    }

    /// Checks a mapping's keys: strings, no duplicates. Returns (key, key node, value) triples.
    private mutating func entries(of mapping: Node.Mapping) -> [(String, Node, Node)] {
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

    private func resolve(_ path: String) -> String {
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
        return PipelineSpec(file: file, baseDirectory: baseDirectory, name: name, input: input, output: output,
                            jobs: jobs, maxDocumentBytes: maxDocumentBytes, stages: stages)
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

    // MARK: Stages

    private mutating func validateStages(_ node: Node) -> [StageSpec] {
        guard case .sequence(let sequence) = node else {
            error(node, "'stages' must be a list of stages, not \(Self.kind(of: node))",
                  notes: ["for example:", "stages:", "  - segmenter: { locale: en }"])
            return []
        }
        if sequence.isEmpty { error(node, "'stages' is empty; a pipeline needs at least one stage") }
        var available: Set<LayerID> = []
        var specs: [StageSpec] = []
        var laterNames: [String] = []
        for entry in sequence {
            if let (name, _, _) = stageEntry(entry, report: false) { laterNames.append(name) }
        }
        for (position, entry) in sequence.enumerated() {
            guard let (name, nameNode, optionsNode) = stageEntry(entry, report: true) else { continue }
            guard let descriptor = registry[name] else {
                var notes: [String] = []
                let message: String
                if let near = Suggestion.nearest(to: name, in: registry.names) {
                    message = "unknown stage '\(name)'; did you mean '\(near)'?"
                } else {
                    message = "unknown stage '\(name)'"
                }
                notes.append("available stages: " + registry.names.joined(separator: ", "))
                error(nameNode, message, notes: notes)
                continue
            }
            for layer in descriptor.requires.subtracting(available).sorted() {
                var notes: [String] = []
                let producers = registry.producers(of: layer)
                if let later = producers.first(where: { laterNames.dropFirst(position + 1).contains($0) }) {
                    notes.append("note: '\(later)' produces '\(layer)'; list it before '\(name)'")
                } else if !producers.isEmpty {
                    notes.append("note: '\(producers[0])' produces '\(layer)'; add it before '\(name)'")
                }
                error(nameNode, "stage '\(name)' requires '\(layer)', which no earlier stage produces", notes: notes)
            }
            available.formUnion(descriptor.produces)
            if let options = validateOptions(optionsNode, of: descriptor, at: nameNode) {
                specs.append(StageSpec(descriptor: descriptor, options: options,
                                       line: nameNode.mark?.line ?? 1, column: nameNode.mark?.column ?? 1))
            }
        }
        return specs
    }

    /// A stage entry is `- name` or `- name: {options}`.
    private mutating func stageEntry(_ entry: Node, report: Bool) -> (String, Node, Node?)? {
        if let name = Self.string(entry) { return (name, entry, nil) }
        if case .mapping(let mapping) = entry, mapping.count == 1, let (key, value) = mapping.first,
           let name = Self.string(key) {
            return (name, key, value)
        }
        if report {
            error(entry, "a stage must be written '- name' or '- name: { option: value }', not \(Self.kind(of: entry))",
                  notes: ["(a stage with options needs them indented under its name)"])
        }
        return nil
    }

    /// Checks options against the schema, fills defaults, resolves paths; returns a JSON object.
    private mutating func validateOptions(_ node: Node?, of descriptor: StageDescriptor, at stageNode: Node) -> Data? {
        let schema = descriptor.options
        var values: [String: Any] = [:]
        var given: Set<String> = []
        var ok = true
        let optionNames = schema.map(\.name)
        if let node, node.tag.description != Tag.Name.null.rawValue {
            guard case .mapping(let mapping) = node else {
                error(node, "the options of stage '\(descriptor.name)' must be a mapping, not \(Self.kind(of: node))")
                return nil
            }
            for (key, keyNode, value) in entries(of: mapping) {
                guard let spec = schema.first(where: { $0.name == key }) else {
                    var notes: [String] = []
                    var message = "unknown option '\(key)' for stage '\(descriptor.name)'"
                    if let near = Suggestion.nearest(to: key, in: optionNames) { message += "; did you mean '\(near)'?" }
                    notes.append(optionNames.isEmpty ? "stage '\(descriptor.name)' takes no options"
                                                     : "valid options: " + optionNames.joined(separator: ", "))
                    error(keyNode, message, notes: notes)
                    ok = false
                    continue
                }
                given.insert(key)
                if let converted = convert(value, to: spec, stage: descriptor.name) {
                    values[key] = converted
                } else {
                    ok = false
                }
            }
        }
        for spec in schema where !given.contains(spec.name) {
            if let value = spec.defaultValue {
                values[spec.name] = jsonValue(value)
            } else if spec.isRequired {
                error(stageNode, "stage '\(descriptor.name)' requires the option '\(spec.name)' (\(spec.type))",
                      notes: [spec.summary])
                ok = false
            }
        }
        guard ok else { return nil }
        return try? JSONSerialization.data(withJSONObject: values, options: [.sortedKeys])
    }

    private func jsonValue(_ value: OptionValue) -> Any {
        switch value {
        case .string(let text): text
        case .integer(let number): number
        case .number(let number): number
        case .boolean(let flag): flag
        case .list(let items): items
        }
    }

    private mutating func convert(_ node: Node, to spec: OptionSpec, stage: String) -> Any? {
        let where_ = "option '\(spec.name)' of stage '\(stage)'"
        let tag = node.tag.description
        switch spec.type {
        case .string:
            if let text = Self.string(node) { return text }
            error(node, "\(where_) must be a string, not \(Self.kind(of: node))",
                  notes: node.isScalar ? ["quote the value to use it as a string"] : [])
        case .integer:
            if tag == Tag.Name.int.rawValue, let number = node.int { return number }
            error(node, "\(where_) must be a whole number, not \(Self.kind(of: node))")
        case .number:
            if tag == Tag.Name.int.rawValue || tag == Tag.Name.float.rawValue, let number = node.float { return number }
            error(node, "\(where_) must be a number, not \(Self.kind(of: node))")
        case .boolean:
            if tag == Tag.Name.bool.rawValue, let flag = node.bool { return flag }
            error(node, "\(where_) must be true or false, not \(Self.kind(of: node))")
        case .choice(let choices):
            if let text = Self.string(node), choices.contains(text) { return text }
            var notes = ["valid values: " + choices.joined(separator: ", ")]
            if let text = Self.string(node), let near = Suggestion.nearest(to: text, in: choices) {
                notes.insert("did you mean '\(near)'?", at: 0)
            }
            error(node, "\(where_) must be one of \(choices.joined(separator: ", ")), not \(Self.kind(of: node))", notes: notes)
        case .stringList, .pathList:
            let items: [Node]
            if case .sequence(let sequence) = node { items = Array(sequence) } else if Self.string(node) != nil {
                items = [node]   // a single value is a list of one
            } else {
                error(node, "\(where_) must be a list of strings, not \(Self.kind(of: node))")
                return nil
            }
            var strings: [String] = []
            var ok = true
            for item in items {
                guard let text = Self.string(item) else {
                    error(item, "each item of \(where_) must be a string, not \(Self.kind(of: item))")
                    ok = false
                    continue
                }
                if spec.type == .pathList {
                    guard let path = checkedPath(text, node: item, option: where_) else { ok = false; continue }
                    strings.append(path)
                } else {
                    strings.append(text)
                }
            }
            return ok ? strings : nil
        case .path:
            guard let text = Self.string(node) else {
                error(node, "\(where_) must be a path, not \(Self.kind(of: node))")
                return nil
            }
            return checkedPath(text, node: node, option: where_)
        }
        return nil
    }

    /// Resolves a resource path against the pipeline's directory and checks that it exists.
    private mutating func checkedPath(_ text: String, node: Node, option: String) -> String? {
        let path = resolve(text)
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue {
            return path
        }
        error(node, "resource file not found: '\(text)' (\(option), resolved to \(path))")
        return nil
    }
}

extension Node {
    fileprivate var isScalar: Bool {
        if case .scalar = self { return true }
        return false
    }
}
