import Foundation
import NLPCore
import Segmenter
@testable import Gazetteer

/// Runs the segmenter and a gazetteer built from TSV text on small documents.
struct GazetteerHarness {
    let gazetteer: Gazetteer
    let segmenter: Segmenter
    let warnings: [String]

    /// A gazetteer from one or more TSV files' contents (in order), with the given options.
    init(_ files: [String], caseMode: String = "smart", shortForms: Bool = true, surnames: Bool = true,
         attributes: [String] = [], insideNames: String = "skip") throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("gaz-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        var paths: [String] = []
        for (index, contents) in files.enumerated() {
            let path = directory + "/list\(index).tsv"
            try contents.write(toFile: path, atomically: true, encoding: .utf8)
            paths.append(path)
        }
        let collected = WarningBox()
        gazetteer = try Gazetteer(options: .init(lists: paths, caseMode: caseMode, attributes: attributes,
                                                 shortForms: shortForms, surnames: surnames, insideNames: insideNames),
                                  context: StageContext(warn: { collected.append($0) }))
        segmenter = try Segmenter(options: .init(), context: .init())
        warnings = collected.all
    }

    /// A gazetteer from one TSV file's contents.
    init(_ contents: String, caseMode: String = "smart", attributes: [String] = []) throws {
        try self.init([contents], caseMode: caseMode, attributes: attributes)
    }

    /// The mentions found in `text`.
    func mentions(_ text: String) throws -> [EntityMention] {
        var document = Document(id: "t", text: text)
        var segmenterScratch = try segmenter.makeScratch()
        try segmenter.process(&document, scratch: &segmenterScratch)
        var scratch = try gazetteer.makeScratch()
        try gazetteer.process(&document, scratch: &scratch)
        return document[Entities.self]?.mentions ?? []
    }

    /// `surface → id` for each mention of `text`.
    func links(_ text: String) throws -> [String] {
        let document = Document(id: "t", text: text)
        return try mentions(text).map { "\(document.text(of: $0.span))→\($0.id)" }
    }

    /// The shipped gazetteers directory.
    static let shipped = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("pipelines/gazetteers").path
}

/// Collects warnings from the stage's context (called synchronously while building).
final class WarningBox: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [String] = []
    func append(_ warning: String) { lock.lock(); items.append(warning); lock.unlock() }
    var all: [String] { lock.lock(); defer { lock.unlock() }; return items }
}

/// A small gazetteer covering the rules under test.
let sampleGazetteer = """
    # A comment line, then the header.
    id\ttype\tname\taliases\tdemonyms\twikidata
    kim-jong-un\tPERSON\tKim Jong Un\tKim Jong-il's son\t\tQ56226
    kim-myong-sik\tPERSON\tKim Myong Sik\t\t\t
    vladimir-putin\tPERSON\tVladimir Putin\t\t\tQ7747
    theresa-may\tPERSON\tTheresa May\t\t\t
    lee-one\tPERSON\tHana Lee\t\t\t
    lee-two\tPERSON\tMina Lee\t\t\t
    russia\tGPE\tRussia\tRussian Federation\tRussian|Russians\tQ159
    korea\tLOC\tKorea\tKorean Peninsula\t\t
    north-korea\tGPE\tNorth Korea\tDPRK|Democratic People's Republic of Korea\tNorth Korean|North Koreans\tQ423
    united-states\tGPE\tUnited States\tUS|U.S.A.|America\tAmerican\tQ30
    ivory-coast\tGPE\tCôte d'Ivoire\tIvory Coast\tIvorian\t
    zurich\tGPE\tZurich\t\t\t
    nice\tGPE\t=Nice\t\t\t
    iphone\tPRODUCT\tiPhone\t~iphone\t\t
    vostochny\tFAC\tVostochny Cosmodrome\tVostochny space launch centre\t\t
    komsomolsk\tGPE\tKomsomolsk-on-Amur\t\t\t
    un\tORG\tUnited Nations\tUN\t\t
    """
