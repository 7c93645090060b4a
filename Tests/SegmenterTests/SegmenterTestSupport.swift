import NLPCore
import Segmenter
import Testing

/// Runs the segmenter on `text` and returns the annotated document.
func segment(_ text: String, options: Segmenter.Options = .init()) throws -> Document {
    var document = Document(id: "t", text: text)
    let segmenter = try Segmenter(options: options, context: .init())
    var scratch = try segmenter.makeScratch()
    try segmenter.process(&document, scratch: &scratch)
    return document
}

/// The sentence texts of `text`.
func sentences(_ text: String, options: Segmenter.Options = .init()) throws -> [String] {
    let document = try segment(text, options: options)
    return (document[Sentences.self]?.spans ?? []).map { String(document.text(of: $0)) }
}

/// The token texts of `text`.
func tokens(_ text: String) throws -> [String] {
    let document = try segment(text)
    return (document[Tokens.self]?.tokens ?? []).map { String(document.text(of: $0.span)) }
}

/// The token texts and kinds of `text`.
func tokenKinds(_ text: String) throws -> [(String, TokenKind)] {
    let document = try segment(text)
    return (document[Tokens.self]?.tokens ?? []).map { (String(document.text(of: $0.span)), $0.kind) }
}

/// Checks every structural promise of the two layers on a segmented document.
func expectWellFormed(_ document: Document, sourceLocation: SourceLocation = #_sourceLocation) {
    let bytes = Array(document.text.utf8)
    func onScalarBoundary(_ offset: Int32) -> Bool {
        offset >= 0 && Int(offset) <= bytes.count && (Int(offset) == bytes.count || bytes[Int(offset)] & 0xC0 != 0x80)
    }
    func isBlank(_ span: Span) -> Bool {
        document.text(of: span).unicodeScalars.allSatisfy { $0.properties.isWhitespace }
    }
    guard let sentences = document[Sentences.self]?.spans, let tokens = document[Tokens.self]?.tokens else {
        Issue.record("missing layers", sourceLocation: sourceLocation)
        return
    }
    var previousEnd: Int32 = 0
    for span in sentences {
        #expect(span.start >= previousEnd && span.start < span.end, "sentence \(span) out of order", sourceLocation: sourceLocation)
        #expect(onScalarBoundary(span.start) && onScalarBoundary(span.end), "sentence \(span) splits a scalar", sourceLocation: sourceLocation)
        let scalars = document.text(of: span).unicodeScalars
        #expect(scalars.first?.properties.isWhitespace == false && scalars.last?.properties.isWhitespace == false,
                "sentence \(span) is not trimmed: \(String(scalars).debugDescription)", sourceLocation: sourceLocation)
        previousEnd = span.end
    }
    previousEnd = 0
    var sentenceIndex = 0
    for token in tokens {
        let span = token.span
        #expect(span.start >= previousEnd && span.start < span.end, "token \(span) out of order", sourceLocation: sourceLocation)
        #expect(onScalarBoundary(span.start) && onScalarBoundary(span.end), "token \(span) splits a scalar", sourceLocation: sourceLocation)
        #expect(!isBlank(span), "token \(span) is whitespace", sourceLocation: sourceLocation)
        while sentenceIndex < sentences.count && sentences[sentenceIndex].end <= span.start { sentenceIndex += 1 }
        #expect(sentenceIndex < sentences.count && sentences[sentenceIndex].contains(span),
                "token \(span) \(document.text(of: span).debugDescription) is not inside one sentence",
                sourceLocation: sourceLocation)
        previousEnd = span.end
    }
}
