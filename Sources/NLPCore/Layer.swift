/// A typed standoff annotation layer stored on a ``Document``.
///
/// A layer holds spans into the document's text (never copied substrings) and knows how to write
/// itself as the JSON value of its key in an output record, converting offsets with `offsets`.
public protocol Layer: Sendable {
    /// The key of this layer in the document and in output records.
    static var id: LayerID { get }

    /// Writes this layer as one JSON value (array or object). Spans must be converted with
    /// `offsets.codePoints(_:)`, so that output offsets are code points.
    func writeJSON(to writer: inout JSONWriter, document: Document, offsets: CodePointIndex)
}
