import NLPCore

extension Gazetteer {
    /// Options of the `gazetteer` stage.
    public struct Options: StageOptions, Equatable {
        /// Gazetteer files, in order; a later file's entity replaces an earlier one with the same id.
        public var lists: [String]
        /// Default case rule for aliases without a prefix: `smart`, `sensitive` or `insensitive`.
        public var caseMode: String
        /// Attribute columns copied into each mention.
        public var attributes: [String]
        /// Whether a person's first or last name alone links to the person named earlier in the document.
        public var shortForms: Bool
        /// Whether an unambiguous surname alone links to its person.
        public var surnames: Bool
        /// `skip` (default) drops a place or demonym that is part of a longer unknown name
        /// (`Edinburgh University`); `keep` emits it.
        public var insideNames: String

        enum CodingKeys: String, CodingKey {
            case lists, caseMode = "case", attributes, shortForms = "short-forms", surnames, insideNames = "inside-names"
        }

        /// Options with the given values.
        public init(lists: [String], caseMode: String = "smart", attributes: [String] = [],
                    shortForms: Bool = true, surnames: Bool = true, insideNames: String = "skip") {
            self.lists = lists
            self.caseMode = caseMode
            self.attributes = attributes
            self.shortForms = shortForms
            self.surnames = surnames
            self.insideNames = insideNames
        }

        /// The options' schema.
        public static let schema: [OptionSpec] = [
            .required("lists", .pathList, summary: "gazetteer files (TSV, see docs/gazetteers.md); later files override earlier ones"),
            OptionSpec("case", .choice(["smart", "sensitive", "insensitive"]), default: .string("smart"),
                       summary: "default case rule for aliases with no '=' or '~' prefix"),
            OptionSpec("attributes", .stringList, default: .list([]),
                       summary: "gazetteer columns copied into each mention, e.g. [wikidata]"),
            OptionSpec("short-forms", .boolean, default: .boolean(true),
                       summary: "link a bare first or last name to the person named in full earlier in the document"),
            OptionSpec("surnames", .boolean, default: .boolean(true),
                       summary: "link a bare surname that belongs to one person in the gazetteers"),
            OptionSpec("inside-names", .choice(["skip", "keep"]), default: .string("skip"),
                       summary: "skip places and demonyms inside longer unknown names (Edinburgh University)"),
        ]
    }
}
