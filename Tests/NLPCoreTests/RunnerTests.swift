import Foundation
import Testing
@testable import NLPCore

/// Items from an array (in-memory input).
struct ArraySource: DocumentSource {
    var items: [InputItem]
    var position = 0
    mutating func next() throws -> InputItem? {
        guard position < items.count else { return nil }
        defer { position += 1 }
        return items[position]
    }
}

@Suite struct RunnerTests {
    private func pipeline() throws -> Pipeline {
        try Pipeline(stages: [ErasedStage(SpaceTokenizer(options: .init(), context: .init())),
                              ErasedStage(NeedsTokens(options: .init(), context: .init()))])
    }

    private func records(_ sink: MemorySink) throws -> [[String: Any]] {
        try sink.records.map { try #require(JSONSerialization.jsonObject(with: Data($0)) as? [String: Any]) }
    }

    @Test func pipelineRejectsAStageWhoseRequirementsComeLater() throws {
        #expect(throws: StageError.self) {
            try Pipeline(stages: [ErasedStage(NeedsTokens(options: .init(), context: .init()))])
        }
    }

    @Test(arguments: [1, 2, 4])
    func writesEveryDocumentOnceInInputOrder(jobs: Int) throws {
        let items = (0..<500).map { index in
            InputItem(source: "mem:\(index)", fallbackID: "mem:\(index)",
                      payload: .jsonLine(bytes: Array(#"{"id": "d\#(index)", "text": "\#(String(repeating: "word ", count: index % 37 + 1))end"}"#.utf8)))
        }
        var source = ArraySource(items: items)
        var sink = MemorySink()
        let runner = Runner(pipeline: try pipeline(), options: RunOptions(jobs: jobs, maxInFlight: 8))
        let summary = try runner.run(source: &source, sink: &sink)
        #expect(summary.documents == 500)
        #expect(summary.failed == 0)
        let ids = try records(sink).map { $0["id"] as? String }
        #expect(ids == (0..<500).map { "d\($0)" })
    }

    @Test func badDocumentsGetErrorRecordsAndOthersStillComeOut() throws {
        let lines = [
            #"{"id": "good-1", "text": "fine text"}"#,
            #"{"id": "broken", "text": "#,
            #"{"id": "no-text"}"#,
            #"{"id": "empty", "text": "  \n "}"#,
            #"{"id": "fails", "text": "please FAIL here"}"#,
            #"{"id": "good-2", "text": "more fine text"}"#,
        ]
        var items = lines.enumerated().map { index, line in
            InputItem(source: "in.jsonl:\(index + 1)", fallbackID: "in:\(index + 1)", payload: .jsonLine(bytes: Array(line.utf8)))
        }
        items.append(InputItem(source: "bin.txt", fallbackID: "bin", payload: .textFile(id: "bin", bytes: [0x41, 0x00, 0x42])))
        items.append(InputItem(source: "latin1.txt", fallbackID: "latin1", payload: .textFile(id: "latin1", bytes: [0x63, 0x61, 0x66, 0xE9])))
        var source = ArraySource(items: items)
        var sink = MemorySink()
        var failures: [FailureReport] = []
        let summary = try Runner(pipeline: try pipeline(), options: RunOptions(jobs: 2))
            .run(source: &source, sink: &sink) { failures.append($0) }
        #expect(summary.documents == 8)
        #expect(summary.failed == 6)
        let output = try records(sink)
        #expect(output.map { $0["id"] as? String } == ["good-1", "in:2", "no-text", "empty", "fails", "good-2", "bin", "latin1"])
        #expect(output[0]["tokens"] != nil && output[5]["tokens"] != nil)
        let messages = output.compactMap { ($0["error"] as? [String: Any])?["message"] as? String }
        #expect(messages.count == 6)
        #expect(messages[0].contains("malformed JSON at column"))
        #expect(messages[1].contains("no \"text\""))
        #expect(messages[2].contains("empty"))
        #expect(messages[3].contains("asked to fail"))
        #expect(messages[4].contains("binary"))
        #expect(messages[5].contains("not valid UTF-8"))
        #expect((output[4]["error"] as? [String: Any])?["stage"] as? String == "space-tokenizer")
        #expect(failures.map(\.source) == ["in.jsonl:2", "in.jsonl:3", "in.jsonl:4", "in.jsonl:5", "bin.txt", "latin1.txt"])
    }

    /// A batch runs stage by stage; a document that fails in one stage is skipped by the later ones
    /// and named with that stage, and the others of its batch go through every stage.
    @Test func aBatchRunsStageByStageAndAFailureStaysWithItsDocument() throws {
        var worker = try pipeline().makeWorker()
        var documents = ["one two", "please FAIL now", "three four five"].enumerated().map { Document(id: "d\($0)", text: $1) }
        let failures = worker.process(batch: &documents)
        #expect(failures.map { $0?.stage } == [nil, "space-tokenizer", nil])
        #expect(documents.map { $0[Tokens.self]?.tokens.count } == [2, nil, 3])
        #expect(worker.stageNames == ["space-tokenizer", "needs-tokens"])
        #expect(worker.stageTimes.count == 2 && worker.stageTimes.allSatisfy { $0 >= .zero })
    }

    /// The run's profile names every stage in order, with times that fit in the workers' wall time.
    @Test(arguments: [1, 2])
    func summaryProfilesEveryStage(jobs: Int) throws {
        var source = ArraySource(items: (0..<300).map { index in
            InputItem(source: "x", fallbackID: "d\(index)", payload: .document(Document(id: "d\(index)", text: "word \(index) and more words")))
        })
        var sink = MemorySink()
        let summary = try Runner(pipeline: try pipeline(), options: RunOptions(jobs: jobs)).run(source: &source, sink: &sink)
        #expect(summary.stageSeconds.map(\.stage) == ["space-tokenizer", "needs-tokens"])
        let busy = summary.stageSeconds.reduce(0) { $0 + $1.seconds } + summary.codingSeconds
        #expect(busy > 0 && busy <= Double(jobs) * summary.seconds + 0.01)
    }

    /// With a byte budget smaller than one document, documents go through one at a time, all of
    /// them, in order.
    @Test(arguments: [1, 2])
    func aByteBudgetSmallerThanADocumentStillRunsEveryDocument(jobs: Int) throws {
        let text = Array(repeating: "word", count: 500).joined(separator: " ")
        var source = ArraySource(items: (0..<40).map { index in
            InputItem(source: "x", fallbackID: "d\(index)", payload: .document(Document(id: "d\(index)", text: text)))
        })
        var options = RunOptions(jobs: jobs)
        options.maxInFlightBytes = 1000
        options.batchBytes = 1000
        var sink = MemorySink()
        let summary = try Runner(pipeline: try pipeline(), options: options).run(source: &source, sink: &sink)
        #expect(summary.documents == 40 && summary.failed == 0)
        #expect(try records(sink).map { $0["id"] as? String } == (0..<40).map { "d\($0)" })
        #expect(try records(sink).allSatisfy { ($0["tokens"] as? [Any])?.count == 500 })
    }

    @Test func spansAreCodePointOffsetsInOutput() throws {
        let text = "Kim’s “anti-imperialist” front 😀 done"
        var source = ArraySource(items: [InputItem(source: "x", fallbackID: "x", payload: .document(Document(id: "x", text: text)))])
        var sink = MemorySink()
        _ = try Runner(pipeline: try pipeline(), options: RunOptions(jobs: 1)).run(source: &source, sink: &sink)
        let record = try #require(try records(sink).first)
        let scalars = Array((record["text"] as? String ?? "").unicodeScalars)
        let words = (record["tokens"] as? [[String: Any]] ?? []).map { token -> String in
            let start = token["start"] as? Int ?? 0, end = token["end"] as? Int ?? 0
            return String(String.UnicodeScalarView(scalars[start..<end]))
        }
        #expect(words == ["Kim’s", "“anti-imperialist”", "front", "😀", "done"])
    }

    @Test func cancelStopsReadingButWritesWholeRecords() throws {
        struct EndlessSource: DocumentSource {
            var count = 0
            let runner: Runner
            mutating func next() throws -> InputItem? {
                count += 1
                if count == 50 { runner.cancel() }
                return InputItem(source: "e", fallbackID: "e\(count)", payload: .document(Document(id: "e\(count)", text: "a b c")))
            }
        }
        let runner = Runner(pipeline: try pipeline(), options: RunOptions(jobs: 2, maxInFlight: 4))
        var source = EndlessSource(runner: runner)
        var sink = MemorySink()
        let summary = try runner.run(source: &source, sink: &sink)
        #expect(summary.cancelled)
        #expect(summary.documents == 50)
        #expect(try records(sink).count == 50)
    }
}
