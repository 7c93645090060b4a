/// The options of a stage: a `Decodable` value with a schema that tools can read.
///
/// The schema drives `nlp stages`, validation in `nlp check` (unknown names, types, required
/// options, missing resource files) and defaults: a missing option takes its schema default before
/// decoding, so `Options` can use synthesized `Decodable` with non-optional properties.
public protocol StageOptions: Decodable, Sendable {
    /// Every option the stage accepts, in the order `nlp stages` lists them.
    static var schema: [OptionSpec] { get }
}

/// One option of a stage: name, type, default and a one-line description.
public struct OptionSpec: Sendable {
    /// The key used in pipeline files (kebab-case or camelCase, matching the `Options` coding key).
    public var name: String
    /// The accepted type.
    public var type: OptionType
    /// The value used when the option is absent; `nil` means no default.
    public var defaultValue: OptionValue?
    /// Whether the option must be given.
    public var isRequired: Bool
    /// One line shown by `nlp stages`.
    public var summary: String

    /// An optional option with a default (or none).
    public init(_ name: String, _ type: OptionType, default defaultValue: OptionValue? = nil, summary: String) {
        self.name = name
        self.type = type
        self.defaultValue = defaultValue
        self.isRequired = false
        self.summary = summary
    }

    /// A required option: pipeline files must give it.
    public static func required(_ name: String, _ type: OptionType, summary: String) -> OptionSpec {
        var spec = OptionSpec(name, type, summary: summary)
        spec.isRequired = true
        return spec
    }
}

/// The type of an option value.
public enum OptionType: Sendable, Equatable, CustomStringConvertible {
    /// Any string.
    case string
    /// A whole number.
    case integer
    /// A number.
    case number
    /// `true` or `false`.
    case boolean
    /// One of a fixed set of strings.
    case choice([String])
    /// A list of strings.
    case stringList
    /// A file path, relative to the pipeline file; must exist.
    case path
    /// A list of file paths, relative to the pipeline file; each must exist.
    case pathList
    /// A mapping of any values, passed on as a JSON object; a stage that declares a schema for it
    /// when it starts (an external stage's `options`) has it checked against that schema.
    case mapping

    /// The name shown in diagnostics and `nlp stages`.
    public var description: String {
        switch self {
        case .string: "string"
        case .integer: "integer"
        case .number: "number"
        case .boolean: "boolean"
        case .choice(let values): values.joined(separator: "|")
        case .stringList: "list of strings"
        case .path: "path"
        case .pathList: "list of paths"
        case .mapping: "mapping"
        }
    }
}

/// A default option value.
public enum OptionValue: Sendable, Equatable, CustomStringConvertible {
    /// A string (also paths and choices).
    case string(String)
    /// A whole number.
    case integer(Int)
    /// A number.
    case number(Double)
    /// A boolean.
    case boolean(Bool)
    /// A list of strings (also path lists).
    case list([String])

    /// The value as written in a pipeline file.
    public var description: String {
        switch self {
        case .string(let value): value
        case .integer(let value): String(value)
        case .number(let value): String(value)
        case .boolean(let value): String(value)
        case .list(let values): "[" + values.joined(separator: ", ") + "]"
        }
    }
}

/// Decodes a stage's options from whatever the pipeline was read from (a YAML node, JSON, ...).
public protocol OptionsDecoding {
    /// Decodes a value of type `T`.
    func decode<T: Decodable>(_ type: T.Type) throws -> T
}
