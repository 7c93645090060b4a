/// What kind of attribution a quotation is.
public enum QuoteKind: String, Sendable {
    /// A whole quoted utterance (`“We will win,” he said.`).
    case direct
    /// A quoted fragment inside a sentence, or a quotation with no speaker (scare quotes).
    case partial
    /// Indirect speech (`X said that ...`, `X accused Y of ...`, `according to X, ...`).
    case reported
}

/// Who said a quotation: the span that says it, and the entity it was linked to, if any.
public struct QuoteSpeaker: Sendable, Equatable {
    /// The speaker as written: a name, a title and name, a description or a pronoun.
    public var span: Span
    /// The linked entity's id, when one was found.
    public var entityID: String?
    /// The linked entity's canonical name.
    public var canonical: String?

    /// A speaker span, linked or not.
    public init(span: Span, entityID: String? = nil, canonical: String? = nil) {
        self.span = span
        self.entityID = entityID
        self.canonical = canonical
    }
}

/// One attribution: the content, its kind, the cue and the speaker.
public struct Quotation: Sendable, Equatable {
    /// The content; for direct and partial quotes, including the quotation marks.
    public var span: Span
    /// Direct, partial or reported.
    public var kind: QuoteKind
    /// The speech verb or phrase (`said`, `according to`), if found.
    public var cue: Span?
    /// Who said it, if found.
    public var speaker: QuoteSpeaker?
    /// How sure the attribution is, from 0 to 1.
    public var confidence: Double

    /// An attribution.
    public init(span: Span, kind: QuoteKind, cue: Span? = nil, speaker: QuoteSpeaker? = nil, confidence: Double) {
        self.span = span
        self.kind = kind
        self.cue = cue
        self.speaker = speaker
        self.confidence = confidence
    }
}

/// The `quotes` layer: attributions in text order.
public struct Quotes: Layer, Equatable {
    /// The layer key, `quotes`.
    public static let id: LayerID = .quotes

    /// The attributions, sorted by start.
    public var quotations: [Quotation]

    /// A layer with the given attributions.
    public init(_ quotations: [Quotation] = []) { self.quotations = quotations }

    /// Writes `[{"start", "end", "kind", "text", "cue": {...}, "speaker": {...}, "confidence"}, ...]`.
    public func writeJSON(to writer: inout JSONWriter, document: Document, offsets: CodePointIndex) {
        writer.beginArray()
        document.withUTF8 { text in
            quotations.withUnsafeBufferPointer { quotations in
                for index in quotations.indices {
                    Self.write(quotations.baseAddress! + index, text: text, to: &writer, offsets: offsets)
                }
            }
        }
        writer.endArray()
    }

    /// One attribution; texts are written straight from the document's bytes (no substrings).
    private static func write(_ quote: UnsafePointer<Quotation>, text: UnsafeBufferPointer<UInt8>,
                              to writer: inout JSONWriter, offsets: CodePointIndex) {
        switch quote.pointee.kind {
        case .direct: writer.spanFields(head: "{", quote.pointee.span, offsets: offsets, tail: ",\"kind\":\"direct\",\"text\":")
        case .partial: writer.spanFields(head: "{", quote.pointee.span, offsets: offsets, tail: ",\"kind\":\"partial\",\"text\":")
        case .reported: writer.spanFields(head: "{", quote.pointee.span, offsets: offsets, tail: ",\"kind\":\"reported\",\"text\":")
        }
        writer.value(quote.pointee.span, in: text)
        if let cue = quote.pointee.cue {
            writer.spanFields(head: "\"cue\":{", cue, offsets: offsets, tail: ",\"text\":")
            writer.value(cue, in: text)
            writer.endObject()
        }
        if let span = quote.pointee.speaker?.span {
            writer.spanFields(head: "\"speaker\":{", span, offsets: offsets, tail: ",\"text\":")
            writer.value(span, in: text)
            if let entity = quote.pointee.speaker?.entityID {
                writer.key("entity" as StaticString)
                writer.value(entity)
                writer.key("canonical" as StaticString)
                writer.value(quote.pointee.speaker?.canonical ?? entity)
            }
            writer.endObject()
        }
        writer.key("confidence" as StaticString)
        writer.hundredths(quote.pointee.confidence)
        writer.endObject()
    }
}
