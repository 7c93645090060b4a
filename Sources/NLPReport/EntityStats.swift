/// One entity across the corpus: mentions, documents and the surface forms seen.
public struct EntityStats: Sendable, Equatable {
    /// The entity's id.
    public var id: String
    /// The entity's canonical name.
    public var canonical: String
    /// Its type (`PERSON`, `GPE`, ...); `NORP` only when every mention was a demonym.
    public var label: String
    /// Mentions in all documents.
    public var mentions = 0
    /// Documents that mention it.
    public var documents = 0
    /// Surface forms as written, with counts (filled when a report is written).
    public var surfaces: [String: Int] = [:]
    /// The numbers (input positions) of the first ``CorpusOverview/documentListLimit`` documents that mention it.
    public var documentNumbers: [Int32] = []

    /// An entity not mentioned yet.
    public init(id: String, canonical: String, label: String) {
        self.id = id
        self.canonical = canonical
        self.label = label
    }

    /// Surface forms, most frequent first (then alphabetical).
    public var sortedSurfaces: [(form: String, count: Int)] {
        surfaces.map { (form: $0.key, count: $0.value) }.sorted { ($1.count, $0.form) < ($0.count, $1.form) }
    }
}
