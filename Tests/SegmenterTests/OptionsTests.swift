import Foundation
import NLPCore
import Segmenter
import Testing

@Suite("Options")
struct OptionsTests {
    @Test("defaults")
    func defaults() {
        let options = Segmenter.Options()
        #expect(options.locale == "en")
        #expect(options.abbreviations == [])
    }

    @Test("the schema lists every option with a default")
    func schema() {
        let names = Segmenter.Options.schema.map(\.name)
        #expect(names == ["locale", "abbreviations"])
        #expect(Segmenter.Options.schema.allSatisfy { $0.defaultValue != nil && !$0.summary.isEmpty })
        #expect(Segmenter.Options.schema[0].defaultValue == .string("en"))
    }

    @Test("the stage declares its layers")
    func layers() {
        #expect(Segmenter.name == "segmenter")
        #expect(Segmenter.requires.isEmpty)
        #expect(Segmenter.produces == [.sentences, .tokens])
    }

    @Test("valid locales are accepted", arguments: ["en", "en_US", "en-GB", "de", "ko", "es_419"])
    func validLocale(_ locale: String) throws {
        _ = try Segmenter(options: .init(locale: locale), context: .init())
    }

    @Test("invalid locales are rejected with a clear message", arguments: ["", "xx", "klingon", "en_QQ", "123"])
    func invalidLocale(_ locale: String) {
        let error = #expect(throws: StageError.self) {
            _ = try Segmenter(options: .init(locale: locale), context: .init())
        }
        #expect(error?.message.contains("invalid locale '\(locale)'") == true)
    }

    @Test("unusable abbreviations are rejected")
    func invalidAbbreviation() {
        let error = #expect(throws: StageError.self) {
            _ = try Segmenter(options: .init(abbreviations: ["ok", "Bézier", "averyveryverylongword"]), context: .init())
        }
        #expect(error?.message.contains("'Bézier'") == true)
        #expect(error?.message.contains("'averyveryverylongword'") == true)
        #expect(error?.message.contains("'ok'") == false)
    }

    @Test("a scratch per worker, reused across documents")
    func scratchReuse() throws {
        let segmenter = try Segmenter(options: .init(), context: .init())
        var scratch = try segmenter.makeScratch()
        for text in ["One. Two.", "", "Three four five. Six!", String(repeating: "Word ", count: 5000)] {
            var document = Document(id: "t", text: text)
            try segmenter.process(&document, scratch: &scratch)
            expectWellFormed(document)
        }
    }

    @Test("options decode from a pipeline's values")
    func decoding() throws {
        let json = Data(#"{"locale": "en_GB", "abbreviations": ["Gen", "approx."]}"#.utf8)
        let options = try JSONDecoder().decode(Segmenter.Options.self, from: json)
        #expect(options == Segmenter.Options(locale: "en_GB", abbreviations: ["Gen", "approx."]))
    }

    @Test("workers with their own scratch run at the same time")
    func concurrentWorkers() async throws {
        let segmenter = try Segmenter(options: .init(), context: .init())
        let text = String(repeating: "Mr. Putin met Kim in the U.S. They talked for hours. ", count: 200)
        let counts = try await withThrowingTaskGroup(of: Int.self) { group in
            for _ in 0..<4 {
                group.addTask {
                    var scratch = try segmenter.makeScratch()
                    var total = 0
                    for index in 0..<20 {
                        var document = Document(id: "\(index)", text: text)
                        try segmenter.process(&document, scratch: &scratch)
                        total += document[Sentences.self]?.spans.count ?? 0
                    }
                    return total
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(counts == Array(repeating: 20 * 400, count: 4))
    }

    @Test("the stage runs in a pipeline")
    func pipeline() throws {
        let pipeline = try Pipeline(stages: [ErasedStage(try Segmenter(options: .init(), context: .init()))])
        var worker = try pipeline.makeWorker()
        var document = Document(id: "1", text: "I met Joe. He left.")
        try worker.process(&document)
        #expect(document[Sentences.self]?.spans.count == 2)
        #expect(document.layerOrder == [.sentences, .tokens])
    }
}
