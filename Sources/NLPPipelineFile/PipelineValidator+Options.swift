import Foundation
import NLPCore
import Yams

/// A stage's options checked against a schema: JSON-ready values with defaults filled in, and the
/// nodes they came from, so that later problems (a stage refusing a value) can be located.
struct ValidatedOptions {
    /// Option values as `JSONSerialization` takes them.
    var values: [String: Any] = [:]
    /// The value node of each option given in the file.
    var valueNodes: [String: Node] = [:]
    /// The key node of each option given in the file.
    var keyNodes: [String: Node] = [:]
}

/// Stage options: names, types, required options, defaults, resource paths.
extension PipelineValidator {
    /// Checks options against `schema`, fills defaults and resolves paths; `nil` if any is wrong.
    mutating func validateOptions(_ node: Node?, schema: [OptionSpec], stage: String, at stageNode: Node,
                                  reportsDuplicatesInMappings: Bool = true) -> ValidatedOptions? {
        var options = ValidatedOptions()
        var ok = true
        let optionNames = schema.map(\.name)
        if let node, node.tag.description != Tag.Name.null.rawValue {
            guard case .mapping(let mapping) = node else {
                error(node, "the options of stage '\(stage)' must be a mapping, not \(Self.kind(of: node))")
                return nil
            }
            for (key, keyNode, value) in entries(of: mapping) {
                guard let spec = schema.first(where: { $0.name == key }) else {
                    var notes: [String] = []
                    var message = "unknown option '\(key)' for stage '\(stage)'"
                    if let near = Suggestion.nearest(to: key, in: optionNames) { message += "; did you mean '\(near)'?" }
                    notes.append(optionNames.isEmpty ? "stage '\(stage)' takes no options"
                                                     : "valid options: " + optionNames.joined(separator: ", "))
                    error(keyNode, message, notes: notes)
                    ok = false
                    continue
                }
                options.keyNodes[key] = keyNode
                options.valueNodes[key] = value
                if let converted = convert(value, to: spec, stage: stage, reportsDuplicates: reportsDuplicatesInMappings) {
                    options.values[key] = converted
                } else {
                    ok = false
                }
            }
        }
        for spec in schema where options.valueNodes[spec.name] == nil {
            if let value = spec.defaultValue {
                options.values[spec.name] = jsonValue(value)
            } else if spec.isRequired {
                error(stageNode, "stage '\(stage)' requires the option '\(spec.name)' (\(spec.type))",
                      notes: [spec.summary])
                ok = false
            }
        }
        return ok ? options : nil
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

    private mutating func convert(_ node: Node, to spec: OptionSpec, stage: String, reportsDuplicates: Bool) -> Any? {
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
        case .mapping:
            guard case .mapping = node else {
                error(node, "\(where_) must be a mapping, not \(Self.kind(of: node))",
                      notes: ["for example: \(spec.name): { name: value }"])
                return nil
            }
            return plainValue(node, reportsDuplicates: reportsDuplicates)
        }
        return nil
    }

    /// Any YAML value as JSON: scalars by their tag, lists, and mappings with string keys.
    private mutating func plainValue(_ node: Node, reportsDuplicates: Bool) -> Any? {
        switch node {
        case .scalar(let scalar):
            switch node.tag.description {
            case Tag.Name.null.rawValue: return NSNull()
            case Tag.Name.int.rawValue: return node.int ?? scalar.string
            case Tag.Name.float.rawValue: return node.float ?? scalar.string
            case Tag.Name.bool.rawValue: return node.bool ?? scalar.string
            default: return scalar.string
            }
        case .sequence(let sequence):
            var items: [Any] = []
            for item in sequence {
                guard let value = plainValue(item, reportsDuplicates: reportsDuplicates) else { return nil }
                items.append(value)
            }
            return items
        case .mapping(let mapping):
            var object: [String: Any] = [:]
            let members: [(String, Node, Node)]
            if reportsDuplicates {
                members = entries(of: mapping)
            } else {
                members = mapping.compactMap { key, value in Self.string(key).map { ($0, key, value) } }
            }
            for (key, _, value) in members {
                guard let converted = plainValue(value, reportsDuplicates: reportsDuplicates) else { return nil }
                object[key] = converted
            }
            return object
        }
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
