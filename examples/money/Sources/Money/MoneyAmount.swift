import NLPCore

/// One amount of money found in a text: where it is, its currency and its value.
public struct MoneyAmount: Equatable, Sendable {
    /// From the currency sign or code to the end of the number or scale word, in UTF-8 bytes.
    public var span: Span
    /// The ISO 4217 code: `USD`, `GBP`, ...
    public var currency: String
    /// The value with its scale applied: `$1.13bn` is 1_130_000_000.
    public var value: Double

    /// An amount.
    public init(span: Span, currency: String, value: Double) {
        self.span = span
        self.currency = currency
        self.value = value
    }
}
