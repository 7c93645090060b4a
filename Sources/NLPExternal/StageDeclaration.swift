import NLPCore

/// What an external stage declares in its handshake: its name, the layers it requires and
/// produces, and the schema of its options. See docs/external-stages.md.
public struct StageDeclaration: Sendable, Equatable {
    /// The protocol version this runtime speaks.
    public static let protocolVersion = 1
    /// Layer names that output records use for other things.
    public static let reservedLayerNames: Set<String> = ["id", "text", "source", "error"]
    /// Option types a stage may declare, as written in the handshake.
    public static let optionTypes = ["string", "integer", "number", "boolean", "choice", "string-list", "path", "path-list"]

    /// The stage's name (kebab-case), used in diagnostics and error records.
    public var name: String
    /// One line saying what the stage does.
    public var summary: String
    /// Layers an earlier stage must produce; sent with each document.
    public var requires: Set<LayerID>
    /// Layers the stage adds to every document.
    public var produces: Set<LayerID>
    /// The options the stage accepts under `options:` in a pipeline file.
    public var options: [OptionSpec]

    /// What was wrong with a handshake message.
    public struct Invalid: Error, Sendable, CustomStringConvertible {
        /// The problem, naming the member at fault.
        public var description: String
    }

    /// Reads and checks the `{"type": "stage", ...}` message.
    public init(message: JSONValue) throws(Invalid) {
        guard message.members != nil else { throw Invalid(description: "the message is \(message.kind), not an object") }
        guard message["type"]?.stringValue == "stage" else {
            throw Invalid(description: "expected {\"type\": \"stage\", ...}, got type \(message["type"]?.jsonText ?? "missing")")
        }
        guard let version = message["protocol"] else { throw Invalid(description: "'protocol' is missing") }
        guard version == .integer(Self.protocolVersion) else {
            throw Invalid(description: "the stage speaks protocol \(version.jsonText); this nlp speaks protocol \(Self.protocolVersion)")
        }
        guard let name = message["name"]?.stringValue else {
            throw Invalid(description: "'name' must be a string, not \(message["name"]?.kind ?? "missing")")
        }
        guard Self.isKebabCase(name) else {
            throw Invalid(description: "'name' must be kebab-case (lowercase letters, digits and single hyphens), not '\(name)'")
        }
        self.name = name
        switch message["summary"] {
        case nil: summary = ""
        case .string(let text)?: summary = text
        case let other?: throw Invalid(description: "'summary' must be a string, not \(other.kind)")
        }
        requires = try Self.layers(message["requires"], member: "requires")
        produces = try Self.layers(message["produces"], member: "produces")
        if let both = requires.intersection(produces).sorted().first {
            throw Invalid(description: "'\(both)' is both required and produced")
        }
        options = try Self.options(message["options"])
    }

    /// Same name, summary, layers and option schema.
    public static func == (lhs: StageDeclaration, rhs: StageDeclaration) -> Bool {
        lhs.name == rhs.name && lhs.summary == rhs.summary && lhs.requires == rhs.requires && lhs.produces == rhs.produces
            && lhs.options.count == rhs.options.count
            && zip(lhs.options, rhs.options).allSatisfy { left, right in
                left.name == right.name && left.type == right.type && left.defaultValue == right.defaultValue
                    && left.isRequired == right.isRequired && left.summary == right.summary
            }
    }

    private static func isKebabCase(_ name: String) -> Bool {
        let parts = name.split(separator: "-", omittingEmptySubsequences: false)
        return name.first.map { ("a"..."z").contains($0) } == true && parts.allSatisfy { part in
            !part.isEmpty && part.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) }
        }
    }

    /// Layer names: lowercase letters, digits, `-` and `_`, starting with a letter.
    static func isLayerName(_ name: String) -> Bool {
        name.first.map { ("a"..."z").contains($0) } == true
            && name.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_" }
    }

    private static func layers(_ value: JSONValue?, member: String) throws(Invalid) -> Set<LayerID> {
        guard let value else { return [] }
        guard let items = value.items else { throw Invalid(description: "'\(member)' must be a list of layer names, not \(value.kind)") }
        var layers: Set<LayerID> = []
        for item in items {
            guard let name = item.stringValue else {
                throw Invalid(description: "'\(member)' must be a list of layer names; found \(item.kind)")
            }
            guard isLayerName(name) else {
                throw Invalid(description: "'\(member)': '\(name)' is not a layer name (lowercase letters, digits, '-' and '_', starting with a letter)")
            }
            guard !reservedLayerNames.contains(name) else {
                throw Invalid(description: "'\(member)': '\(name)' is reserved in output records (id, text, source, error)")
            }
            guard layers.insert(LayerID(name)).inserted else { throw Invalid(description: "'\(member)' lists '\(name)' twice") }
        }
        return layers
    }

    private static func options(_ value: JSONValue?) throws(Invalid) -> [OptionSpec] {
        guard let value else { return [] }
        guard let items = value.items else { throw Invalid(description: "'options' must be a list of option schemas, not \(value.kind)") }
        var specs: [OptionSpec] = []
        for (index, item) in items.enumerated() {
            let spec = try option(item, index: index)
            guard !specs.contains(where: { $0.name == spec.name }) else {
                throw Invalid(description: "'options' declares '\(spec.name)' twice")
            }
            specs.append(spec)
        }
        return specs
    }

    private static func option(_ item: JSONValue, index: Int) throws(Invalid) -> OptionSpec {
        let place = "'options'[\(index)]"
        guard item.members != nil else { throw Invalid(description: "\(place) must be an object, not \(item.kind)") }
        guard let name = item["name"]?.stringValue, !name.isEmpty,
              name.first!.isLetter, name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }) else {
            throw Invalid(description: "\(place): 'name' must be an option name such as 'min-words'")
        }
        let place2 = "option '\(name)'"
        guard let typeName = item["type"]?.stringValue else {
            throw Invalid(description: "\(place2): 'type' must be one of \(optionTypes.joined(separator: ", "))")
        }
        let type: OptionType
        switch typeName {
        case "string": type = .string
        case "integer": type = .integer
        case "number": type = .number
        case "boolean": type = .boolean
        case "string-list": type = .stringList
        case "path": type = .path
        case "path-list": type = .pathList
        case "choice":
            guard let values = item["values"]?.items?.compactMap(\.stringValue), !values.isEmpty,
                  values.count == item["values"]?.items?.count else {
                throw Invalid(description: "\(place2): a choice needs 'values', a non-empty list of strings")
            }
            type = .choice(values)
        default:
            throw Invalid(description: "\(place2): unknown type '\(typeName)'; valid types: \(optionTypes.joined(separator: ", "))")
        }
        var summary = ""
        if let given = item["summary"] {
            guard let text = given.stringValue else { throw Invalid(description: "\(place2): 'summary' must be a string") }
            summary = text
        }
        var isRequired = false
        if let given = item["required"] {
            guard case .bool(let flag) = given else { throw Invalid(description: "\(place2): 'required' must be true or false") }
            isRequired = flag
        }
        var defaultValue: OptionValue?
        if let given = item["default"], given != .null {
            guard !isRequired else { throw Invalid(description: "\(place2): a required option cannot have a default") }
            guard let value = Self.defaultValue(given, type: type) else {
                throw Invalid(description: "\(place2): the default \(given.jsonText) is not a valid \(type)")
            }
            defaultValue = value
        }
        if isRequired { return .required(name, type, summary: summary) }
        return OptionSpec(name, type, default: defaultValue, summary: summary)
    }

    private static func defaultValue(_ value: JSONValue, type: OptionType) -> OptionValue? {
        switch (type, value) {
        case (.string, .string(let text)), (.path, .string(let text)): return .string(text)
        case (.choice(let values), .string(let text)) where values.contains(text): return .string(text)
        case (.integer, .integer(let number)): return .integer(number)
        case (.number, .integer(let number)): return .number(Double(number))
        case (.number, .number(let number)): return .number(number)
        case (.boolean, .bool(let flag)): return .boolean(flag)
        case (.stringList, .array(let items)), (.pathList, .array(let items)):
            let strings = items.compactMap(\.stringValue)
            return strings.count == items.count ? .list(strings) : nil
        default: return nil
        }
    }
}
