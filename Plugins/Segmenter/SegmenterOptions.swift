import NLPCore

extension Segmenter {
    /// Options of the `segmenter` stage.
    public struct Options: StageOptions, Equatable {
        /// The ICU locale of the break iterators, such as `en` or `en_US`.
        public var locale: String
        /// Extra abbreviations after which a period never ends a sentence (`Gen`, `approx.`, `Ph.D.`).
        public var abbreviations: [String]

        /// Options with the given values; the defaults are English with the built-in abbreviations.
        public init(locale: String = "en", abbreviations: [String] = []) {
            self.locale = locale
            self.abbreviations = abbreviations
        }

        /// `locale` and `abbreviations`.
        public static let schema: [OptionSpec] = [
            OptionSpec("locale", .string, default: .string("en"),
                       summary: "ICU locale of the sentence and word break iterators, e.g. en or en_US"),
            OptionSpec("abbreviations", .stringList, default: .list([]),
                       summary: "extra abbreviations whose period never ends a sentence, e.g. [Gen, approx]"),
        ]
    }
}
