import NLPCore

/// A layer an external stage produced: the JSON it returned, with every span held as UTF-8 byte
/// offsets like any other layer and written back as code points.
///
/// A span is any object with whole-number members `start` and `end` (at any depth), so nested
/// spans such as a quote's `cue` are converted too. Stored with `Document.set(_:as:)` under the
/// layer's own name; read it with `document.layer(id) as? JSONLayer`.
public struct JSONLayer: Layer {
    /// Unused: a JSON layer is stored under the name the stage declared, not under a fixed id.
    public static let id: LayerID = "json"

    /// The layer's value, spans in UTF-8 bytes.
    public let value: JSONValue

    /// A layer holding `value`, whose spans are already UTF-8 byte offsets.
    public init(utf8Value value: JSONValue) { self.value = value }

    /// Writes the value, converting each span's offsets to code points.
    public func writeJSON(to writer: inout JSONWriter, document: Document, offsets: CodePointIndex) {
        Self.write(value, to: &writer, offsets: offsets)
    }

    private static func write(_ value: JSONValue, to writer: inout JSONWriter, offsets: CodePointIndex) {
        switch value {
        case .array(let items):
            writer.beginArray()
            for item in items { write(item, to: &writer, offsets: offsets) }
            writer.endArray()
        case .object(let members):
            let isSpan = value["start"]?.integerValue != nil && value["end"]?.integerValue != nil
            writer.beginObject()
            for member in members {
                writer.key(member.key)
                if isSpan, member.key == "start" || member.key == "end", let offset = member.value.integerValue {
                    writer.value(offsets.codePoints(offset))
                } else {
                    write(member.value, to: &writer, offsets: offsets)
                }
            }
            writer.endObject()
        default:
            value.write(to: &writer)
        }
    }
}
