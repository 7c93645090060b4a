import Foundation
import NLPCore
import NLPExternal
import Testing

/// A crash, a timeout or a bad reply fails one document; the process is replaced and the next
/// document comes out annotated.
@Suite struct DocumentFailureTests {
    /// Runs three documents, the middle one carrying `marker`, through the test stage.
    private func runAround(_ marker: String, timeout: Double = 10) throws -> (records: [[String: Any]], failed: Int) {
        let stage = try Support.stage(timeout: timeout)
        let (records, summary) = try Support.run(["first document", "second \(marker) document", "third document"],
                                                 stages: [stage])
        #expect(records.count == 3)
        #expect(records.map { $0["id"] as? String } == ["d0", "d1", "d2"])
        return (records, summary.failed)
    }

    /// The middle document failed with `expected` in its message, and the process that served
    /// the first document was replaced for the third.
    private func expectFailureAndRestart(_ marker: String, _ expected: String, timeout: Double = 10,
                                         sourceLocation: SourceLocation = #_sourceLocation) throws {
        let (records, failed) = try runAround(marker, timeout: timeout)
        #expect(failed == 1, sourceLocation: sourceLocation)
        let error = try #require(Support.error(records[1]), sourceLocation: sourceLocation)
        #expect(error.stage == "test-stage", sourceLocation: sourceLocation)
        #expect(error.message.contains(expected), "\(error.message)", sourceLocation: sourceLocation)
        #expect(error.message.hasSuffix("(the process was stopped; a new one takes the next document)"), sourceLocation: sourceLocation)
        let first = try #require(Support.pid(records[0]), sourceLocation: sourceLocation)
        let third = try #require(Support.pid(records[2]), sourceLocation: sourceLocation)
        #expect(first != third, "the failed process should have been replaced", sourceLocation: sourceLocation)
        #expect(!Support.isRunning(first), "the failed process should be gone", sourceLocation: sourceLocation)
        #expect((records[2]["info"] as? [String: Any])?["seen"] as? Int == 1, sourceLocation: sourceLocation)
    }

    @Test func aCrashFailsTheDocumentWithTheExitStatusAndStderr() throws {
        try expectFailureAndRestart("CRASH", "the process exited with status 3; its stderr ends with:\n  test_stage: crashing on purpose")
    }

    @Test func aSignalIsNamed() throws {
        try expectFailureAndRestart("SEGV", "the process was killed by signal 11 (Segmentation fault)")
    }

    @Test func aTimeoutKillsTheProcess() throws {
        let clock = ContinuousClock.now
        try expectFailureAndRestart("SLEEP", "no reply within 0.5 s; the process was killed", timeout: 0.5)
        #expect(ContinuousClock.now - clock < .seconds(10))
    }

    @Test(arguments: [
        ("NOTJSON", "its reply is not JSON (column 1: unexpected character, expected a value): 'debug: got a document'; a stage must write only protocol messages to stdout"),
        ("RANGE", "bad offsets: marks[3]: span [0, 22) is out of range: offsets must satisfy 0 <= start <= end <= 21, the text's length in code points"),
        ("NEGATIVE", "bad offsets: marks[0]: span [-1, 6) is out of range"),
        ("BACKWARDS", "bad offsets: marks[0]: span [6, 0) is out of range"),
        ("HALF", "bad offsets: marks[0]: a span needs whole-number 'start' and 'end' (start 0, end missing)"),
        ("UNDECLARED", "the result has the layer 'extra', which the stage did not declare (it produces: info, marks)"),
        ("MISSING", "the result lacks the layer 'info', which the stage declared"),
        ("WRONGID", "the reply is for document \"someone-else\", not \"d1\""),
    ])
    func badOutputFailsTheDocumentAndRestarts(marker: String, expected: String) throws {
        try expectFailureAndRestart(marker, expected)
    }

    @Test func anErrorReplyFailsTheDocumentButKeepsTheProcess() throws {
        let (records, failed) = try runAround("REJECT")
        #expect(failed == 1)
        #expect(Support.error(records[1])?.message == "this document is not for me")
        #expect(Support.pid(records[0]) == Support.pid(records[2]))
        #expect((records[2]["info"] as? [String: Any])?["seen"] as? Int == 3)
    }

    /// A second line for one request, early or late, fails the document during whose exchange
    /// it is seen (the one it answers, or the next, whose reply it would otherwise pass for),
    /// and a new process takes the document after that.
    @Test(arguments: [("TWOLINES", "{\"type\": \"result\""), ("LATELINE", "a late line")])
    func extraOutputIsCaughtAndTheProcessReplaced(marker: String, line: String) throws {
        let stage = try Support.stage()
        let (records, summary) = try Support.run(["first \(marker) document", "second document", "third document"],
                                                 stages: [stage])
        #expect(summary.failed == 1)
        let failures = records.enumerated().compactMap { index, record in Support.error(record).map { (index, $0.message) } }
        let (index, message) = try #require(failures.first)
        #expect(index == 0 || index == 1)
        let expected = ["it wrote more than one line for one request: ", "the process wrote to stdout without being asked (a second reply to the previous document?): ",
                        "its reply is not JSON", "the reply is for document \"d0\", not \"d1\""]
        #expect(expected.contains { message.contains($0) }, "\(message)")
        #expect(message.contains(line) || message.contains("not \"d1\""), "\(message)")
        #expect(message.hasSuffix("(the process was stopped; a new one takes the next document)"))
        if index == 1 {
            #expect(Support.pid(records[0]) != Support.pid(records[2]))
        } else {
            #expect(Support.pid(records[1]) == Support.pid(records[2]))
        }
    }

    @Test func aProcessThatDiesBeforeReadingFailsEachDocumentWithoutHarmingTheRun() throws {
        // Writing to it may meet a closed pipe (EPIPE, not a SIGPIPE that would kill this process).
        let stage = try Support.stage(["--handshake", "exit-after-ready"])
        let big = String(repeating: "a large document ", count: 40_000)
        let (records, summary) = try Support.run([big, "small", big], stages: [stage])
        #expect(summary.failed == 3)
        for record in records {
            let message = try #require(Support.error(record)?.message)
            #expect(message.contains("the process exited with status 0"), "\(message)")
        }
    }

    @Test func aReplyBeforeTheWholeRequestWasReadIsAProtocolViolation() throws {
        // 1 MB does not fit in the pipe, so the reply arrives while the request is still being written.
        let stage = try Support.stage(["--early-reply"])
        let (records, _) = try Support.run([String(repeating: "early ", count: 200_000)], stages: [stage])
        let message = try #require(Support.error(records[0])?.message)
        #expect(message.hasPrefix("the process broke the protocol: it replied before reading the whole request: '{\"type\": \"result\""),
                "\(message)")
    }

    @Test func aProcessThatCannotBeRestartedFailsTheFollowingDocumentsSayingWhy() throws {
        let marker = FileManager.default.temporaryDirectory.appendingPathComponent("nlp-once-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: marker) }
        let stage = try Support.stage(["--once", marker])
        let (records, summary) = try Support.run(["fine", "now CRASH", "after", "and after"], stages: [stage])
        #expect(summary.failed == 3)
        #expect(Support.error(records[0]) == nil)
        #expect(Support.error(records[1])?.message.contains("the process exited with status 3") == true)
        for record in records[2...] {
            let message = try #require(Support.error(record)?.message)
            #expect(message.hasPrefix("could not restart the stage's process: the process exited with status 4 during the handshake"),
                    "\(message)")
            #expect(message.contains("test_stage: started before, refusing to start again"))
        }
    }

    @Test func aDocumentAfterSeveralCrashesStillComesOut() throws {
        let stage = try Support.stage()
        let texts = ["a CRASH", "b CRASH", "c SEGV", "d fine", "e CRASH", "f fine"]
        let (records, summary) = try Support.run(texts, stages: [stage], jobs: 2)
        #expect(summary.failed == 4)
        #expect(records.map { Support.error($0) == nil } == [false, false, false, true, false, true])
        #expect(records[3]["marks"] != nil && records[5]["marks"] != nil)
    }
}
