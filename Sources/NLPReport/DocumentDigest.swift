import NLPCore

/// What the summary and the report keep of one annotated document, computed on its worker
/// thread by ``DocumentDigester`` so that the writer thread never sees the document itself.
public struct DocumentDigest: Sendable {
    /// One entity of the document: how often it is mentioned and as what.
    public struct EntityTally: Sendable, Equatable {
        /// The entity's id.
        public var id: String
        /// The entity's canonical name.
        public var canonical: String
        /// Its type: the first label other than `NORP` of its mentions, else `NORP`.
        public var label: String
        /// Mentions in the document.
        public var mentions: Int
        /// Each surface form as written, with its count (empty unless aliases were asked for).
        public var surfaces: [String: Int]

        /// A tally.
        public init(id: String, canonical: String, label: String, mentions: Int, surfaces: [String: Int] = [:]) {
            self.id = id
            self.canonical = canonical
            self.label = label
            self.mentions = mentions
            self.surfaces = surfaces
        }
    }

    /// One quotation of the document.
    public struct QuoteDigest: Sendable, Equatable {
        /// The speaker's entity id, when the speaker was linked.
        public var speakerID: String?
        /// The speaker's canonical name when linked, else the speaker as written; `nil` when none was found.
        public var speaker: String?
        /// The cue as written (`said`, `according to`).
        public var cue: Substring?
        /// Direct, partial or reported.
        public var kind: QuoteKind
        /// The content as written (its first few hundred bytes unless the report needs it whole); a
        /// slice of the document's text, copied only where it is kept.
        public var content: Substring
        /// What groups the speaker's quotations: `=` and the entity id, or the speaker as written in lower case.
        public var speakerKey: String?

        /// A quotation.
        public init(speakerID: String?, speaker: String?, cue: Substring?, kind: QuoteKind, content: Substring) {
            self.speakerID = speakerID
            self.speaker = speaker
            self.cue = cue
            self.kind = kind
            self.content = content
            self.speakerKey = speakerID.map { "=" + $0 } ?? speaker?.asciiLowercased
        }
    }

    /// The document's first non-blank line (its first few hundred bytes): a headline or a dateline.
    public var headline: Substring
    /// Each entity mentioned, in order of first mention.
    public var entities: [EntityTally]
    /// Mentions of all entities.
    public var mentionCount: Int
    /// The quotations, in text order.
    public var quotes: [QuoteDigest]
    /// The document's sentiment score in `[-1, 1]`, when a stage scored it.
    public var sentiment: Double?
    /// The document's stance relations, for the ``StanceMatrix``.
    public var stance: [StanceMatrix.Entry]
    /// The report's JSON for the document (safe inside `<script>`), when a report is written.
    public var reportJSON: [UInt8]?

    /// A digest.
    public init(headline: Substring = "", entities: [EntityTally] = [], mentionCount: Int? = nil, quotes: [QuoteDigest] = [],
                sentiment: Double? = nil, stance: [StanceMatrix.Entry] = [], reportJSON: [UInt8]? = nil) {
        self.headline = headline
        self.entities = entities
        self.mentionCount = mentionCount ?? entities.reduce(0) { $0 + $1.mentions }
        self.quotes = quotes
        self.sentiment = sentiment
        self.stance = stance
        self.reportJSON = reportJSON
    }

    /// The headline shortened to about 90 characters at a word boundary.
    public var title: String { DocumentDigester.shortened(headline, to: 90) }
}
