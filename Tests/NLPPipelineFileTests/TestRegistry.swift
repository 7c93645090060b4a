import NLPCore

/// Stand-ins with the shape of real stages, so diagnostics can be tested independently of them.
enum TestRegistry {
    struct Tokenizer: Stage {
        struct Options: StageOptions {
            var locale: String
            static let schema: [OptionSpec] = [OptionSpec("locale", .string, default: .string("en"), summary: "ICU locale.")]
        }
        static let name = "segmenter"
        static let summary = "Sentences and tokens."
        static let requires: Set<LayerID> = []
        static let produces: Set<LayerID> = [.sentences, .tokens]
        let options: Options
        init(options: Options, context: StageContext) { self.options = options }
        func process(_ document: inout Document, scratch: inout Void) throws {}
    }

    struct Gazetteer: Stage {
        struct Options: StageOptions {
            var lists: [String]
            var caseSensitive: Bool
            var minLength: Int
            var mode: String
            enum CodingKeys: String, CodingKey {
                case lists, caseSensitive = "case-sensitive", minLength = "min-length", mode
            }
            static let schema: [OptionSpec] = [
                .required("lists", .pathList, summary: "Gazetteer files."),
                OptionSpec("case-sensitive", .boolean, default: .boolean(false), summary: "Match case exactly."),
                OptionSpec("min-length", .integer, default: .integer(2), summary: "Shortest alias."),
                OptionSpec("mode", .choice(["longest", "all"]), default: .string("longest"), summary: "Overlap policy."),
            ]
        }
        static let name = "gazetteer"
        static let summary = "Entities from lists."
        static let requires: Set<LayerID> = [.tokens]
        static let produces: Set<LayerID> = [.entities]
        let options: Options
        init(options: Options, context: StageContext) { self.options = options }
        func process(_ document: inout Document, scratch: inout Void) throws {}
    }

    struct Quotes: Stage {
        struct Options: StageOptions { static let schema: [OptionSpec] = [] }
        static let name = "quotes"
        static let summary = "Who said what."
        static let requires: Set<LayerID> = [.sentences, .entities]
        static let produces: Set<LayerID> = [.quotes]
        init(options: Options, context: StageContext) {}
        func process(_ document: inout Document, scratch: inout Void) throws {}
    }

    static var registry: StageRegistry {
        var registry = StageRegistry()
        registry.register(Tokenizer.self)
        registry.register(Gazetteer.self)
        registry.register(Quotes.self)
        return registry
    }
}
