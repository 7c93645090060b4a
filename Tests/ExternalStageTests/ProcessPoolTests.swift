import Foundation
import NLPCore
@testable import NLPExternal
import Testing

/// Processes are reused, bounded by the number of workers, fed without deadlock, and stopped
/// when the pipeline goes away; layers cross the boundary in code points.
@Suite struct ProcessPoolTests {
    @Test(arguments: [1, 2, 3])
    func eachWorkerReusesOneProcess(jobs: Int) throws {
        let stage = try Support.stage()
        let texts = (0..<60).map { "document number \($0)" }
        let (records, summary) = try Support.run(texts, stages: [stage], jobs: jobs)
        #expect(summary.failed == 0)
        let pids = records.compactMap(Support.pid)
        #expect(pids.count == 60)
        #expect(Set(pids).count <= jobs)
        // Every process saw consecutive documents: its `seen` counts 1, 2, 3, ... in order.
        var seen: [Int: Int] = [:]
        for record in records {
            let info = try #require(record["info"] as? [String: Any])
            let pid = try #require(info["pid"] as? Int)
            seen[pid, default: 0] += 1
            #expect(info["seen"] as? Int ?? 0 >= 1)
        }
        #expect(seen.values.reduce(0, +) == 60)
    }

    @Test func idleProcessesWaitForTheNextRunAndStopWhenTheStageIsReleased() throws {
        var idle: Set<Int> = []
        do {
            let stage = try Support.stage()
            let (records, _) = try Support.run(["one", "two", "three", "four"], stages: [stage], jobs: 2)
            // Each worker had a process (the second may have taken the first's, if it started
            // late); they hand them back as their threads end.
            let used = Set(records.compactMap(Support.pid))
            #expect(Support.eventually { used.isSubset(of: stage.pool.idleProcessIDs) })
            idle = Set(stage.pool.idleProcessIDs)
            #expect((1...2).contains(idle.count))
            #expect(idle.allSatisfy(Support.isRunning))
            let (again, _) = try Support.run(["five"], stages: [stage], jobs: 1)
            #expect(idle.contains(try #require(Support.pid(again[0]))), "a second run reuses an idle process")
            #expect(Support.eventually { Set(stage.pool.idleProcessIDs) == idle })
        }
        #expect(!idle.isEmpty)
        #expect(Support.eventually { !idle.contains(where: Support.isRunning) },
                "released with the stage, the processes are stopped")
    }

    @Test func largeDocumentsAndAChattyStderrNeverDeadlock() throws {
        // The stage writes 300 KB to stderr before reading each request, so it blocks on a full
        // stderr pipe while the runtime writes a 2 MB document to its full stdin pipe: only
        // draining stderr while writing avoids a deadlock. Replies carry ~350,000 spans.
        let stage = try Support.stage(["--chatty"], timeout: 60)
        let word = "naïve café “quoted” 😀 "
        let big = String(repeating: word, count: 2_000_000 / word.utf8.count)
        let (records, summary) = try Support.run([big, "small one", big], stages: [stage], jobs: 2)
        #expect(summary.failed == 0, "\(records.compactMap(Support.error))")
        for (record, text) in zip(records, [big, "small one", big]) {
            let marks = try #require(record["marks"] as? [[String: Any]])
            #expect(marks.count == text.split(separator: " ").count)
            #expect(Support.slice(text, marks.last!) == String(text.split(separator: " ").last!))
        }
    }

    @Test func spansRoundTripInCodePointsThroughUTF8() throws {
        let text = "Café “Zoë” — naïve 😀 emoji, 한국어 text.\nSecond line ﬁ."
        let stage = try Support.stage()
        let (records, _) = try Support.run([text], stages: [stage])
        let record = try #require(records.first)
        let marks = try #require(record["marks"] as? [[String: Any]])
        #expect(marks.compactMap { Support.slice(text, $0) } == text.split(whereSeparator: \.isWhitespace).map(String.init))
        for mark in marks {
            let first = try #require(mark["first"] as? [String: Any])
            #expect(Support.slice(text, first)?.unicodeScalars.count == 1)
            #expect(first["start"] as? Int == mark["start"] as? Int)
        }
        // Inside, the layer holds UTF-8 byte offsets, like every layer.
        var document = Document(id: "x", text: text)
        var processor = try stage.makeProcessor()
        try processor.process(&document)
        let layer = try #require(document.layer("marks") as? JSONLayer)
        let emoji = try #require(layer.value.items?.first { item in
            guard let start = item["start"]?.integerValue, let end = item["end"]?.integerValue else { return false }
            return document.text(of: Span(start..<end)) == "😀"
        })
        #expect(emoji["end"]!.integerValue! - emoji["start"]!.integerValue! == 4)
    }

    @Test func requiredLayersAreSentInCodePoints() throws {
        let text = "Zoë’s café — “naïve” 😀 text. Second sentence."
        let stage = try Support.stage(["--requires", "tokens"])
        #expect(stage.requires == ["tokens"])
        let (records, summary) = try Support.run([text], stages: [try Support.segmenter(), stage])
        #expect(summary.failed == 0)
        let echoed = try #require((records[0]["info"] as? [String: Any])?["tokens"] as? [String])
        let tokens = try #require(records[0]["tokens"] as? [[String: Any]])
        #expect(echoed == tokens.compactMap { Support.slice(text, $0) })
        #expect(echoed.contains("😀") && echoed.contains("naïve"))
    }
}
