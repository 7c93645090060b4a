import NLPCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// Checks an external stage's own options against the schema it declared, for stages built
/// without a pipeline file (a pipeline file's options are checked, with line and column, by the
/// validator). Fills in defaults; does not resolve paths (the process runs in the context's
/// directory, so relative paths still work).
enum DeclaredOptionsCheck {
    /// `options` (an object, or nothing) with defaults filled in, members sorted by name.
    static func complete(_ options: JSONValue?, schema: [OptionSpec]) throws(StageError) -> JSONValue {
        let given: [JSONMember]
        switch options {
        case nil, .null?: given = []
        case .object(let members)?: given = members
        case let other?: throw StageError("'options' must be a mapping, not \(other.kind)", option: "options")
        }
        var result: [JSONMember] = []
        for member in given {
            guard let spec = schema.first(where: { $0.name == member.key }) else {
                let valid = schema.map(\.name).joined(separator: ", ")
                throw StageError("unknown option '\(member.key)' (valid options: \(valid.isEmpty ? "none" : valid))",
                                 option: "options.\(member.key)")
            }
            guard accepts(member.value, type: spec.type) else {
                throw StageError("option '\(member.key)' must be a \(spec.type), not \(member.value.kind)",
                                 option: "options.\(member.key)")
            }
            result.append(member)
        }
        for spec in schema where !given.contains(where: { $0.key == spec.name }) {
            if let value = spec.defaultValue {
                result.append(JSONMember(spec.name, json(value)))
            } else if spec.isRequired {
                throw StageError("the option '\(spec.name)' (\(spec.type)) is required", option: "options")
            }
        }
        return .object(result.sorted { $0.key < $1.key })
    }

    /// `options` with every relative path (of a `path` or `path-list` option) made absolute
    /// against the current directory, which is what the pipeline file's paths are relative to
    /// once resolved; the process runs in another directory.
    static func absolutePaths(_ options: JSONValue, schema: [OptionSpec]) -> JSONValue {
        let directory = currentDirectory()
        return mapPaths(options, schema: schema) { path in
            path.hasPrefix("/") ? path : StageContext.normalize(directory + "/" + path)
        }
    }

    /// `options` with every path resolved against `context`'s directory.
    static func resolvePaths(_ options: JSONValue, schema: [OptionSpec], context: StageContext) -> JSONValue {
        mapPaths(options, schema: schema) { context.resolve($0) }
    }

    private static func mapPaths(_ options: JSONValue, schema: [OptionSpec], _ transform: (String) -> String) -> JSONValue {
        guard case .object(let members) = options else { return options }
        func absolute(_ value: JSONValue) -> JSONValue {
            guard case .string(let path) = value else { return value }
            return .string(transform(path))
        }
        return .object(members.map { member in
            switch schema.first(where: { $0.name == member.key })?.type {
            case .path?: JSONMember(member.key, absolute(member.value))
            case .pathList?: JSONMember(member.key, .array((member.value.items ?? []).map(absolute)))
            default: member
            }
        })
    }

    /// The current directory of this process.
    static func currentDirectory() -> String {
        guard let pointer = getcwd(nil, 0) else { return "." }
        defer { free(pointer) }
        return String(cString: pointer)
    }

    private static func accepts(_ value: JSONValue, type: OptionType) -> Bool {
        switch (type, value) {
        case (.string, .string), (.path, .string), (.integer, .integer), (.number, .integer), (.number, .number),
             (.boolean, .bool), (.mapping, .object):
            return true
        case (.choice(let values), .string(let text)):
            return values.contains(text)
        case (.stringList, .array(let items)), (.pathList, .array(let items)):
            return items.allSatisfy { $0.stringValue != nil }
        default:
            return false
        }
    }

    private static func json(_ value: OptionValue) -> JSONValue {
        switch value {
        case .string(let text): .string(text)
        case .integer(let number): .integer(number)
        case .number(let number): .number(number)
        case .boolean(let flag): .bool(flag)
        case .list(let items): .array(items.map { .string($0) })
        }
    }
}
