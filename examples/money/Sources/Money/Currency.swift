/// Currency signs and codes the `money` stage reads, and the scale words after an amount.
enum Currency {
    /// Signs written before an amount, with their ISO 4217 codes.
    static let symbols: [String: String] = [
        "$": "USD", "£": "GBP", "€": "EUR", "¥": "JPY", "₩": "KRW", "₽": "RUB", "₹": "INR",
    ]

    /// ISO 4217 codes read before an amount (`USD 5`).
    static let codes: Set<String> = ["USD", "EUR", "GBP", "JPY", "CNY", "KRW", "RUB", "INR", "CHF", "CAD", "AUD"]

    /// Scale words written after an amount (`5 million`).
    static let scaleWords: [String: Double] = [
        "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    ]

    /// Scale suffixes attached to an amount (`600m`, `1.13bn`).
    static let scaleSuffixes: [String: Double] = [
        "": 1, "k": 1e3, "m": 1e6, "mn": 1e6, "bn": 1e9, "b": 1e9, "tn": 1e12, "trn": 1e12,
    ]

    /// Whether a token is digits with separators only (no scale suffix).
    static func isPlainNumber(_ token: Substring) -> Bool {
        token.allSatisfy { $0.isASCII && ($0.isNumber || $0 == "," || $0 == ".") }
    }

    /// The value of a number token such as `1,000`, `2.5` or `1.13bn`, scale suffix applied;
    /// `nil` if the token is not a number.
    static func value(of token: Substring) -> Double? {
        let digits = token.prefix { $0.isASCII && ($0.isNumber || $0 == "," || $0 == ".") }
        guard let first = digits.first, first.isNumber, digits.last?.isNumber == true,
              let number = Double(digits.filter { $0 != "," }),
              let scale = scaleSuffixes[token.dropFirst(digits.count).lowercased()] else { return nil }
        return number * scale
    }
}
