import Foundation
import NLPCore

/// Finds named entities listed in gazetteer files and links each mention to its canonical entity.
///
/// Matching is on tokens, leftmost-longest, within sentences, with names normalised for case,
/// hyphens, apostrophes, periods and diacritics; people named in full earlier in a document are
/// found again by their first or last name. The file format and every rule: docs/gazetteers.md.
public struct Gazetteer: Stage {
    /// `gazetteer`.
    public static let name = "gazetteer"
    /// One line for `nlp stages`.
    public static let summary = "Finds named entities from gazetteer files and links each mention to a canonical entity."
    /// Sentences and tokens.
    public static let requires: Set<LayerID> = [.sentences, .tokens]
    /// Entities.
    public static let produces: Set<LayerID> = [.entities]

    /// The options this stage was built with.
    public let options: Options
    let compiled: CompiledGazetteer

    /// Loads and compiles the gazetteer files; throws one ``StageError`` listing every bad line as
    /// `FILE:LINE: message`, and reports ambiguous aliases through `context.warn`.
    public init(options: Options, context: StageContext) throws {
        let caseDefault: CaseMode = switch options.caseMode {
        case "sensitive": .exact
        case "insensitive": .any
        default: .smart
        }
        var problems: [String] = []
        var entries: [GazetteerEntry] = []
        for list in options.lists {
            let path = context.resolve(list)
            guard let data = FileManager.default.contents(atPath: path) else {
                problems.append("\(path): cannot read the gazetteer file")
                continue
            }
            let bytes = [UInt8](data)
            guard bytes.withUnsafeBufferPointer({ String(validating: $0, as: UTF8.self) }) != nil else {
                problems.append("\(path): the gazetteer file is not valid UTF-8")
                continue
            }
            entries.append(contentsOf: GazetteerFile.parse(bytes, file: path, firstOrder: entries.count,
                                                           problems: &problems, caseDefault: caseDefault))
        }
        let compiled = CompiledGazetteer(entries: entries, problems: &problems)
        guard problems.isEmpty else {
            let shown = problems.prefix(50).joined(separator: "\n")
            let more = problems.count > 50 ? "\n(and \(problems.count - 50) more)" : ""
            throw StageError("\(problems.count) problem\(problems.count == 1 ? "" : "s") in the gazetteer:\n\(shown)\(more)")
        }
        for warning in compiled.warnings { context.warn("gazetteer: \(warning)") }
        if compiled.ambiguousCount > compiled.warnings.count {
            context.warn("gazetteer: \(compiled.ambiguousCount - compiled.warnings.count) more ambiguous aliases, resolved by the same rule (docs/gazetteers.md)")
        }
        self.options = options
        self.compiled = compiled
    }

    /// Number of entities loaded.
    public var entityCount: Int { compiled.entities.count }
    /// Number of surface forms compiled (names, aliases and demonyms).
    public var surfaceFormCount: Int { compiled.formCount }

    /// A worker's reusable buffers.
    public func makeScratch() throws -> GazetteerScratch { GazetteerScratch() }

    /// Sets the document's `entities` layer.
    public func process(_ document: inout Document, scratch: inout GazetteerScratch) throws {
        let matcher = Matcher(gazetteer: compiled, attributes: options.attributes, shortForms: options.shortForms,
                              surnames: options.surnames, skipInsideNames: options.insideNames == "skip")
        document[Entities.self] = Entities(matcher.mentions(in: document, scratch: scratch))
    }
}
