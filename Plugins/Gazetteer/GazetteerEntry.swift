import NLPCore

/// How an alias's letter case must match the text.
enum CaseMode: UInt8, Sendable {
    /// Lower-case words match any case, capitalised words need a capital initial, acronyms need capitals.
    case smart
    /// Every letter's case must match.
    case exact
    /// Case is ignored.
    case any
}

/// One surface form of an entity as written in a gazetteer file (UTF-8 bytes, case prefix removed).
struct SurfaceForm: Sendable {
    /// The form's bytes.
    var bytes: ArraySlice<UInt8>
    /// How its case must match.
    var mode: CaseMode
    /// Alias or demonym.
    var link: EntityLink

    /// The form as text (for messages).
    var text: String { String(decoding: bytes, as: UTF8.self) }
}

/// One row of a gazetteer file: an entity with its names.
struct GazetteerEntry: Sendable {
    /// The entity id.
    var id: String
    /// The entity type (`PERSON`, `GPE`, ...).
    var type: String
    /// The canonical name.
    var name: String
    /// Every surface form: the name first, then aliases and demonyms.
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
