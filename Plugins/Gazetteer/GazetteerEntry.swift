/// How an alias's letter case must match the text.
enum CaseMode: UInt8, Sendable {
    /// Lower-case words match any case, capitalised words need a capital initial, acronyms need capitals.
    case smart
    /// Every letter's case must match.
    case exact
    /// Case is ignored.
    case any
}

/// One surface form of an entity as written in a gazetteer file.
struct SurfaceForm: Sendable {
    /// The text, without its case prefix.
    var text: String
    /// How its case must match.
    var mode: CaseMode
    /// Alias or demonym.
    var link: EntityLink
}

/// One row of a gazetteer file: an entity with its names.
struct GazetteerEntry: Sendable {
    /// The entity id.
    var id: String
    /// The entity type (`PERSON`, `GPE`, ...).
    var type: String
    /// The canonical name.
    var name: String
    /// Every surface form: the name, aliases and demonyms.
    var forms: [SurfaceForm]
    /// Extra columns, in header order, non-empty only.
    var attributes: [(String, String)]
    /// Where it was defined.
    var file: String
    /// Where it was defined.
    var line: Int
    /// The order of definition across all files (later wins ambiguities).
    var order: Int
}

import NLPCore
