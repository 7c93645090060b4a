import Foundation
import Testing

/// End to end: the `nlp` binary on the seeds and on bad input, as a user runs it.
@Suite(.serialized) struct RunCommandTests {
    @Test func summitPipelineAnnotatesTheFiveSeedsWithValidSpans() throws {
        let directory = try NLPProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let output = directory + "/summit.jsonl"
        let result = try NLPProcess.run(["run", "pipelines/summit.pipe", "--output", output])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("5 documents"))
        let records = try NLPProcess.records(try String(contentsOfFile: output, encoding: .utf8))
        let seeds = try FileManager.default.contentsOfDirectory(atPath: NLPProcess.root + "/seeds").filter { $0.hasSuffix(".txt") }.sorted()
        #expect(records.map { $0["id"] as? String } == seeds.map { String($0.dropLast(4)) })
        for record in records {
            let text = try #require(record["text"] as? String)
            let file = try String(contentsOfFile: NLPProcess.root + "/seeds/\(record["id"] as? String ?? "").txt", encoding: .utf8)
            #expect(text == file)
            let sentences = try #require(record["sentences"] as? [[String: Any]])
            let tokens = try #require(record["tokens"] as? [[String: Any]])
            #expect(sentences.count > 5)
            #expect(tokens.count > 100)
            for span in sentences + tokens {
                let covered = try #require(NLPProcess.slice(text, span))
                #expect(!covered.isEmpty && covered == covered.trimmingCharacters(in: .whitespacesAndNewlines))
            }
            #expect(Set(tokens.compactMap { $0["kind"] as? String }).isSubset(of: ["word", "number", "punctuation"]))
        }
        // The first seed's opening sentence ends after "Ukraine." and the second begins with "Kim".
        let first = try #require(records.first)
        let text = try #require(first["text"] as? String)
        let sentences = try #require(first["sentences"] as? [[String: Any]])
        #expect(NLPProcess.slice(text, sentences[1])?.hasPrefix("Kim emphasized") == true)
    }

    @Test func profilePrintsTheTimeOfEveryStage() throws {
        let result = try NLPProcess.run(["run", "pipelines/summit.pipe", "--output", "/dev/null", "--quiet", "--profile"])
        #expect(result.status == 0)
        let lines = result.stderr.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("time by stage") == true)
        let names = lines.dropFirst().compactMap { $0.split(separator: " ").first.map(String.init) }
        #expect(names == ["segmenter", "gazetteer", "quotes", "sentiment", "stance", "records"])
        #expect(lines.dropFirst().allSatisfy { $0.hasSuffix("%") })
    }

    @Test func offsetsSatisfyPythonSlicing() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/python3") || FileManager.default.isExecutableFile(atPath: "/usr/local/bin/python3") else { return }
        let directory = try NLPProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let output = directory + "/summit.jsonl"
        #expect(try NLPProcess.run(["run", "pipelines/summit.pipe", "--output", output, "--quiet"]).status == 0)
        let check = Process()
        check.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        check.arguments = ["python3", NLPProcess.root + "/scripts/check_offsets.py", output]
        try check.run()
        check.waitUntilExit()
        #expect(check.terminationStatus == 0)
    }

    @Test func badInputGetsErrorRecordsNamingTheDocumentAndTheRestComesOut() throws {
        let directory = try NLPProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try "A good document. It has two sentences.".write(toFile: directory + "/a-good.txt", atomically: true, encoding: .utf8)
        try Data([0x63, 0x61, 0x66, 0xE9, 0x20, 0x6E, 0x6F, 0x69, 0x72]).write(to: URL(fileURLWithPath: directory + "/b-latin1.txt"))
        try Data([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x00, 0x00]).write(to: URL(fileURLWithPath: directory + "/c-binary.txt"))
        try "".write(toFile: directory + "/d-empty.txt", atomically: true, encoding: .utf8)
        try "Another good one.".write(toFile: directory + "/e-good.txt", atomically: true, encoding: .utf8)
        let result = try NLPProcess.run(["run", "pipelines/summit.pipe", "--input", directory, "--output", "-", "--jobs", "2"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("3 of 5 documents failed"))
        #expect(result.stderr.contains("b-latin1.txt") && result.stderr.contains("not valid UTF-8"))
        #expect(result.stderr.contains("c-binary.txt") && result.stderr.contains("binary"))
        #expect(result.stderr.contains("d-empty.txt") && result.stderr.contains("empty"))
        let records = try NLPProcess.records(result.stdout)
        #expect(records.map { $0["id"] as? String } == ["a-good", "b-latin1", "c-binary", "d-empty", "e-good"])
        #expect(records[0]["sentences"] != nil && records[4]["sentences"] != nil)
        #expect(records[1]["error"] != nil && records[2]["error"] != nil && records[3]["error"] != nil)
    }

    @Test func jsonlFromStdinToStdoutIsAFilterWithOneLinePerInputLine() throws {
        let lines = [
            #"{"id": "one", "text": "Mr. Putin met Kim Jong Un. They talked."}"#,
            #"{"id": "two", "text": "#,
            #"{"id": "three"}"#,
            "  ",
            #"{"id": "four", "text": "U.S. officials said so."}"#,
        ]
        let result = try NLPProcess.run(["run", "pipelines/summit.pipe", "--input", "-", "--output", "-"],
                                        stdin: Data((lines.joined(separator: "\n") + "\n").utf8), environment: [:])
        #expect(result.status == 1)
        #expect(result.stderr.contains("<stdin>:2"))
        #expect(result.stderr.contains("3 of 5 documents failed"))
        let records = try NLPProcess.records(result.stdout)
        #expect(records.map { $0["id"] as? String } == ["one", "stdin:2", "three", "stdin:4", "four"])
        #expect((records[0]["sentences"] as? [Any])?.count == 2)
        #expect((records[3]["error"] as? [String: Any])?["message"] as? String == "blank line; expected a JSON object")
        #expect((records[4]["sentences"] as? [Any])?.count == 1)
    }

    @Test func oversizedDocumentIsRefusedAloneWithItsSize() throws {
        let big = String(repeating: "word ", count: 400_000)
        let input = #"{"id": "small", "text": "Fine."}"# + "\n" + #"{"id": "big", "text": "\#(big)"}"# + "\n" + #"{"id": "after", "text": "Also fine."}"# + "\n"
        let result = try NLPProcess.run(["run", "pipelines/summit.pipe", "--input", "-", "--output", "-", "--max-document-bytes", "1000000"],
                                        stdin: Data(input.utf8))
        #expect(result.status == 1)
        #expect(result.stderr.contains("over the limit of 1000000"))
        let records = try NLPProcess.records(result.stdout)
        #expect(records.map { $0["id"] as? String } == ["small", "stdin:2", "after"])
    }

    @Test func sigtermFinishesInFlightDocumentsAndLeavesOnlyWholeLines() throws {
        let directory = try NLPProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let seed = try String(contentsOfFile: NLPProcess.root + "/seeds/001_c474564ab41cdba8.txt", encoding: .utf8)
        var jsonl = ""
        let encoded = String(decoding: try JSONSerialization.data(withJSONObject: [seed], options: []), as: UTF8.self).dropFirst().dropLast()
        for index in 0..<5_000 { jsonl += #"{"id": "d\#(index)", "text": \#(encoded)}"# + "\n" }
        try jsonl.write(toFile: directory + "/in.jsonl", atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: NLPProcess.binary)
        process.arguments = ["run", NLPProcess.root + "/pipelines/summit.pipe", "--input", directory + "/in.jsonl",
                             "--output", directory + "/out.jsonl", "--quiet"]
        process.standardError = FileHandle.nullDevice
        try process.run()
        Thread.sleep(forTimeInterval: 0.7)
        process.terminate()
        process.waitUntilExit()
        let output = try String(contentsOfFile: directory + "/out.jsonl", encoding: .utf8)
        #expect(process.terminationStatus == 130 || process.terminationStatus == 0)
        #expect(output.isEmpty || output.hasSuffix("\n"))
        let records = try NLPProcess.records(output)
        #expect(records.enumerated().allSatisfy { $0.element["id"] as? String == "d\($0.offset)" })
        if process.terminationStatus == 130 { #expect(records.count < 5_000) }
    }
}
