import Foundation
import NLPCore

/// Relates holders to targets: who supports or opposes whom, per sentence, from stance cues and
/// from the content of attributed quotations.
///
/// ```yaml
/// stages:
///   - segmenter
///   - gazetteer: { lists: [...] }
///   - quotes          # optional: quotations make their speakers holders
///   - stance          # or: stance: { extra-lexicons: [my-cues.tsv] }
/// ```
///
/// The rules, the lexicon format and the output: docs/stance.md.
public struct StanceStage: Stage {
    /// `stance`.
    public static let name = "stance"
    /// One line for `nlp stages`.
    public static let summary = "Relates holder and target entities per sentence: support or oppose, with score and evidence."
    /// Sentences, tokens and entities (and quotes, when an earlier stage produced them).
    public static let requires: Set<LayerID> = [.sentences, .tokens, .entities]
    /// Stance.
    public static let produces: Set<LayerID> = [.stance]

    /// The options this stage was built with.
    public let options: Options
    let finder: StanceFinder

    /// Loads the lexicons; a missing file or a bad line is a ``StageError`` naming the option.
    public init(options: Options, context: StageContext) throws {
        let lexicon = options.lexicon ?? context.resolve(Options.defaultLexicon)
        var loaded = StanceLexicon()
        for (path, option) in [(lexicon, "lexicon")] + options.extraLexicons.map({ ($0, "extra-lexicons") }) {
            guard FileManager.default.fileExists(atPath: path) else {
                let what = option == "lexicon" && options.lexicon == nil ? "the default lexicon (\(path))" : "\(path)"
                throw StageError("stance: cannot find \(what); the shipped lexicon is pipelines/lexicons/stance.tsv", option: option)
            }
            do {
                let data = FileManager.default.contents(atPath: path) ?? Data()
                try loaded.add(String(decoding: data, as: UTF8.self), path: path)
            } catch {
                throw StageError("stance: \(error)", option: option)
            }
        }
        self.options = options
        self.finder = StanceFinder(lexicon: loaded, holderLabels: options.labels, useQuotes: options.quotes)
    }

    /// Sets the document's `stance` layer.
    public func process(_ document: inout Document, scratch: inout Void) throws {
        let tokens = document[Tokens.self]?.tokens ?? []
        let sentences = document[Sentences.self]?.spans ?? []
        let mentions = document[Entities.self]?.mentions ?? []
        let quotations = document[Quotes.self]?.quotations ?? []
        let relations = document.withUTF8 { bytes in
            finder.relations(bytes: bytes, tokens: tokens, sentences: sentences, mentions: mentions, quotations: quotations)
        }
        document[Stances.self] = Stances(relations)
    }
}
