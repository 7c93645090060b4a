/// What a token is made of.
public enum TokenKind: UInt8, Sendable, CaseIterable, CustomStringConvertible {
    /// Letters (and marks, ideographs, kana), including clitics such as `’s` and `n't`.
    case word
    /// Digits, with their internal separators (`1,000.5`).
    case number
    /// Anything else that is not whitespace: punctuation and symbols.
    case punctuation

    /// The name used in output records.
    public var description: String {
        switch self {
        case .word: "word"
        case .number: "number"
        case .punctuation: "punctuation"
        }
    }
}

/// One token: a span and its kind.
public struct Token: Hashable, Sendable {
    /// The token's UTF-8 byte span.
    public var span: Span
    /// What the token is made of.
    public var kind: TokenKind

    /// A token with the given span and kind.
    @inlinable
    public init(span: Span, kind: TokenKind) {
        self.span = span
        self.kind = kind
    }
}

/// The `tokens` layer: every non-whitespace token in text order.
public struct Tokens: Layer, Equatable {
    /// The layer key, `tokens`.
    public static let id: LayerID = .tokens

    /// Tokens sorted by position, non-overlapping; whitespace is never a token.
    public var tokens: [Token]

    /// A layer with the given tokens.
    public init(_ tokens: [Token] = []) { self.tokens = tokens }

    /// Writes `[{"start": s, "end": e, "kind": "word"}, ...]` in code points.
    public func writeJSON(to writer: inout JSONWriter, document: Document, offsets: CodePointIndex) {
        writer.beginArray()
        for token in tokens {
            switch token.kind {
            case .word: writer.spanObject(token.span, offsets: offsets, tail: ",\"kind\":\"word\"}")
            case .number: writer.spanObject(token.span, offsets: offsets, tail: ",\"kind\":\"number\"}")
            case .punctuation: writer.spanObject(token.span, offsets: offsets, tail: ",\"kind\":\"punctuation\"}")
            }
        }
        writer.endArray()
    }
}
