/// Whether a holder is for or against a target.
public enum StancePolarity: String, Sendable, Equatable, CaseIterable {
    /// Supports, backs, praises, stands with.
    case support
    /// Opposes, condemns, accuses, sanctions.
    case oppose
}

/// What a stance relation was read from.
public enum StanceSource: String, Sendable, Equatable {
    /// A stance cue with the holder as its agent (`Seoul condemned Pyongyang`).
    case cue
    /// The content of a quotation, attributed to its speaker.
    case quote
}

/// One side of a stance relation: a mention of an entity.
public struct StanceParty: Sendable, Equatable {
    /// The mention (or the quote speaker) as written.
    public var span: Span
    /// The entity's id.
    public var entityID: String
    /// The entity's canonical name.
    public var canonical: String

    /// A party.
    public init(span: Span, entityID: String, canonical: String) {
        self.span = span
        self.entityID = entityID
        self.canonical = canonical
    }
}

/// A holder's stance toward a target, read from one sentence.
public struct StanceRelation: Sendable, Equatable {
    /// Who holds the stance.
    public var holder: StanceParty
    /// Whom it is toward.
    public var target: StanceParty
    /// Support or oppose.
    public var polarity: StancePolarity
    /// Strength in `[-1, 1]`: positive for support, negative for oppose.
    public var score: Double
    /// The stance cue as written (`condemned`, `did not condemn`, `stand with`).
    public var cue: Span
    /// The sentence the relation was read from.
    public var evidence: Span
    /// Whether it came from a cue or from a quotation's content.
    public var source: StanceSource
    /// Whether the cue was negated (`did not condemn`), which flipped its polarity.
    public var negated: Bool

    /// A relation.
    public init(holder: StanceParty, target: StanceParty, polarity: StancePolarity, score: Double, cue: Span,
                evidence: Span, source: StanceSource, negated: Bool = false) {
        self.holder = holder
        self.target = target
        self.polarity = polarity
        self.score = score
        self.cue = cue
        self.evidence = evidence
        self.source = source
        self.negated = negated
    }
}

/// The `stance` layer: holder → target relations in text order.
public struct Stances: Layer, Equatable {
    /// The layer key, `stance`.
    public static let id: LayerID = .stance

    /// The relations, sorted by evidence then cue.
    public var relations: [StanceRelation]

    /// A layer with the given relations.
    public init(_ relations: [StanceRelation] = []) { self.relations = relations }

    /// Writes `[{"holder": {...}, "target": {...}, "polarity", "score", "cue": {...}, "evidence": {...},
    /// "source", "negated"}, ...]`; parties carry `start`, `end`, `text`, `entity`, `canonical`.
    public func writeJSON(to writer: inout JSONWriter, document: Document, offsets: CodePointIndex) {
        writer.beginArray()
        document.withUTF8 { text in
            for relation in relations {
                writer.beginObject()
                for (name, party) in [("holder", relation.holder), ("target", relation.target)] {
                    writer.key(name)
                    writer.beginObject()
                    writer.writeSpanFields(party.span, offsets: offsets)
                    writer.key("text" as StaticString)
                    writer.value(party.span, in: text)
                    writer.key("entity" as StaticString)
                    writer.value(party.entityID)
                    writer.key("canonical" as StaticString)
                    writer.value(party.canonical)
                    writer.endObject()
                }
                writer.key("polarity" as StaticString)
                writer.value(relation.polarity.rawValue)
                writer.key("score" as StaticString)
                writer.value((relation.score * 1000).rounded() / 1000)
                writer.key("cue" as StaticString)
                writer.beginObject()
                writer.writeSpanFields(relation.cue, offsets: offsets)
                writer.key("text" as StaticString)
                writer.value(relation.cue, in: text)
                writer.endObject()
                writer.key("evidence" as StaticString)
                writer.spanObject(relation.evidence, offsets: offsets)
                writer.key("source" as StaticString)
                writer.value(relation.source.rawValue)
                writer.key("negated" as StaticString)
                writer.value(relation.negated)
                writer.endObject()
            }
        }
        writer.endArray()
    }
}
