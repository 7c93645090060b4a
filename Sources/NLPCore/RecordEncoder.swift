/// Encodes output records: one JSON object per line, offsets in code points.
public enum RecordEncoder {
    /// The record of an annotated document: `id`, `text`, then each layer in the order it was added.
    public static func encode(_ document: Document, includeText: Bool = true) -> EncodedRecord {
        var writer = JSONWriter(capacity: document.utf8Count * 4 + 256)
        let offsets = CodePointIndex(document.text)
        writer.beginObject()
        writer.key("id")
        writer.value(document.id)
        if includeText {
            writer.key("text")
            writer.value(document.text)
        }
        for id in document.layerOrder {
            guard let layer = document.layer(id) else { continue }
            writer.key(id.rawValue)
            layer.writeJSON(to: &writer, document: document, offsets: offsets)
        }
        writer.endObject()
        writer.newline()
        return writer.record
    }

    /// The record of a document that failed: `{"id", "source", "error": {"stage", "message"}}`.
    public static func encodeFailure(id: String, source: String, failure: DocumentFailure) -> EncodedRecord {
        var writer = JSONWriter(capacity: 256)
        writer.beginObject()
        writer.key("id")
        writer.value(id)
        writer.key("source")
        writer.value(source)
        writer.key("error")
        writer.beginObject()
        writer.key("stage")
        writer.value(failure.stage)
        writer.key("message")
        writer.value(failure.message)
        writer.endObject()
        writer.endObject()
        writer.newline()
        return writer.record
    }
}
