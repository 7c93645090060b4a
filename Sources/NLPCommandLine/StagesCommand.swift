import ArgumentParser
import NLPCore

/// `nlp stages`: lists every stage with its options, requirements and products.
struct StagesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stages",
        abstract: "List the available stages, their options, and the layers they require and produce.")

    func run() throws {
        print(Self.describe(NLPCommand.registry), terminator: "")
    }

    /// The listing as text.
    static func describe(_ registry: StageRegistry) -> String {
        var out = ""
        for stage in registry.all {
            out += "\(stage.name)\n    \(stage.summary)\n"
            let requires = stage.requires.sorted().map(\.rawValue).joined(separator: ", ")
            let produces = stage.produces.sorted().map(\.rawValue).joined(separator: ", ")
            if stage.resolvesContract {
                out += "    requires, produces: declared by the stage when it starts (nlp check shows them)\n"
            } else {
                out += "    requires: \(requires.isEmpty ? "(nothing)" : requires)\n"
                out += "    produces: \(produces.isEmpty ? "(nothing)" : produces)\n"
            }
            if stage.options.isEmpty {
                out += "    options: (none)\n"
            } else {
                out += "    options:\n"
                for option in stage.options {
                    let value = option.isRequired ? "required" : option.defaultValue.map { "default: \($0)" } ?? "optional"
                    out += "      \(option.name) (\(option.type); \(value))\n        \(option.summary)\n"
                }
            }
            out += "\n"
        }
        return out
    }
}
