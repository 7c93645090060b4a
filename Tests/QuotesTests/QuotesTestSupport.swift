import Foundation
import NLPCore
import Segmenter
import Gazetteer
@testable import Quotes

/// Runs segmenter, gazetteer (the shipped lists) and quotes on small texts.
struct QuotesHarness {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path

    let segmenter: Segmenter
    let gazetteer: Gazetteer
    let quotes: QuotesStage

    init(reported: Bool = true) throws {
        segmenter = try Segmenter(options: .init(), context: .init())
        gazetteer = try Gazetteer(options: .init(lists: ["world.tsv", "summit.tsv"].map { Self.root + "/pipelines/gazetteers/" + $0 }),
                                  context: .init())
        quotes = try QuotesStage(options: .init(reported: reported), context: .init())
    }

    /// The annotated document.
    func run(_ text: String) throws -> Document {
        var document = Document(id: "t", text: text)
        var segmenterScratch = try segmenter.makeScratch()
        try segmenter.process(&document, scratch: &segmenterScratch)
        var gazetteerScratch = try gazetteer.makeScratch()
        try gazetteer.process(&document, scratch: &gazetteerScratch)
        var quotesScratch = quotes.makeScratch()
        try quotes.process(&document, scratch: &quotesScratch)
        return document
    }

    /// The documents annotated one after the other with one quotes scratch, as a worker runs them.
    func runSharingScratch(_ texts: [String]) throws -> [Document] {
        var scratch = quotes.makeScratch()
        var segmenterScratch = try segmenter.makeScratch()
        var gazetteerScratch = try gazetteer.makeScratch()
        return try texts.enumerated().map { index, text in
            var document = Document(id: "t\(index)", text: text)
            try segmenter.process(&document, scratch: &segmenterScratch)
            try gazetteer.process(&document, scratch: &gazetteerScratch)
            try quotes.process(&document, scratch: &scratch)
            return document
        }
    }

    /// One line per attribution: `kind | content | cue | speaker → entity`.
    func describe(_ text: String) throws -> [String] {
        let document = try run(text)
        return (document[Quotes.self]?.quotations ?? []).map { quote in
            let cue = quote.cue.map { String(document.text(of: $0)) } ?? "-"
            let speaker = quote.speaker.map { String(document.text(of: $0.span)) + " → " + ($0.entityID ?? "?") } ?? "-"
            return "\(quote.kind.rawValue) | \(document.text(of: quote.span)) | \(cue) | \(speaker)"
        }
    }
}
