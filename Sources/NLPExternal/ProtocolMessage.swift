import NLPCore

/// The lines the runtime writes to an external stage's stdin (see docs/external-stages.md).
enum ProtocolMessage {
    /// `{"type":"hello","protocol":1}`
    static func hello() -> [[UInt8]] {
        [Array("{\"type\":\"hello\",\"protocol\":\(StageDeclaration.protocolVersion)}\n".utf8)]
    }

    /// `{"type":"configure","options":{...}}`
    static func configure(options: JSONValue) -> [[UInt8]] {
        var writer = JSONWriter()
        writer.beginObject()
        writer.key("type" as StaticString)
        writer.value("configure" as StaticString)
        writer.key("options" as StaticString)
        options.write(to: &writer)
        writer.endObject()
        writer.newline()
        return writer.record.chunks
    }

    /// `{"type":"document","id":...,"text":...,"layers":{...}}`, the required layers in code points.
    /// Throws if the document lacks one of them.
    static func document(_ document: Document, layers: [LayerID]) throws(StageError) -> [[UInt8]] {
        var writer = JSONWriter(capacity: document.utf8Count + 128)
        writer.beginObject()
        writer.key("type" as StaticString)
        writer.value("document" as StaticString)
        writer.key("id" as StaticString)
        writer.value(document.id)
        writer.key("text" as StaticString)
        writer.value(document.text)
        writer.key("layers" as StaticString)
        writer.beginObject()
        if !layers.isEmpty {
            let offsets = CodePointIndex(document.text)
            for id in layers {
                guard let layer = document.layer(id) else {
                    throw StageError("the document has no '\(id)' layer, which the stage requires")
                }
                writer.key(id.rawValue)
                layer.writeJSON(to: &writer, document: document, offsets: offsets)
            }
        }
        writer.endObject()
        writer.endObject()
        writer.newline()
        return writer.record.chunks
    }
}
