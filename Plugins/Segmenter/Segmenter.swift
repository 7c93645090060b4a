import CICU
import NLPCore

/// Splits text into sentences and tokens with ICU, plus English rules for abbreviations, line
/// breaks and clitics.
///
/// ```swift
/// let segmenter = try Segmenter(options: .init(), context: .init())
/// var scratch = try segmenter.makeScratch()
/// var document = Document(id: "1", text: "Mr. Putin met Kim. They talked.")
/// try segmenter.process(&document, scratch: &scratch)
/// document[Sentences.self]?.spans.count  // 2
/// ```
///
/// Sentences come from ICU's sentence iterator, trimmed, then corrected by English rules:
/// abbreviations ("U.S.", "Mr.", "Sept. 13") do not end sentences, a blank line always
/// does, and a single line break ends one after a headline or heading but not inside hard-wrapped
/// prose. Tokens come from ICU's word iterator with Penn Treebank conventions (`do` + `n't`,
/// `Russia` + `’s`, `U.S.` whole). All spans are UTF-8 byte offsets.
public struct Segmenter: Stage {
    /// `segmenter`.
    public static let name = "segmenter"
    /// One line for `nlp stages`.
    public static let summary = "Splits text into sentences and word, number and punctuation tokens (ICU + English rules)."
    /// Nothing.
    public static let requires: Set<LayerID> = []
    /// Sentences and tokens.
    public static let produces: Set<LayerID> = [.sentences, .tokens]

    /// The options this stage was built with.
    public let options: Options
    private let abbreviations: Abbreviations

    /// Builds the segmenter; throws a ``StageError`` for an unknown locale, an unusable abbreviation
    /// or an ICU failure.
    public init(options: Options, context: StageContext) throws {
        var reason = [CChar](repeating: 0, count: 128)
        let valid = reason.withUnsafeMutableBufferPointer { nlp_locale_check(options.locale, $0.baseAddress, $0.count) }
        guard valid != 0 else {
            let message = reason.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
            throw StageError("segmenter: invalid locale '\(options.locale)': \(message); use a language code such as 'en' or 'en_US'")
        }
        do {
            abbreviations = try Abbreviations(extra: options.abbreviations)
        } catch {
            let words = error.words.map { "'\($0)'" }.joined(separator: ", ")
            throw StageError("segmenter: unusable abbreviations \(words): each must be ASCII letters and periods, at most \(WordKey.maxLength) characters")
        }
        self.options = options
        _ = try SegmenterScratch(locale: options.locale)
    }

    /// A worker's own ICU sentence and word breakers.
    public func makeScratch() throws -> SegmenterScratch {
        try SegmenterScratch(locale: options.locale)
    }

    /// Sets the document's `sentences` and `tokens` layers.
    public func process(_ document: inout Document, scratch: inout SegmenterScratch) throws {
        guard document.utf8Count < Int(Int32.max) else {
            throw StageError("segmenter: the text is \(document.utf8Count) bytes; at most 2 GiB is supported")
        }
        let (sentences, tokens) = try document.withUTF8 { buffer -> ([Span], [Token]) in
            let text = TextBytes(buffer)
            if buffer.isEmpty { return ([], []) }
            try scratch.sentenceBreaker.setText(buffer)
            let sentences = SentenceSplitter.sentences(in: text, abbreviations: abbreviations,
                                                       breaker: scratch.sentenceBreaker, scratch: scratch)
            if sentences.isEmpty { return ([], []) }
            try scratch.wordBreaker.setText(buffer)
            let tokens = Tokenizer.tokens(in: text, sentences: sentences, abbreviations: abbreviations,
                                          breaker: scratch.wordBreaker, scratch: scratch)
            return (sentences, tokens)
        }
        document[Sentences.self] = Sentences(sentences)
        document[Tokens.self] = Tokens(tokens)
    }
}
