import NLPCore

/// Splits on spaces into word tokens; fails on documents containing "FAIL".
struct SpaceTokenizer: Stage {
    struct Options: StageOptions {
        static let schema: [OptionSpec] = []
    }
    static let name = "space-tokenizer"
    static let summary = "Splits on spaces (test stage)."
    static let requires: Set<LayerID> = []
    static let produces: Set<LayerID> = [.tokens]

    init(options: Options, context: StageContext) {}

    func process(_ document: inout Document, scratch: inout Void) throws {
        if document.text.contains("FAIL") { throw StageError("asked to fail") }
        var tokens: [Token] = []
        var start: Int?
        for (offset, byte) in document.text.utf8.enumerated() {
            if byte == 0x20 || byte == 0x0A {
                if let begin = start { tokens.append(Token(span: Span(begin..<offset), kind: .word)) }
                start = nil
            } else if start == nil {
                start = offset
            }
        }
        if let begin = start { tokens.append(Token(span: Span(begin..<document.utf8Count), kind: .word)) }
        document[Tokens.self] = Tokens(tokens)
    }
}

/// Counts how many documents each worker saw, through its scratch (test stage needing tokens).
struct NeedsTokens: Stage {
    struct Options: StageOptions { static let schema: [OptionSpec] = [] }
    final class Counter { var seen = 0 }
    static let name = "needs-tokens"
    static let summary = "Requires tokens (test stage)."
    static let requires: Set<LayerID> = [.tokens]
    static let produces: Set<LayerID> = []

    init(options: Options, context: StageContext) {}
    func makeScratch() throws -> Counter { Counter() }
    func process(_ document: inout Document, scratch: inout Counter) throws { scratch.seen += 1 }
}
