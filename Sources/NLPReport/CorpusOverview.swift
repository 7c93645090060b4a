import NLPCore

/// The run-wide tallies behind the terminal summary and the HTML report, built on the writer
/// thread from each document's ``DocumentDigest``, in input order.
///
/// Memory grows with distinct entities and speakers, not with the corpus: each entity lists at
/// most ``documentListLimit`` documents, speakers past ``speakerLimit`` are counted together, and
/// the stance matrix keeps a bounded number of evidence sentences per cell.
public struct CorpusOverview: Sendable {
    /// Documents listed per entity, at most.
    public static let documentListLimit = 2_000
    /// Distinct speakers kept, at most; quotations of later new speakers count as ``otherSpeakerQuotes``.
    public static let speakerLimit = 5_000

    /// Documents added (annotated or failed).
    public private(set) var documents = 0
    /// Documents that failed.
    public private(set) var failed = 0
    /// Entity mentions in all documents.
    public private(set) var mentions = 0
    /// Every entity mentioned, in order of first mention.
    public private(set) var entities: [EntityStats] = []
    private var entityPositions: [String: Int] = [:]
    /// Quotations in all documents.
    public private(set) var quotes = 0
    /// Of which direct.
    public private(set) var directQuotes = 0
    /// Of which partial.
    public private(set) var partialQuotes = 0
    /// Of which reported.
    public private(set) var reportedQuotes = 0
    /// Quotations with no speaker found.
    public private(set) var unattributedQuotes = 0
    /// Quotations whose speaker was found but not linked to an entity.
    public private(set) var unlinkedQuotes = 0
    /// Every speaker, in order of first quotation.
    public private(set) var speakers: [SpeakerStats] = []
    private var speakerPositions: [String: Int] = [:]
    /// Quotations of speakers past ``speakerLimit``.
    public private(set) var otherSpeakerQuotes = 0
    /// Document sentiment.
    public private(set) var sentiment = SentimentStats()
    /// The stance matrix (holder × target).
    public var stance = StanceMatrix()
    /// Whether any document had an entities, quotes or sentiment layer.
    public private(set) var sawEntities = false, sawQuotes = false, sawSentiment = false

    /// An empty overview.
    public init() {}

    /// Adds the document at input position `number` (0-based): its digest, `nil` when it failed
    /// or when nothing was digested.
    public mutating func add(number: Int, id: String, failed: Bool = false, digest: DocumentDigest?) {
        documents += 1
        if failed { self.failed += 1 }
        guard let digest else { return }
        stance.add(document: id, entries: digest.stance)
        mentions += digest.mentionCount
        if !digest.entities.isEmpty { sawEntities = true }
        for tally in digest.entities {
            let position: Int
            if let known = entityPositions[tally.id] {
                position = known
            } else {
                position = entities.count
                entityPositions[tally.id] = position
                entities.append(EntityStats(id: tally.id, canonical: tally.canonical, label: tally.label))
            }
            entities[position].mentions += tally.mentions
            entities[position].documents += 1
            if entities[position].label == "NORP", tally.label != "NORP" { entities[position].label = tally.label }
            if entities[position].documentNumbers.count < Self.documentListLimit {
                entities[position].documentNumbers.append(Int32(truncatingIfNeeded: number))
            }
            for (form, count) in tally.surfaces { entities[position].surfaces[form, default: 0] += count }
        }
        if !digest.quotes.isEmpty { sawQuotes = true }
        for quote in digest.quotes { add(quote) }
        if let score = digest.sentiment {
            sawSentiment = true
            sentiment.add(id: id, score: score) { digest.title }
        }
    }

    private mutating func add(_ quote: DocumentDigest.QuoteDigest) {
        quotes += 1
        switch quote.kind {
        case .direct: directQuotes += 1
        case .partial: partialQuotes += 1
        case .reported: reportedQuotes += 1
        }
        guard let name = quote.speaker, let key = quote.speakerKey else {
            unattributedQuotes += 1
            return
        }
        if quote.speakerID == nil { unlinkedQuotes += 1 }
        if let position = speakerPositions[key] {
            speakers[position].add(quote)
        } else if speakers.count < Self.speakerLimit {
            speakerPositions[key] = speakers.count
            speakers.append(SpeakerStats(name: name, entityID: quote.speakerID))
            speakers[speakers.count - 1].add(quote)
        } else {
            otherSpeakerQuotes += 1
        }
    }

    /// The entity with this id.
    public func entity(_ id: String) -> EntityStats? { entityPositions[id].map { entities[$0] } }

    /// The entities with the most mentions (then documents, then name).
    public func topEntitiesByMentions(_ limit: Int) -> [EntityStats] {
        Array(entities.sorted { ($1.mentions, $1.documents, $0.canonical) < ($0.mentions, $0.documents, $1.canonical) }.prefix(limit))
    }

    /// The entities mentioned in the most documents (then mentions, then name).
    public func topEntitiesByDocuments(_ limit: Int) -> [EntityStats] {
        Array(entities.sorted { ($1.documents, $1.mentions, $0.canonical) < ($0.documents, $0.mentions, $1.canonical) }.prefix(limit))
    }

    /// The speakers with the most quotations; linked speakers before unlinked ones on ties.
    public func topSpeakers(_ limit: Int) -> [SpeakerStats] {
        Array(speakers.sorted {
            ($1.quotes, $1.entityID != nil ? 1 : 0, $0.name) < ($0.quotes, $0.entityID != nil ? 1 : 0, $1.name)
        }.prefix(limit))
    }
}
