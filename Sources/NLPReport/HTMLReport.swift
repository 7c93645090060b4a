import Foundation
import NLPCore

/// The HTML report: one self-contained file (inline CSS, JavaScript and data; nothing from the
/// network) showing every document with its entities, quotes and sentence sentiment, an entity
/// index, a quotes table and the stance matrix as a heat map.
///
/// Built while the run streams: each document's JSON goes to a spool file on disk as it arrives,
/// so memory holds only the ``CorpusOverview``; ``finish(overview:run:details:)`` assembles the
/// file. Data sits in `<script type="application/json">` elements (one per document, parsed only
/// when shown) and the inline script renders it; every `<` in data is escaped, and the script
/// inserts text only as text nodes.
public final class HTMLReport {
    /// What the report says about the run besides the tallies.
    public struct Details: Sendable {
        /// The pipeline's name.
        public var pipeline: String
        /// The input as given.
        public var input: String
        /// Worker threads.
        public var jobs: Int
        /// The stages, in order.
        public var stages: [String]

        /// Details.
        public init(pipeline: String, input: String, jobs: Int, stages: [String]) {
            self.pipeline = pipeline
            self.input = input
            self.jobs = jobs
            self.stages = stages
        }
    }

    /// Where the report goes.
    public let path: String
    private let documents: SpoolFile
    private let index: SpoolFile
    private let quotes: SpoolFile
    private var indexRows = 0
    private var quoteRows = 0

    /// Prepares the report at `path` (its directory is created if needed).
    public init(path: String) throws {
        self.path = path
        let directory = (path as NSString).deletingLastPathComponent
        if !directory.isEmpty { try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true) }
        documents = try SpoolFile(directory: directory)
        index = try SpoolFile(directory: directory)
        quotes = try SpoolFile(directory: directory)
    }

    /// Adds one document: its outcome, its digest (`nil` when it failed) and, for a failed
    /// document, why.
    public func add(_ outcome: DocumentOutcome, number: Int, digest: DocumentDigest?, failure: String?) throws {
        var row = JSONWriter(capacity: 256)
        row.beginArray()
        row.value(outcome.id)
        row.value(digest?.title ?? "")
        if let score = digest?.sentiment { row.value(score) } else { row.null() }
        row.value(outcome.sentences)
        row.value(outcome.words)
        row.value(digest?.mentionCount ?? 0)
        row.value(digest?.quotes.count ?? 0)
        row.value(digest?.stance.count ?? 0)
        if outcome.failed { row.value(failure ?? "failed") } else { row.null() }
        row.endArray()
        try index.append(indexRows == 0 ? "\n" : ",\n")
        try index.append(ScriptSafeJSON.escape(row.bytes))
        indexRows += 1
        guard let digest else { return }
        for quote in digest.quotes {
            var writer = JSONWriter(capacity: 128 + quote.content.utf8.count)
            writer.beginArray()
            writer.value(number)
            if let speaker = quote.speaker { writer.value(speaker) } else { writer.null() }
            if let id = quote.speakerID { writer.value(id) } else { writer.null() }
            if let cue = quote.cue { writer.value(cue) } else { writer.null() }
            writer.value(quote.content)
            writer.value(quote.kind.rawValue)
            writer.endArray()
            try quotes.append(quoteRows == 0 ? "\n" : ",\n")
            try quotes.append(ScriptSafeJSON.escape(writer.bytes))
            quoteRows += 1
        }
        if let json = digest.reportJSON {
            try documents.append("<script type=\"application/json\" id=\"d\(number)\">")
            try documents.append(json)
            try documents.append("</script>\n")
        }
    }

    /// Writes the report file and returns its size in bytes.
    @discardableResult
    public func finish(overview: CorpusOverview, run: RunSummary, details: Details) throws -> Int {
        var output = try ReportOutput(path: path)
        do {
            try output.write("""
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>\(Self.escapeHTML(details.pipeline)) · nlp report</title>
                <style>\(ReportAssets.css)</style>
                </head>
                <body>
                <div id="app"><noscript><p class="noscript">This report draws itself with JavaScript (inline; nothing is \
                loaded from the network). Enable JavaScript to read it.</p></noscript></div>

                """)
            try output.write("<script type=\"application/json\" id=\"meta\">")
            try output.write(Self.meta(overview: overview, run: run, details: details))
            try output.write("</script>\n<script type=\"application/json\" id=\"index\">[")
            try index.copy(to: &output)
            try output.write("\n]</script>\n<script type=\"application/json\" id=\"entities\">")
            try output.write(Self.entities(overview))
            try output.write("</script>\n<script type=\"application/json\" id=\"quotes\">[")
            try quotes.copy(to: &output)
            try output.write("\n]</script>\n<script type=\"application/json\" id=\"stance\">")
            try output.write(ScriptSafeJSON.escape(overview.stance.json()))
            try output.write("</script>\n")
            try documents.copy(to: &output)
            try output.write("<script>\(ReportAssets.script)</script>\n</body>\n</html>\n")
            try output.commit()
        } catch {
            output.abandon()
            throw error
        }
        return output.count
    }

    private static func meta(overview: CorpusOverview, run: RunSummary, details: Details) -> [UInt8] {
        var writer = JSONWriter(capacity: 1024)
        writer.beginObject()
        writer.key("name")
        writer.value(details.pipeline)
        writer.key("input")
        writer.value(details.input)
        writer.key("stages")
        writer.beginArray()
        for stage in details.stages { writer.value(stage) }
        writer.endArray()
        writer.key("generated")
        writer.value(ISO8601DateFormatter().string(from: Date()))
        for (key, value) in [("documents", run.documents), ("failed", run.failed), ("sentences", run.sentences),
                             ("words", run.words), ("bytes", run.bytes), ("jobs", details.jobs),
                             ("mentions", overview.mentions), ("quotes", overview.quotes),
                             ("direct", overview.directQuotes), ("partial", overview.partialQuotes),
                             ("reported", overview.reportedQuotes), ("unattributed", overview.unattributedQuotes),
                             ("documentListLimit", CorpusOverview.documentListLimit)] {
            writer.key(key)
            writer.value(value)
        }
        writer.key("seconds")
        writer.value((run.seconds * 1000).rounded() / 1000)
        writer.key("cancelled")
        writer.value(run.cancelled)
        writer.key("layers")
        writer.beginObject()
        for (key, value) in [("entities", overview.sawEntities), ("quotes", overview.sawQuotes),
                             ("sentiment", overview.sawSentiment), ("stance", !overview.stance.isEmpty)] {
            writer.key(key)
            writer.value(value)
        }
        writer.endObject()
        writer.key("sentiment")
        writer.beginObject()
        writer.key("mean")
        writer.value((overview.sentiment.mean * 1000).rounded() / 1000)
        for (key, value) in [("count", overview.sentiment.count), ("positive", overview.sentiment.positive),
                             ("neutral", overview.sentiment.neutral), ("negative", overview.sentiment.negative)] {
            writer.key(key)
            writer.value(value)
        }
        writer.endObject()
        writer.endObject()
        return ScriptSafeJSON.escape(writer.bytes)
    }

    /// `[[id, name, label, mentions, documents, [[form, count], ...], [document numbers]], ...]`, most mentioned first.
    private static func entities(_ overview: CorpusOverview) -> [UInt8] {
        var writer = JSONWriter(capacity: 64 * overview.entities.count + 16)
        writer.beginArray()
        for entity in overview.topEntitiesByMentions(overview.entities.count) {
            writer.beginArray()
            writer.value(entity.id)
            writer.value(entity.canonical)
            writer.value(entity.label)
            writer.value(entity.mentions)
            writer.value(entity.documents)
            writer.beginArray()
            for surface in entity.sortedSurfaces {
                writer.beginArray()
                writer.value(surface.form)
                writer.value(surface.count)
                writer.endArray()
            }
            writer.endArray()
            writer.beginArray()
            for number in entity.documentNumbers { writer.value(Int(number)) }
            writer.endArray()
            writer.endArray()
        }
        writer.endArray()
        return ScriptSafeJSON.escape(writer.bytes)
    }

    /// Text with `&`, `<`, `>` and `"` escaped for HTML.
    static func escapeHTML(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            default: result.append(character)
            }
        }
        return result
    }
}
