import Foundation
import NLPCore
import Segmenter
import Gazetteer
import Quotes
@testable import Stance

/// Runs segmenter, gazetteer (the shipped lists), quotes and stance (the shipped lexicon) on small texts.
struct StanceHarness {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path

    let segmenter: Segmenter
    let gazetteer: Gazetteer
    let quotes: QuotesStage
    let stance: StanceStage

    init(options: StanceStage.Options = .init()) throws {
        segmenter = try Segmenter(options: .init(), context: .init())
        gazetteer = try Gazetteer(options: .init(lists: ["world.tsv", "summit.tsv"].map { Self.root + "/pipelines/gazetteers/" + $0 }),
                                  context: .init())
        quotes = try QuotesStage(options: .init(), context: .init())
        stance = try StanceStage(options: options, context: StageContext(baseDirectory: Self.root + "/pipelines"))
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
        var none: Void = ()
        try stance.process(&document, scratch: &none)
        return document
    }

    /// One line per relation: `Holder → Target: polarity (cue)`, with ` via quote` or ` negated`.
    func describe(_ text: String) throws -> [String] {
        let document = try run(text)
        return (document[Stances.self]?.relations ?? []).map { relation in
            var line = "\(relation.holder.canonical) → \(relation.target.canonical): \(relation.polarity.rawValue)"
                + " (\(document.text(of: relation.cue)))"
            if relation.source == .quote { line += " via quote" }
            if relation.negated { line += " negated" }
            return line
        }
    }
}
