import NLPCore

/// Computes a ``DocumentDigest`` from an annotated document, on the worker that annotated it.
///
/// Only what was asked for is computed: tallies for the terminal summary, stance entries for the
/// matrix, and the document's JSON for the HTML report.
public struct DocumentDigester: Sendable {
    /// Entity, quote and sentiment tallies (the terminal summary).
    public var tallies: Bool
    /// Stance entries (the stance matrix).
    public var stance: Bool
    /// Surface forms, whole quotations and the document's JSON (the HTML report).
    public var report: Bool

    /// Quotation content kept, in UTF-8 bytes, when no report needs it whole.
    static let summaryQuoteBytes = 480

    /// A digester computing the given parts.
    public init(tallies: Bool, stance: Bool, report: Bool) {
        self.tallies = tallies || report
        self.stance = stance
        self.report = report
    }

    /// The digest of `document`.
    public func digest(_ document: Document) -> DocumentDigest {
        var digest = DocumentDigest()
        let offsets = stance || report ? CodePointIndex(document.text) : nil
        if stance { digest.stance = StanceMatrix.entries(of: document, offsets: offsets) }
        guard tallies else { return digest }
        digest.headline = Self.headline(of: document.text)
        let mentions = document[Entities.self]?.mentions ?? []
        digest.entities = tally(mentions, in: document)
        digest.mentionCount = mentions.count
        digest.quotes = (document[Quotes.self]?.quotations ?? []).map { quote in
            let text = document.text(of: quote.span)
            // The summary shows one example per speaker, shortened then; the report shows every quotation whole.
            return DocumentDigest.QuoteDigest(
                speakerID: quote.speaker?.entityID,
                speaker: quote.speaker.map { $0.canonical ?? String(document.text(of: $0.span)) },
                cue: quote.cue.map { document.text(of: $0) }, kind: quote.kind,
                content: report ? text : Self.prefix(text, bytes: Self.summaryQuoteBytes))
        }
        let sentiment = document.sentimentScores
        digest.sentiment = sentiment?.documentScore
        if report, let offsets { digest.reportJSON = reportJSON(document, mentions: mentions, sentiment: sentiment, offsets: offsets) }
        return digest
    }

    private func tally(_ mentions: [EntityMention], in document: Document) -> [DocumentDigest.EntityTally] {
        var tallies: [DocumentDigest.EntityTally] = []
        var position: [String: Int] = [:]   // used once there are many entities; a scan is faster for a few
        for mention in mentions {
            let index: Int
            let known = tallies.count < 16 ? tallies.firstIndex { $0.id == mention.id } : position[mention.id]
            if let known {
                index = known
                tallies[index].mentions += 1
                if tallies[index].label == "NORP", mention.label != "NORP" { tallies[index].label = mention.label }
            } else {
                index = tallies.count
                tallies.append(.init(id: mention.id, canonical: mention.canonical, label: mention.label, mentions: 1))
                if tallies.count == 16 {
                    for (offset, tally) in tallies.enumerated() { position[tally.id] = offset }
                } else if tallies.count > 16 {
                    position[mention.id] = index
                }
            }
            if report { tallies[index].surfaces[String(document.text(of: mention.span)), default: 0] += 1 }
        }
        return tallies
    }

    /// `{"id", "t": text, "s": [[start, end, score?]], "e": [[start, end, id, label, link]],
    /// "q": [[start, end, kind, cueStart, cueEnd, speakerStart, speakerEnd, entity, speaker, confidence]],
    /// "r": [[cueStart, cueEnd, holder, target, polarity, score, evidenceStart]]}`, offsets in code
    /// points, absent parts `null`.
    private func reportJSON(_ document: Document, mentions: [EntityMention], sentiment: (any SentimentScoredLayer)?,
                            offsets: CodePointIndex) -> [UInt8] {
        var writer = JSONWriter(capacity: document.utf8Count + 64 * (mentions.count + 16))
        func span(_ span: Span?) {
            if let span {
                writer.value(offsets.codePoints(span.start))
                writer.value(offsets.codePoints(span.end))
            } else {
                writer.null()
                writer.null()
            }
        }
        func rounded(_ value: Double) -> Double { (value * 1000).rounded() / 1000 }
        writer.beginObject()
        writer.key("id")
        writer.value(document.id)
        writer.key("t")
        writer.value(document.text)
        writer.key("s")
        writer.beginArray()
        if let scored = sentiment?.sentenceScores {
            for sentence in scored {
                writer.beginArray()
                span(sentence.span)
                writer.value(rounded(sentence.score))
                writer.endArray()
            }
        } else {
            for sentence in document[Sentences.self]?.spans ?? [] {
                writer.beginArray()
                span(sentence)
                writer.endArray()
            }
        }
        writer.endArray()
        writer.key("e")
        writer.beginArray()
        for mention in mentions {
            writer.beginArray()
            span(mention.span)
            writer.value(mention.id)
            writer.value(mention.label)
            writer.value(mention.link.description)
            writer.endArray()
        }
        writer.endArray()
        writer.key("q")
        writer.beginArray()
        for quote in document[Quotes.self]?.quotations ?? [] {
            writer.beginArray()
            span(quote.span)
            writer.value(quote.kind.rawValue)
            span(quote.cue)
            span(quote.speaker?.span)
            if let id = quote.speaker?.entityID { writer.value(id) } else { writer.null() }
            if let speaker = quote.speaker { writer.value(speaker.canonical ?? String(document.text(of: speaker.span))) } else { writer.null() }
            writer.value((quote.confidence * 100).rounded() / 100)
            writer.endArray()
        }
        writer.endArray()
        writer.key("r")
        writer.beginArray()
        for relation in document[Stances.self]?.relations ?? [] {
            writer.beginArray()
            span(relation.cue)
            writer.value(relation.holder.canonical)
            writer.value(relation.target.canonical)
            writer.value(relation.polarity.rawValue)
            writer.value(rounded(relation.score))
            writer.value(offsets.codePoints(relation.evidence.start))
            writer.endArray()
        }
        writer.endArray()
        writer.endObject()
        return ScriptSafeJSON.escape(writer.bytes)
    }

    /// The first non-blank line, at most about 400 bytes of it.
    static func headline(of text: String) -> Substring {
        let utf8 = text.utf8
        var lineStart = utf8.startIndex
        while lineStart < utf8.endIndex {
            let lineEnd = utf8[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? utf8.endIndex
            let line = text[lineStart..<lineEnd]
            if line.utf8.contains(where: { $0 > 0x20 }) { return prefix(line, bytes: 400) }
            lineStart = lineEnd < utf8.endIndex ? utf8.index(after: lineEnd) : lineEnd
        }
        return text[text.endIndex...]
    }

    /// The first bytes of `text`: about `limit` UTF-8 bytes, cut at a scalar boundary (cheap; no
    /// character iteration).
    static func prefix(_ text: Substring, bytes limit: Int) -> Substring {
        let utf8 = text.utf8
        guard utf8.count > limit else { return text }
        var end = utf8.index(utf8.startIndex, offsetBy: limit)
        while end > utf8.startIndex, UTF8.isContinuation(utf8[end]) { end = utf8.index(before: end) }
        return text[text.startIndex..<end]
    }

    /// `text` with runs of whitespace made single spaces, cut at a word boundary before `limit`
    /// Unicode scalars with `…` when longer. Stops reading at the limit.
    static func shortened(_ text: some StringProtocol, to limit: Int) -> String {
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        var count = 0
        for scalar in text.unicodeScalars {
            let isSpace = scalar.isASCII ? (scalar.value == 0x20 || (0x09...0x0D).contains(scalar.value))
                : scalar.properties.isWhitespace
            if isSpace {
                pendingSpace = count > 0
                continue
            }
            if count + (pendingSpace ? 2 : 1) > limit {
                // Mid-word: go back to the last word boundary, unless that loses too much.
                if !pendingSpace, let space = result.lastIndex(of: " "),
                   result.distance(from: result.startIndex, to: space) > limit / 2 {
                    result = String.UnicodeScalarView(result[..<space])
                }
                return String(result) + "…"
            }
            if pendingSpace {
                result.append(" ")
                count += 1
                pendingSpace = false
            }
            result.append(scalar)
            count += 1
        }
        return String(result)
    }
}
