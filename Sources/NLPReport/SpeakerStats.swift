import NLPCore

/// One speaker across the corpus: an entity, or a speaker nobody could link, as written.
public struct SpeakerStats: Sendable, Equatable {
    /// The canonical name, or the speaker as written when unlinked.
    public var name: String
    /// The entity id, when linked.
    public var entityID: String?
    /// Quotations attributed to the speaker.
    public var quotes = 0
    /// Of which direct.
    public var direct = 0
    /// Of which partial.
    public var partial = 0
    /// Of which reported.
    public var reported = 0
    /// Cues and how often each introduced the speaker.
    public var cues: [String: Int] = [:]
    /// The speaker's first direct quotation (else first of any kind), as the digest kept it.
    public var example = ""
    /// Whether ``example`` is a direct quotation.
    var exampleIsDirect = false

    /// A speaker with no quotation yet.
    public init(name: String, entityID: String?) {
        self.name = name
        self.entityID = entityID
    }

    /// Counts one quotation.
    mutating func add(_ quote: DocumentDigest.QuoteDigest) {
        quotes += 1
        switch quote.kind {
        case .direct: direct += 1
        case .partial: partial += 1
        case .reported: reported += 1
        }
        if let cue = quote.cue.map({ String($0).asciiLowercased }), cues.count < 64 || cues[cue] != nil { cues[cue, default: 0] += 1 }
        if example.isEmpty || (!exampleIsDirect && quote.kind == .direct) {
            example = String(quote.content)
            exampleIsDirect = quote.kind == .direct
        }
    }

    /// The most frequent cues, most frequent first.
    public func topCues(_ limit: Int) -> [String] {
        cues.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.prefix(limit).map(\.key)
    }
}
