/// How an entity mention was linked to its entity.
public enum EntityLink: UInt8, Sendable, CustomStringConvertible {
    /// The text is a name or alias of the entity.
    case alias
    /// The text is a demonym or adjective of the entity (labelled `NORP`).
    case demonym
    /// A short form (first or last word) of a person named earlier in the same document.
    case shortForm
    /// The unambiguous surname of a person in the gazetteer.
    case surname

    /// The name used in output records.
    public var description: String {
        switch self {
        case .alias: "alias"
        case .demonym: "demonym"
        case .shortForm: "short-form"
        case .surname: "surname"
        }
    }
}

/// One mention of a named entity: where it is, what it is, and which canonical entity it names.
public struct EntityMention: Sendable, Equatable {
    /// The mention's UTF-8 byte span.
    public var span: Span
    /// The mention's type: the entity's type, or `NORP` for a demonym.
    public var label: String
    /// The canonical entity's id.
    public var id: String
    /// The canonical entity's name.
    public var canonical: String
    /// How the mention was linked.
    public var link: EntityLink
    /// Attributes of the entity copied into the mention (name, value), in a fixed order.
    public var attributes: [(String, String)]

    /// A mention.
    public init(span: Span, label: String, id: String, canonical: String, link: EntityLink,
                attributes: [(String, String)] = []) {
        self.span = span
        self.label = label
        self.id = id
        self.canonical = canonical
        self.link = link
        self.attributes = attributes
    }

    /// Mentions are equal when every field is.
    public static func == (lhs: EntityMention, rhs: EntityMention) -> Bool {
        lhs.span == rhs.span && lhs.label == rhs.label && lhs.id == rhs.id && lhs.canonical == rhs.canonical
            && lhs.link == rhs.link && lhs.attributes.elementsEqual(rhs.attributes, by: { $0 == $1 })
    }
}

/// The `entities` layer: non-overlapping entity mentions in text order.
public struct Entities: Layer, Equatable {
    /// The layer key, `entities`.
    public static let id: LayerID = .entities

    /// The mentions, sorted by position, never overlapping.
    public var mentions: [EntityMention]

    /// A layer with the given mentions.
    public init(_ mentions: [EntityMention] = []) { self.mentions = mentions }

    /// Writes `[{"start", "end", "text", "label", "id", "canonical", "link", ...attributes}, ...]`.
    public func writeJSON(to writer: inout JSONWriter, document: Document, offsets: CodePointIndex) {
        writer.beginArray()
        // Texts straight from the document's bytes (no substring per mention).
        document.withUTF8 { text in
            for mention in mentions {
                writer.beginObject()
                writer.writeSpanFields(mention.span, offsets: offsets)
                writer.key("text" as StaticString)
                writer.value(mention.span, in: text)
                writer.key("label" as StaticString)
                writer.value(mention.label)
                writer.key("id" as StaticString)
                writer.value(mention.id)
                writer.key("canonical" as StaticString)
                writer.value(mention.canonical)
                writer.key("link" as StaticString)
                writer.value(mention.link.description)
                for (name, value) in mention.attributes {
                    writer.key(name)
                    writer.value(value)
                }
                writer.endObject()
            }
        }
        writer.endArray()
    }
}
