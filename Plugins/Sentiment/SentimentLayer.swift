import NLPCore

/// The scores of one sentence.
public struct SentenceSentiment: Sendable, Equatable {
    /// The sentence's UTF-8 byte span.
    public var span: Span
    /// VADER's scores of the sentence text.
    public var scores: SentimentScores

    /// A scored sentence.
    public init(span: Span, scores: SentimentScores) {
        self.span = span
        self.scores = scores
    }
}

/// The `sentiment` layer: VADER scores per sentence and for the whole document.
///
/// Written as `{"document": {"compound", "pos", "neu", "neg"}, "sentences": [{"start", "end",
/// "compound", "pos", "neu", "neg"}, ...]}`, offsets in code points.
public struct SentimentLayer: Layer, Equatable {
    /// The layer key, `sentiment`.
    public static let id: LayerID = .sentiment

    /// The document's scores: the mean of the sentences' scores (see ``documentScores(_:)``).
    public var document: SentimentScores
    /// One entry per sentence of the `sentences` layer, in order.
    public var sentences: [SentenceSentiment]

    /// A layer with the given sentences, and document scores computed from them.
    public init(sentences: [SentenceSentiment]) {
        self.sentences = sentences
        self.document = Self.documentScores(sentences.lazy.map(\.scores))
    }

    /// The document's scores: each of the four is the unweighted mean of the sentences' (rounded)
    /// scores, rounded to four decimals; all zeros when there is no sentence. This is how
    /// vaderSentiment's author averages sentences into a paragraph score.
    public static func documentScores(_ sentences: some Collection<SentimentScores>) -> SentimentScores {
        guard !sentences.isEmpty else { return .zero }
        var sum = SentimentScores.zero
        for scores in sentences {
            sum.compound += scores.compound
            sum.pos += scores.pos
            sum.neu += scores.neu
            sum.neg += scores.neg
        }
        let count = Double(sentences.count)
        return SentimentScores(compound: PythonRounding.round(sum.compound / count, digits: 4),
                               pos: PythonRounding.round(sum.pos / count, digits: 4),
                               neu: PythonRounding.round(sum.neu / count, digits: 4),
                               neg: PythonRounding.round(sum.neg / count, digits: 4))
    }

    /// Writes the layer's JSON object, sentence offsets in code points.
    public func writeJSON(to writer: inout JSONWriter, document: Document, offsets: CodePointIndex) {
        let perSentence = 2 * 20 + 20 + ScoreFormatter.maxFieldBytes
        let capacity = 48 + ScoreFormatter.maxFieldBytes + sentences.count * perSentence
        let identity = offsets.isIdentity   // ASCII text: byte offsets are code points
        let bytes = ScoreFormatter.decimals.withUnsafeBufferPointer { table in
            [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
                var out = ScoreFormatter(cursor: buffer.baseAddress!, table: table.baseAddress!)
                out.append("{\"document\":{")
                out.appendFields(self.document, leadingComma: false)
                out.append("},\"sentences\":[")
                for (index, sentence) in sentences.enumerated() {
                    if index > 0 { out.append(UInt8(ascii: ",")) }
                    out.append("{\"start\":")
                    out.appendInteger(identity ? Int(sentence.span.start) : offsets.codePoints(sentence.span.start))
                    out.append(",\"end\":")
                    out.appendInteger(identity ? Int(sentence.span.end) : offsets.codePoints(sentence.span.end))
                    out.appendFields(sentence.scores, leadingComma: true)
                    out.append(UInt8(ascii: "}"))
                }
                out.append("]}")
                count = out.cursor - buffer.baseAddress!
            }
        }
        writer.raw(bytes)
    }
}
