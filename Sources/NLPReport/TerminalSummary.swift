import NLPCore

/// The end-of-run summary printed on standard error: counts and speed, then what the corpus says
/// (entities, quotes by speaker, the stance matrix, sentiment per document), in plain text or colour.
public struct TerminalSummary: Sendable {
    /// Where the run's results went, for the summary's first and last lines.
    public struct Destinations: Sendable {
        /// The pipeline's name.
        public var pipeline: String
        /// Worker threads.
        public var jobs: Int
        /// The records' destination: a path, or `-` for standard output.
        public var output: String
        /// The stance matrix file, when one was written.
        public var stanceMatrix: String?
        /// The HTML report, when one was written, and its size in bytes.
        public var report: (path: String, bytes: Int)?

        /// Destinations.
        public init(pipeline: String, jobs: Int, output: String, stanceMatrix: String? = nil,
                    report: (path: String, bytes: Int)? = nil) {
            self.pipeline = pipeline
            self.jobs = jobs
            self.output = output
            self.stanceMatrix = stanceMatrix
            self.report = report
        }
    }

    /// Entities listed.
    public var entityRows = 8
    /// Speakers listed.
    public var speakerRows = 8
    /// Stance matrix rows (holders) and columns (targets) shown, at most.
    public var stanceRows = 8, stanceColumns = 6

    /// A summary with the default sizes.
    public init() {}

    /// The summary's text, ending with a newline: a headline, then one block per section, each
    /// after a blank line; sections with nothing to show are left out.
    public func render(_ run: RunSummary, overview: CorpusOverview, destinations: Destinations, style: TerminalStyle) -> String {
        var headline = [headline(run, destinations: destinations, style: style)]
        if run.failed > 0 {
            headline.append("  " + style.red("\(run.failed) of \(run.documents) document\(run.documents == 1 ? "" : "s") failed")
                            + " (error records in the output)")
        }
        var blocks = [headline]
        if overview.sawEntities { blocks.append(entities(overview, style: style)) }
        if overview.sawQuotes { blocks.append(quotes(overview, style: style)) }
        if !overview.stance.isEmpty { blocks.append(stance(overview.stance, style: style)) }
        if overview.sawSentiment { blocks.append(sentiment(overview.sentiment, style: style)) }
        var written: [String] = []
        if let path = destinations.stanceMatrix { written.append(style.dim("  stance matrix → \(path)")) }
        if let report = destinations.report { written.append(style.dim("  report → \(report.path) (\(Self.size(report.bytes)))")) }
        if !written.isEmpty { blocks.append(written) }
        return blocks.map { $0.joined(separator: "\n") }.joined(separator: "\n\n") + "\n"
    }

    // MARK: Sections

    private func headline(_ run: RunSummary, destinations: Destinations, style: TerminalStyle) -> String {
        let seconds = max(run.seconds, 1e-9)
        var counts = ["\(Self.grouped(run.documents)) document\(run.documents == 1 ? "" : "s")"]
        if run.sentences > 0 { counts.append("\(Self.grouped(run.sentences)) sentences") }
        if run.words > 0 { counts.append("\(Self.grouped(run.words)) words") }
        let megabytes = Double(run.bytes) / 1_000_000
        var speed: [String] = []
        if run.words > 0 { speed.append("\(Self.grouped(Int((Double(run.words) / seconds).rounded()))) words/s") }
        speed.append(Self.fixed(megabytes / seconds, 1) + " MB/s")
        let target = destinations.output == "-" ? "stdout" : destinations.output
        return "nlp: " + style.bold("\(destinations.pipeline): " + counts.joined(separator: ", "))
            + " in \(Self.duration(run.seconds)) (\(speed.joined(separator: ", ")) on \(destinations.jobs) job\(destinations.jobs == 1 ? "" : "s")) → \(target)"
    }

    private func entities(_ overview: CorpusOverview, style: TerminalStyle) -> [String] {
        var lines = [style.bold("Entities") + "  \(Self.grouped(overview.mentions)) mentions of \(Self.grouped(overview.entities.count)) entities"]
        let top = overview.topEntitiesByMentions(entityRows)
        let nameWidth = min(28, max(12, top.map(\.canonical.count).max() ?? 0))
        lines.append(style.dim("  " + Self.pad("entity", nameWidth) + "  " + Self.pad("type", 6) + "  mentions   docs"))
        for entity in top {
            lines.append("  " + style.cyan(Self.pad(entity.canonical, nameWidth)) + "  " + style.dim(Self.pad(entity.label, 6))
                         + "  " + Self.padLeft(Self.grouped(entity.mentions), 8) + "  " + Self.padLeft(Self.grouped(entity.documents), 5))
        }
        let byDocuments = overview.topEntitiesByDocuments(5).map { "\($0.canonical) \(Self.grouped($0.documents))" }
        lines.append(Self.fit("  in the most documents: " + byDocuments.joined(separator: ", "), style.width))
        return lines
    }

    private func quotes(_ overview: CorpusOverview, style: TerminalStyle) -> [String] {
        var kinds: [String] = []
        if overview.directQuotes > 0 { kinds.append("\(Self.grouped(overview.directQuotes)) direct") }
        if overview.partialQuotes > 0 { kinds.append("\(Self.grouped(overview.partialQuotes)) partial") }
        if overview.reportedQuotes > 0 { kinds.append("\(Self.grouped(overview.reportedQuotes)) reported") }
        var heading = style.bold("Quotes by speaker") + "  \(Self.grouped(overview.quotes)) (\(kinds.joined(separator: ", ")))"
        var missing: [String] = []
        if overview.unattributedQuotes > 0 { missing.append("\(Self.grouped(overview.unattributedQuotes)) without a speaker") }
        if overview.unlinkedQuotes > 0 { missing.append("\(Self.grouped(overview.unlinkedQuotes)) with an unlinked speaker") }
        if !missing.isEmpty { heading += "; " + missing.joined(separator: ", ") }
        var lines = [heading]
        // Entities first: a pronoun or a description ("he", "the company") says little about the corpus.
        let ranked = overview.topSpeakers(overview.speakers.count)
        let top = Array(ranked.lazy.filter { $0.entityID != nil }.prefix(speakerRows))
        let unlinked = ranked.lazy.filter { $0.entityID == nil }.prefix(6).map { "\($0.name) \(Self.grouped($0.quotes))" }
        if !top.isEmpty { lines += speakerTable(top, style: style) }
        if !unlinked.isEmpty {
            lines.append(style.dim(Self.fit("  not linked to an entity: " + unlinked.joined(separator: ", "), style.width)))
        }
        return lines
    }

    private func speakerTable(_ top: [SpeakerStats], style: TerminalStyle) -> [String] {
        var lines: [String] = []
        let nameWidth = min(24, max(10, top.map(\.name.count).max() ?? 0))
        lines.append(style.dim("  " + Self.pad("speaker", nameWidth) + "  quotes  " + Self.pad("cues", 22) + "  example"))
        for speaker in top {
            let name = style.cyan(Self.pad(speaker.name, nameWidth))
            let prefix = "  " + Self.pad(speaker.name, nameWidth) + "  " + Self.padLeft(Self.grouped(speaker.quotes), 6) + "  "
                + Self.pad(speaker.topCues(2).joined(separator: ", "), 22) + "  "
            let example = DocumentDigester.shortened(speaker.example, to: max(12, style.width - prefix.count))
            lines.append("  " + name + "  " + Self.padLeft(Self.grouped(speaker.quotes), 6) + "  "
                         + style.dim(Self.pad(speaker.topCues(2).joined(separator: ", "), 22)) + "  " + example)
        }
        return lines
    }

    private func stance(_ matrix: StanceMatrix, style: TerminalStyle) -> [String] {
        let cells = matrix.sortedCells
        var holderTotals: [String: (name: String, count: Int)] = [:]
        var targetTotals: [String: (name: String, count: Int)] = [:]
        for cell in cells {
            holderTotals[cell.holder, default: (cell.holderName, 0)].count += cell.count
            targetTotals[cell.target, default: (cell.targetName, 0)].count += cell.count
        }
        func ranked(_ totals: [String: (name: String, count: Int)]) -> [(id: String, name: String)] {
            totals.sorted { ($1.value.count, $0.value.name) < ($0.value.count, $1.value.name) }.map { ($0.key, $0.value.name) }
        }
        let holders = Array(ranked(holderTotals).prefix(stanceRows))
        let rowWidth = min(20, max(8, holders.map(\.name.count).max() ?? 0))
        let candidates = Array(ranked(targetTotals).prefix(stanceColumns))
        let cellWidth = min(14, max(9, candidates.map(\.name.count).max() ?? 0))
        let fitting = max(1, (style.width - 2 - rowWidth) / (cellWidth + 1))
        let targets = Array(candidates.prefix(fitting))
        var lines = [style.bold("Stance") + "  \(Self.grouped(matrix.relationCount)) relations in \(Self.grouped(matrix.documentCount)) documents"
                     + style.dim("  (holder → target: relations, mean score)")]
        lines.append("  " + Self.pad("", rowWidth) + targets.map { " " + style.dim(Self.padLeft(Self.fit($0.name, cellWidth), cellWidth)) }.joined())
        var shown = 0
        for holder in holders {
            var line = "  " + style.cyan(Self.pad(holder.name, rowWidth))
            for target in targets {
                guard let cell = matrix.cell(holder: holder.id, target: target.id) else {
                    line += " " + style.dim(Self.padLeft("·", cellWidth))
                    continue
                }
                shown += 1
                let text = "\(cell.count) " + Self.signedScore(cell.meanScore)
                line += " " + style.signed(Self.padLeft(text, cellWidth), cell.meanScore)
            }
            lines.append(line)
        }
        if cells.count > shown {
            lines.append(style.dim("  and \(Self.grouped(cells.count - shown)) more holder–target pairs in the stance matrix file and the report"))
        }
        return lines
    }

    private func sentiment(_ stats: SentimentStats, style: TerminalStyle) -> [String] {
        var lines = [style.bold("Sentiment") + "  mean " + style.signed(Self.signedScore(stats.mean), stats.mean)
                     + " over \(Self.grouped(stats.count)) document\(stats.count == 1 ? "" : "s")"
                     + " (\(Self.grouped(stats.positive)) positive, \(Self.grouped(stats.neutral)) neutral, \(Self.grouped(stats.negative)) negative)"]
        func row(_ scored: SentimentStats.Scored) -> String {
            let idWidth = min(24, max(8, scored.id.count))
            let prefix = "  " + Self.pad(scored.id, idWidth) + "  " + Self.signedScore(scored.score) + "  " + Self.bar(scored.score, style: .plain) + "  "
            return "  " + Self.pad(scored.id, idWidth) + "  " + style.signed(Self.signedScore(scored.score), scored.score) + "  "
                + Self.bar(scored.score, style: style) + "  " + style.dim(Self.fit(scored.title, max(10, style.width - prefix.count)))
        }
        if stats.count <= SentimentStats.keepAllLimit {
            lines += stats.all.map(row)
        } else {
            lines.append(style.dim("  most positive"))
            lines += stats.mostPositive.map(row)
            lines.append(style.dim("  most negative"))
            lines += stats.mostNegative.map(row)
        }
        return lines
    }

    // MARK: Formatting

    /// A bar from −1 (left) to +1 (right) around a centre mark, 21 columns.
    static func bar(_ score: Double, style: TerminalStyle) -> String {
        let half = 10
        let filled = min(half, Int((abs(score) * Double(half)).rounded()))
        let left = score < 0 ? String(repeating: " ", count: half - filled) + style.red(String(repeating: "█", count: filled))
            : String(repeating: " ", count: half)
        let right = score > 0 ? style.green(String(repeating: "█", count: filled)) + String(repeating: " ", count: half - filled)
            : String(repeating: " ", count: half)
        return left + "│" + right
    }

    /// `+0.42`, `−0.07`, ` 0.00`.
    static func signedScore(_ score: Double) -> String {
        let text = fixed(abs(score), 2)
        if text == "0.00" { return " 0.00" }
        return (score < 0 ? "−" : "+") + text
    }

    /// `value` with `digits` decimals.
    static func fixed(_ value: Double, _ digits: Int) -> String {
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let scaled = Int((abs(value) * scale).rounded())
        let whole = scaled / Int(scale)
        let fraction = String(scaled % Int(scale))
        let sign = value < 0 && scaled != 0 ? "-" : ""
        guard digits > 0 else { return sign + grouped(whole) }
        return sign + grouped(whole) + "." + String(repeating: "0", count: digits - fraction.count) + fraction
    }

    /// `1,234,567`.
    static func grouped(_ number: Int) -> String {
        let digits = String(number.magnitude)
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return (number < 0 ? "-" : "") + result
    }

    /// `0.045 s`, `12.3 s`, `2 min 05 s`.
    static func duration(_ seconds: Double) -> String {
        if seconds < 1 { return fixed(seconds, 3) + " s" }
        if seconds < 60 { return fixed(seconds, seconds < 10 ? 2 : 1) + " s" }
        let total = Int(seconds.rounded())
        let rest = total % 60
        return total >= 3600 ? "\(total / 3600) h \(total / 60 % 60) min" : "\(total / 60) min \(rest < 10 ? "0" : "")\(rest) s"
    }

    /// `812 KB`, `3.4 MB`.
    static func size(_ bytes: Int) -> String {
        bytes < 1_000_000 ? "\(grouped((bytes + 999) / 1000)) KB" : fixed(Double(bytes) / 1_000_000, 1) + " MB"
    }

    /// `text` cut to `width` characters, ending in `…` when cut.
    static func fit(_ text: String, _ width: Int) -> String {
        text.count <= width ? text : String(text.prefix(max(0, width - 1))) + "…"
    }

    /// `text` fitted and padded with spaces on the right to `width`.
    static func pad(_ text: String, _ width: Int) -> String {
        let fitted = fit(text, width)
        return fitted + String(repeating: " ", count: max(0, width - fitted.count))
    }

    /// `text` fitted and padded with spaces on the left to `width`.
    static func padLeft(_ text: String, _ width: Int) -> String {
        let fitted = fit(text, width)
        return String(repeating: " ", count: max(0, width - fitted.count)) + fitted
    }
}
