import NLPCore

/// Finds amounts of money: a currency sign or code, then a number, then an optional scale word.
/// `$1.13bn`, `£600m`, `€5 million` and `USD 2.5 trillion` become a `money` layer.
public struct MoneyStage: Stage {
    /// The options of a `money` entry in a pipeline file.
    public struct Options: StageOptions {
        /// The currency signs to read.
        public var symbols: [String]
        /// Whether ISO codes before amounts count (`USD 5`).
        public var codes: Bool
        /// Amounts below this are left out.
        public var minimum: Double

        enum CodingKeys: String, CodingKey {
            case symbols, codes, minimum = "min-value"
        }

        /// Options with the given values (the defaults are the schema's).
        public init(symbols: [String] = ["$", "£", "€", "¥", "₩", "₽", "₹"], codes: Bool = true, minimum: Double = 0) {
            self.symbols = symbols
            self.codes = codes
            self.minimum = minimum
        }

        /// What `nlp stages` lists and `nlp check` validates.
        public static let schema: [OptionSpec] = [
            OptionSpec("symbols", .stringList, default: .list(["$", "£", "€", "¥", "₩", "₽", "₹"]),
                       summary: "Currency signs to read, of $ £ € ¥ ₩ ₽ ₹."),
            OptionSpec("codes", .boolean, default: .boolean(true),
                       summary: "Also read ISO codes before amounts (USD 5, EUR 2.5 million)."),
            OptionSpec("min-value", .number, default: .number(0),
                       summary: "Leave out amounts whose value is below this."),
        ]
    }

    /// The name in pipeline files.
    public static let name = "money"
    /// One line for `nlp stages`.
    public static let summary = "Amounts of money with their currency and value ($1.13bn, £600m, USD 2.5 trillion)."
    /// Amounts are read from tokens.
    public static let requires: Set<LayerID> = [.tokens]
    /// The layer this stage adds.
    public static let produces: Set<LayerID> = [.money]

    private let symbols: [String: String]
    private let codes: Bool
    private let minimum: Double

    /// Checks the options once, when the pipeline is built; `nlp check` reports a thrown
    /// `StageError` at the option it names.
    public init(options: Options, context: StageContext) throws {
        var symbols: [String: String] = [:]
        for symbol in options.symbols {
            guard let code = Currency.symbols[symbol] else {
                let known = Currency.symbols.keys.sorted().joined(separator: " ")
                throw StageError("unknown currency sign '\(symbol)'; known signs: \(known)", option: "symbols")
            }
            symbols[symbol] = code
        }
        guard options.minimum >= 0 else { throw StageError("'min-value' must not be negative", option: "min-value") }
        self.symbols = symbols
        self.codes = options.codes
        self.minimum = options.minimum
    }

    /// Adds the `money` layer. Called on many threads at once: `self` is never changed.
    public func process(_ document: inout Document, scratch: inout Void) throws {
        let tokens = document[Tokens.self]?.tokens ?? []
        var amounts: [MoneyAmount] = []
        var index = 0
        while index + 1 < tokens.count {
            let first = tokens[index], number = tokens[index + 1]
            guard let currency = currency(of: first, before: number, in: document),
                  var value = Currency.value(of: document.text(of: number.span)) else {
                index += 1
                continue
            }
            var end = number.span.end
            index += 2
            // A scale word after a number that has no suffix: €5 million.
            if index < tokens.count, Currency.isPlainNumber(document.text(of: number.span)),
               let scale = Currency.scaleWords[document.text(of: tokens[index].span).lowercased()] {
                value *= scale
                end = tokens[index].span.end
                index += 1
            }
            if value >= minimum {
                amounts.append(MoneyAmount(span: Span(start: first.span.start, end: end), currency: currency, value: value))
            }
        }
        document[MoneyLayer.self] = MoneyLayer(amounts)
    }

    /// The currency `token` names when it comes right before `number`: a sign touching the
    /// number (`$5`) or an ISO code (`USD 5`).
    private func currency(of token: Token, before number: Token, in document: Document) -> String? {
        let text = String(document.text(of: token.span))
        if let code = symbols[text], number.span.start == token.span.end { return code }
        if codes, Currency.codes.contains(text) { return text }
        return nil
    }
}
