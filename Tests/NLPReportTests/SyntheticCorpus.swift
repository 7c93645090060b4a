import Foundation
@testable import NLPCore
@testable import NLPReport

/// A sentiment layer for tests: given scores, no VADER.
struct FixedSentiment: SentimentScoredLayer {
    static let id: LayerID = .sentiment
    var documentScore: Double
    var sentenceScores: [(span: Span, score: Double)]
    func writeJSON(to writer: inout JSONWriter, document: Document, offsets: CodePointIndex) { writer.null() }
}

/// Builds annotated documents by naming the text of each span.
struct DocumentBuilder {
    private(set) var document: Document

    init(id: String, text: String) { document = Document(id: id, text: text) }

    /// The UTF-8 span of the `occurrence`-th appearance of `needle`.
    func span(_ needle: String, occurrence: Int = 0) -> Span {
        let bytes = Array(document.text.utf8), pattern = Array(needle.utf8)
        var found = -1
        var start = 0
        while start + pattern.count <= bytes.count {
            if Array(bytes[start..<(start + pattern.count)]) == pattern {
                found += 1
                if found == occurrence { return Span(start..<(start + pattern.count)) }
            }
            start += 1
        }
        fatalError("'\(needle)' (\(occurrence)) is not in the text")
    }

    mutating func sentences(_ texts: [String], scores: [Double]? = nil) {
        let spans = texts.map { span($0) }
        document[Sentences.self] = Sentences(spans)
        if let scores {
            document[FixedSentiment.self] = FixedSentiment(documentScore: scores.reduce(0, +) / Double(scores.count),
                                                           sentenceScores: Array(zip(spans, scores)).map { ($0, $1) })
        }
    }

    mutating func entities(_ mentions: [(text: String, occurrence: Int, label: String, id: String, canonical: String)]) {
        document[Entities.self] = Entities(mentions.map {
            EntityMention(span: span($0.text, occurrence: $0.occurrence), label: $0.label, id: $0.id, canonical: $0.canonical,
                          link: $0.label == "NORP" ? .demonym : .alias)
        }.sorted { $0.span < $1.span })
    }

    mutating func quotes(_ quotes: [Quotation]) { document[Quotes.self] = Quotes(quotes) }

    mutating func stance(_ relations: [StanceRelation]) { document[Stances.self] = Stances(relations) }

    func party(_ text: String, _ id: String, _ canonical: String, occurrence: Int = 0) -> StanceParty {
        StanceParty(span: span(text, occurrence: occurrence), entityID: id, canonical: canonical)
    }
}

/// Two annotated documents (one with `</script>`, `&`, `<b>` and an emoji in its text) and one failure.
enum SyntheticCorpus {
    static let hostileLine = "Putin condemned </script><script>document.title='pwned'</script> & <b>tags</b> in Kyiv 😀."

    static func documents() -> [Document] {
        let first = "Kim Jong Un praised Russia. “We stand with Moscow,” Kim said. " + hostileLine
        var a = DocumentBuilder(id: "a-1", text: first)
        a.sentences(["Kim Jong Un praised Russia.", "“We stand with Moscow,” Kim said.", hostileLine], scores: [0.6, 0.3, -0.7])
        a.entities([("Kim Jong Un", 0, "PERSON", "kim-jong-un", "Kim Jong Un"), ("Russia", 0, "GPE", "russia", "Russia"),
                    ("Moscow", 0, "GPE", "moscow", "Moscow"), ("Kim", 1, "PERSON", "kim-jong-un", "Kim Jong Un"),
                    ("Putin", 0, "PERSON", "vladimir-putin", "Vladimir Putin"), ("Kyiv", 0, "GPE", "kyiv", "Kyiv")])
        a.quotes([Quotation(span: a.span("“We stand with Moscow,”"), kind: .direct, cue: a.span("said"),
                            speaker: QuoteSpeaker(span: a.span("Kim", occurrence: 1), entityID: "kim-jong-un", canonical: "Kim Jong Un"),
                            confidence: 0.9)])
        a.stance([
            StanceRelation(holder: a.party("Kim Jong Un", "kim-jong-un", "Kim Jong Un"), target: a.party("Russia", "russia", "Russia"),
                           polarity: .support, score: 0.6, cue: a.span("praised"), evidence: a.span("Kim Jong Un praised Russia."), source: .cue),
            StanceRelation(holder: a.party("Putin", "vladimir-putin", "Vladimir Putin"), target: a.party("Kyiv", "kyiv", "Kyiv"),
                           polarity: .oppose, score: -0.7, cue: a.span("condemned"), evidence: a.span(hostileLine), source: .cue),
        ])
        let second = "Russia criticised Kyiv. Kim Jong Un said the talks went well. Officials said nothing."
        var b = DocumentBuilder(id: "b-2", text: second)
        b.sentences(["Russia criticised Kyiv.", "Kim Jong Un said the talks went well.", "Officials said nothing."], scores: [-0.4, 0.5, 0])
        b.entities([("Russia", 0, "GPE", "russia", "Russia"), ("Kyiv", 0, "GPE", "kyiv", "Kyiv"),
                    ("Kim Jong Un", 0, "PERSON", "kim-jong-un", "Kim Jong Un")])
        b.quotes([
            Quotation(span: b.span("the talks went well"), kind: .reported, cue: b.span("said"),
                      speaker: QuoteSpeaker(span: b.span("Kim Jong Un"), entityID: "kim-jong-un", canonical: "Kim Jong Un"), confidence: 0.8),
            Quotation(span: b.span("nothing"), kind: .reported, cue: b.span("said", occurrence: 1),
                      speaker: QuoteSpeaker(span: b.span("Officials")), confidence: 0.5),
        ])
        b.stance([StanceRelation(holder: b.party("Russia", "russia", "Russia"), target: b.party("Kyiv", "kyiv", "Kyiv"),
                                 polarity: .oppose, score: -0.5, cue: b.span("criticised"), evidence: b.span("Russia criticised Kyiv."), source: .cue)])
        return [a.document, b.document]
    }

    /// The overview and, when `report` is given, the HTML report of the two documents and a failed third.
    static func run(report path: String? = nil) throws -> (overview: CorpusOverview, summary: RunSummary, reportBytes: Int?) {
        let digester = DocumentDigester(tallies: true, stance: true, report: path != nil)
        let report = try path.map { try HTMLReport(path: $0) }
        var overview = CorpusOverview()
        var summary = RunSummary()
        for (number, document) in documents().enumerated() {
            let digest = digester.digest(document)
            let outcome = DocumentOutcome(id: document.id, failed: false, bytes: document.utf8Count,
                                          sentences: document[Sentences.self]?.spans.count ?? 0, words: 10, digest: digest)
            overview.add(number: number, id: document.id, digest: digest)
            try report?.add(outcome, number: number, digest: digest, failure: nil)
            summary.documents += 1
            summary.sentences += outcome.sentences
            summary.words += outcome.words
            summary.bytes += outcome.bytes
        }
        let failed = DocumentOutcome(id: "c-3", failed: true, bytes: 0, sentences: 0, words: 0, digest: nil)
        overview.add(number: 2, id: "c-3", failed: true, digest: nil)
        try report?.add(failed, number: 2, digest: nil, failure: "input: not valid UTF-8 (first bad byte at offset 3)")
        summary.documents += 1
        summary.failed += 1
        summary.seconds = 0.25
        let bytes = try report?.finish(overview: overview, run: summary,
                                       details: .init(pipeline: "synthetic", input: "memory", jobs: 1, stages: ["fixture", "stance"]))
        return (overview, summary, bytes)
    }

    /// A fresh temporary directory.
    static func temporaryDirectory() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("nlp-report-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }
}
