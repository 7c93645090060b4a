/// The name of an annotation layer, as it appears in output records and in `requires`/`produces`.
///
/// Layer ids are lowercase plural nouns. Core layers are declared here; a stage module may declare
/// its own with `extension LayerID { static let dates: LayerID = "dates" }`.
public struct LayerID: Hashable, Sendable, Comparable, ExpressibleByStringLiteral, CustomStringConvertible {
    /// The name used in output records and pipeline diagnostics.
    public let rawValue: String

    /// A layer id with the given name.
    public init(_ rawValue: String) { self.rawValue = rawValue }

    /// A layer id from a string literal.
    public init(stringLiteral value: String) { self.rawValue = value }

    /// The layer's name.
    public var description: String { rawValue }

    /// Orders by name.
    public static func < (lhs: LayerID, rhs: LayerID) -> Bool { lhs.rawValue < rhs.rawValue }

    /// Sentence spans.
    public static let sentences: LayerID = "sentences"
    /// Word, number and punctuation tokens.
    public static let tokens: LayerID = "tokens"
    /// Named-entity mentions linked to canonical entities.
    public static let entities: LayerID = "entities"
    /// Quotations and reported speech with cue and speaker.
    public static let quotes: LayerID = "quotes"
    /// Sentence and document sentiment scores.
    public static let sentiment: LayerID = "sentiment"
    /// Holder → target stance relations.
    public static let stance: LayerID = "stance"
}
