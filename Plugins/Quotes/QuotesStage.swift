import NLPCore

/// Finds who said what: direct and partial quotations between quotation marks and reported speech,
/// each with its cue and speaker, the speaker linked to an entity mention when one can be found.
///
/// Rules and output: docs/quotes.md.
public struct QuotesStage: Stage {
    /// `quotes`.
    public static let name = "quotes"
    /// One line for `nlp stages`.
    public static let summary = "Finds direct, partial and reported speech with cue and speaker, linked to entities."
    /// Sentences, tokens and entities.
    public static let requires: Set<LayerID> = [.sentences, .tokens, .entities]
    /// Quotes.
    public static let produces: Set<LayerID> = [.quotes]

    /// Options of the `quotes` stage.
    public struct Options: StageOptions, Equatable {
        /// Extra cue words (any inflection), added to the built-in speech verbs.
        public var extraCues: [String]
        /// Whether to find reported (indirect) speech too.
        public var reported: Bool

        enum CodingKeys: String, CodingKey { case extraCues = "extra-cues", reported }

        /// Options with the given values.
        public init(extraCues: [String] = [], reported: Bool = true) {
            self.extraCues = extraCues
            self.reported = reported
        }

        /// The options' schema.
        public static let schema: [OptionSpec] = [
            OptionSpec("extra-cues", .stringList, default: .list([]),
                       summary: "more speech verbs, in every form wanted, e.g. [grumbled, quipped]"),
            OptionSpec("reported", .boolean, default: .boolean(true), summary: "also find reported (indirect) speech"),
        ]
    }

    /// The options this stage was built with.
    public let options: Options
    let lexicon: CueLexicon

    /// Builds the stage and its cue lexicon.
    public init(options: Options, context: StageContext) throws {
        if let bad = options.extraCues.first(where: { $0.contains(" ") || $0.isEmpty }) {
            throw StageError("quotes: extra cue '\(bad)' must be one word")
        }
        self.options = options
        self.lexicon = CueLexicon(extra: options.extraCues)
    }

    /// A worker's reusable buffers.
    public func makeScratch() -> QuotesScratch { QuotesScratch() }

    /// Sets the document's `quotes` layer.
    public func process(_ document: inout Document, scratch: inout QuotesScratch) throws {
        let tokens = document[Tokens.self]?.tokens ?? []
        let sentences = document[Sentences.self]?.spans ?? []
        let mentions = document[Entities.self]?.mentions ?? []
        let buffers = scratch.prepare(tokens: tokens.count)
        let quotations = document.withUTF8 { bytes in
            tokens.withUnsafeBufferPointer { tokens in
                Attributor(view: TextView(bytes: bytes, tokens: tokens, sentences: sentences, mentions: mentions, classes: buffers.classes),
                           lexicon: lexicon, cueLengths: buffers.cueLengths, reported: options.reported).attributions()
            }
        }
        document[Quotes.self] = Quotes(quotations)
    }
}
