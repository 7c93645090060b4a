import NLPCore

extension SentimentStage {
    /// Options of the `sentiment` stage.
    public struct Options: StageOptions, Equatable {
        /// The VADER lexicon file; nil means `lexicons/vader_lexicon.txt` next to the pipeline file.
        public var lexicon: String?
        /// The emoji lexicon file; nil means `lexicons/emoji_utf8_lexicon.txt` next to the pipeline file.
        public var emojiLexicon: String?

        enum CodingKeys: String, CodingKey {
            case lexicon, emojiLexicon = "emoji-lexicon"
        }

        /// Options with the given files (nil: the default next to the pipeline file).
        public init(lexicon: String? = nil, emojiLexicon: String? = nil) {
            self.lexicon = lexicon
            self.emojiLexicon = emojiLexicon
        }

        /// Where the lexicon is looked for when `lexicon` is not given, relative to the pipeline file.
        public static let defaultLexicon = "lexicons/vader_lexicon.txt"
        /// Where the emoji lexicon is looked for when `emoji-lexicon` is not given.
        public static let defaultEmojiLexicon = "lexicons/emoji_utf8_lexicon.txt"

        /// `lexicon` and `emoji-lexicon`.
        public static let schema: [OptionSpec] = [
            OptionSpec("lexicon", .path, summary: "VADER lexicon (vader_lexicon.txt); "
                       + "default: \(defaultLexicon) next to the pipeline file, as in pipelines/"),
            OptionSpec("emoji-lexicon", .path, summary: "VADER emoji lexicon (emoji_utf8_lexicon.txt); "
                       + "default: \(defaultEmojiLexicon) next to the pipeline file"),
        ]
    }
}
