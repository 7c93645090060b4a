import NLPCore

extension StanceStage {
    /// Options of the `stance` stage.
    public struct Options: StageOptions, Equatable {
        /// The cue lexicon; nil means `lexicons/stance.tsv` next to the pipeline file.
        public var lexicon: String?
        /// More lexicon files in the same format, read after `lexicon`.
        public var extraLexicons: [String]
        /// Entity labels that can hold or receive a stance.
        public var labels: [String]
        /// Whether quotations (from the `quotes` stage) make their speakers holders.
        public var quotes: Bool

        enum CodingKeys: String, CodingKey {
            case lexicon, extraLexicons = "extra-lexicons", labels, quotes
        }

        /// Options with the given values.
        public init(lexicon: String? = nil, extraLexicons: [String] = [], labels: [String] = Self.defaultLabels,
                    quotes: Bool = true) {
            self.lexicon = lexicon
            self.extraLexicons = extraLexicons
            self.labels = labels
            self.quotes = quotes
        }

        /// Where the lexicon is looked for when `lexicon` is not given, relative to the pipeline file.
        public static let defaultLexicon = "lexicons/stance.tsv"
        /// People, organisations, countries and cities, and nationalities (`NORP`, linked to their country).
        public static let defaultLabels = ["PERSON", "ORG", "GPE", "NORP"]

        /// `lexicon`, `extra-lexicons`, `labels` and `quotes`.
        public static let schema: [OptionSpec] = [
            OptionSpec("lexicon", .path, summary: "stance cue lexicon (TSV, docs/stance.md); "
                       + "default: \(defaultLexicon) next to the pipeline file, as in pipelines/"),
            OptionSpec("extra-lexicons", .pathList, default: .list([]), summary: "more cue files in the same format"),
            OptionSpec("labels", .stringList, default: .list(defaultLabels),
                       summary: "entity labels that can hold or receive a stance"),
            OptionSpec("quotes", .boolean, default: .boolean(true),
                       summary: "read quotations' content as their speaker's stance (needs the quotes stage first)"),
        ]
    }
}
