import NLPCore

extension LayerID {
    /// Amounts of money: `$1.13bn`, `£600m`, `USD 2.5 trillion`.
    public static let money: LayerID = "money"
}

/// The `money` layer: every amount of money in the text, in text order.
public struct MoneyLayer: Layer, Equatable {
    /// The layer's key in documents and output records.
    public static let id: LayerID = .money

    /// The amounts, in text order.
    public var amounts: [MoneyAmount]

    /// A layer holding `amounts`.
    public init(_ amounts: [MoneyAmount] = []) { self.amounts = amounts }

    /// Writes `[{"start": S, "end": E, "text": "£600m", "currency": "GBP", "value": 600000000.0}, ...]`,
    /// offsets in code points.
    public func writeJSON(to writer: inout JSONWriter, document: Document, offsets: CodePointIndex) {
        writer.beginArray()
        for amount in amounts {
            writer.beginObject()
            writer.writeSpanFields(amount.span, offsets: offsets)   // UTF-8 bytes → code points
            writer.key("text")
            writer.value(document.text(of: amount.span))
            writer.key("currency")
            writer.value(amount.currency)
            writer.key("value")
            writer.value(amount.value)
            writer.endObject()
        }
        writer.endArray()
    }
}
