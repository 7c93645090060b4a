import Foundation
import NLPCore
import Yams

/// Stage entries: names, contracts (fixed, or resolved by starting the stage), layer order.
extension PipelineValidator {
    /// Who produces a layer so far in the list, and in which form.
    private struct Producer {
        var stage: String
        var usesJSONLayers: Bool
    }

    mutating func validateStages(_ node: Node) -> [StageSpec] {
        guard case .sequence(let sequence) = node else {
            error(node, "'stages' must be a list of stages, not \(Self.kind(of: node))",
                  notes: ["for example:", "stages:", "  - segmenter: { locale: en }"])
            return []
        }
        if sequence.isEmpty { error(node, "'stages' is empty; a pipeline needs at least one stage") }
        var producers: [LayerID: Producer] = [:]
        var specs: [StageSpec] = []
        var laterNames: [String] = []
        // Once a stage's contract could not be resolved, what is available after it is unknown.
        var contractsKnown = true
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
            var options: ValidatedOptions?
            let contract: StageContract
            if descriptor.resolvesContract {
                options = validateOptions(optionsNode, schema: descriptor.options, stage: name, at: nameNode,
                                          reportsDuplicatesInMappings: false)
                guard let given = options, let resolved = resolveContract(of: descriptor, options: given, at: nameNode) else {
                    contractsKnown = false
                    continue
                }
                contract = resolved
            } else {
                contract = descriptor.fixedContract
            }
            if contractsKnown {
                checkRequirements(of: contract, at: nameNode, producers: producers,
                                  laterNames: Array(laterNames.dropFirst(position + 1)))
            }
            for layer in contract.produces {
                producers[layer] = Producer(stage: contract.name, usesJSONLayers: contract.usesJSONLayers)
            }
            if !descriptor.resolvesContract {
                options = validateOptions(optionsNode, schema: descriptor.options, stage: name, at: nameNode)
            }
            guard var validated = options else { continue }
            if let declared = contract.declaredOptions,
               !validateDeclaredOptions(declared, of: contract, in: &validated, at: nameNode) {
                continue
            }
            guard let data = try? JSONSerialization.data(withJSONObject: validated.values, options: [.sortedKeys]) else {
                error(nameNode, "the options of stage '\(name)' cannot be written as JSON")
                continue
            }
            specs.append(StageSpec(descriptor: descriptor, options: data, contract: contract,
                                   optionPositions: Self.positions(of: validated),
                                   line: nameNode.mark?.line ?? 1, column: nameNode.mark?.column ?? 1))
        }
        return specs
    }

    /// Where each given option's value is, with the members of mapping options as `key.member`.
    private static func positions(of options: ValidatedOptions) -> [String: SourcePosition] {
        var positions: [String: SourcePosition] = [:]
        for (key, node) in options.valueNodes {
            guard let mark = node.mark else { continue }
            positions[key] = SourcePosition(line: mark.line, column: mark.column)
            guard case .mapping(let mapping) = node else { continue }
            for (memberKey, value) in mapping {
                guard let name = string(memberKey), let mark = value.mark else { continue }
                positions[key + "." + name] = SourcePosition(line: mark.line, column: mark.column)
            }
        }
        return positions
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

    /// Required layers come from earlier stages, in a form the stage can read; an external stage
    /// adds only new layers.
    private mutating func checkRequirements(of contract: StageContract, at nameNode: Node,
                                            producers: [LayerID: Producer], laterNames: [String]) {
        let name = contract.name
        for layer in contract.requires.sorted() {
            guard let producer = producers[layer] else {
                var notes: [String] = []
                let candidates = registry.producers(of: layer)
                if let later = candidates.first(where: { laterNames.contains($0) }) {
                    notes.append("note: '\(later)' produces '\(layer)'; list it before '\(name)'")
                } else if !candidates.isEmpty {
                    notes.append("note: '\(candidates[0])' produces '\(layer)'; add it before '\(name)'")
                }
                error(nameNode, "stage '\(name)' requires '\(layer)', which no earlier stage produces", notes: notes)
                continue
            }
            if producer.usesJSONLayers && !contract.usesJSONLayers {
                error(nameNode, "stage '\(name)' requires '\(layer)' as a Swift layer, but '\(producer.stage)' "
                      + "(an external stage) produces it as JSON",
                      notes: ["note: an external stage's layers go to the output and to later external stages only"])
            }
        }
        if contract.usesJSONLayers {
            for layer in contract.produces.sorted() {
                guard let producer = producers[layer] else { continue }
                error(nameNode, "stage '\(name)' produces '\(layer)', which '\(producer.stage)' already produces",
                      notes: ["note: an external stage adds new layers; give this one another name"])
            }
        }
    }

    /// Resolves the contract of a stage that learns it from its options (by starting it).
    private mutating func resolveContract(of descriptor: StageDescriptor, options: ValidatedOptions,
                                          at nameNode: Node) -> StageContract? {
        guard let data = try? JSONSerialization.data(withJSONObject: options.values, options: [.sortedKeys]) else {
            error(nameNode, "the options of stage '\(descriptor.name)' cannot be written as JSON")
            return nil
        }
        do {
            return try descriptor.contract(options: JSONOptions(data: data), context: StageContext(baseDirectory: baseDirectory))
        } catch {
            report(error, stage: descriptor.name, options: options, at: nameNode)
            return nil
        }
    }

    /// Validates the options a stage declared a schema for (under one of its mapping options) and
    /// hands them to the started stage, which may still refuse them.
    private mutating func validateDeclaredOptions(_ declared: DeclaredOptions, of contract: StageContract,
                                                  in options: inout ValidatedOptions, at nameNode: Node) -> Bool {
        let node = options.valueNodes[declared.key]
        let anchor = options.keyNodes[declared.key] ?? nameNode
        guard let nested = validateOptions(node, schema: declared.schema, stage: contract.name, at: anchor) else {
            return false
        }
        options.values[declared.key] = nested.values
        guard let prepared = contract.prepared else { return true }
        do {
            let data = try JSONSerialization.data(withJSONObject: nested.values, options: [.sortedKeys])
            try prepared.configure(options: data)
        } catch {
            report(error, stage: contract.name, options: options, at: nameNode)
            return false
        }
        return true
    }

    /// Reports a stage's error at the option it blames (a key, or a dotted path into a mapping
    /// option), else at the stage's name. Lines after the first become notes.
    private mutating func report(_ failure: any Error, stage: String, options: ValidatedOptions, at nameNode: Node) {
        let stageError = failure as? StageError
        let text = stageError?.message ?? String(describing: failure)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let first = lines.removeFirst()
        var node: Node? = nil
        if let path = stageError?.option?.split(separator: ".").map(String.init), let head = path.first {
            node = options.valueNodes[head]
            for key in path.dropFirst() {
                guard case .mapping(let mapping)? = node,
                      let value = mapping.first(where: { Self.string($0.key) == key })?.value else { break }
                node = value
            }
        }
        error(node ?? nameNode, "stage '\(stage)': \(first)", notes: lines)
    }
}
