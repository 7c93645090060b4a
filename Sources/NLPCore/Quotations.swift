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
                    let quote = quotations.baseAddress! + index
                    // Three pieces: the fields before the text, the text (often a long sentence:
                    // escaped straight into the record, with no temporary buffer), the rest.
                    writer.composed(bound: Self.headBound) { Self.composeHead(quote, into: &$0, offsets: offsets) }
                    writer.continueString(quote.pointee.span, in: text)
                    writer.continueComposed(bound: Self.tailBound(of: quote)) { Self.composeTail(quote, text: text, into: &$0, offsets: offsets) }
                }
            }
        }
        writer.endArray()
    }

    /// The buffer `composeHead` needs: its literals and two numbers.
    private static let headBound = 64 + 2 * JSONComposer.numberBound

    /// `{"start":S,"end":E,"kind":"K","text":`.
    private static func composeHead(_ quote: UnsafePointer<Quotation>, into json: inout JSONComposer, offsets: CodePointIndex) {
        json.literal("{")
        json.spanFields(quote.pointee.span, offsets: offsets)
        switch quote.pointee.kind {
        case .direct: json.literal(",\"kind\":\"direct\",\"text\":")
        case .partial: json.literal(",\"kind\":\"partial\",\"text\":")
        case .reported: json.literal(",\"kind\":\"reported\",\"text\":")
        }
    }

    /// The buffer `composeTail` needs: its fixed parts, numbers and escaped texts at their longest.
    private static func tailBound(of quote: UnsafePointer<Quotation>) -> Int {
        var bound = 300 + 5 * JSONComposer.numberBound
        if let cue = quote.pointee.cue { bound += JSONComposer.bound(ofString: Int(cue.length)) }
        if let speaker = quote.pointee.speaker {
            bound += JSONComposer.bound(ofString: Int(speaker.span.length))
            if let entity = speaker.entityID {
                bound += JSONComposer.bound(ofString: entity.utf8.count)
                    + JSONComposer.bound(ofString: (speaker.canonical ?? entity).utf8.count)
            }
        }
        return bound
    }

    /// The cue, the speaker and the confidence, and the closing brace; texts straight from the
    /// document's bytes (no substrings).
    private static func composeTail(_ quote: UnsafePointer<Quotation>, text: UnsafeBufferPointer<UInt8>,
                                    into json: inout JSONComposer, offsets: CodePointIndex) {
        if let cue = quote.pointee.cue {
            json.literal(",\"cue\":{")
            json.spanFields(cue, offsets: offsets)
            json.literal(",\"text\":")
            json.string(cue, in: text)
            json.literal("}")
        }
        if let span = quote.pointee.speaker?.span {
            json.literal(",\"speaker\":{")
            json.spanFields(span, offsets: offsets)
            json.literal(",\"text\":")
            json.string(span, in: text)
            if let entity = quote.pointee.speaker?.entityID {
                json.literal(",\"entity\":")
                json.string(entity)
                json.literal(",\"canonical\":")
                json.string(quote.pointee.speaker?.canonical ?? entity)
            }
            json.literal("}")
        }
        json.literal(",\"confidence\":")
        json.hundredths(quote.pointee.confidence)
        json.literal("}")
    }
}
