/// The `sentences` layer: one span per sentence, in text order, without surrounding whitespace.
public struct Sentences: Layer, Equatable {
    /// The layer key, `sentences`.
    public static let id: LayerID = .sentences

    /// Sentence spans in UTF-8 bytes, sorted and non-overlapping.
    public var spans: [Span]

    /// A layer with the given sentence spans.
    public init(_ spans: [Span] = []) { self.spans = spans }

    /// Writes `[{"start": s, "end": e}, ...]` in code points.
    public func writeJSON(to writer: inout JSONWriter, document: Document, offsets: CodePointIndex) {
        writer.beginArray()
        for span in spans { writer.spanObject(span, offsets: offsets) }
        writer.endArray()
    }
}
