import Foundation
import NLPCore
import NLPExternal
import Segmenter
#if canImport(Glibc)
import Glibc
#endif

/// Paths and helpers shared by the external-stage tests.
enum Support {
    /// This test target's directory.
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().path
    /// The purpose-built stage scripts and their data.
    static let fixtures = directory + "/Fixtures"
    /// The repository root.
    static let root = URL(fileURLWithPath: directory).deletingLastPathComponent().deletingLastPathComponent().path

    /// `python3 test_stage.py ARGUMENTS`, run in the fixtures directory.
    static func options(_ arguments: [String] = [], timeout: Double = 10, startupTimeout: Double = 10,
                        options: JSONValue? = nil) -> ExternalStageOptions {
        ExternalStageOptions(command: ["python3", "test_stage.py"] + arguments, timeout: timeout,
                             startupTimeout: startupTimeout, options: options)
    }

    /// The test stage, started.
    static func stage(_ arguments: [String] = [], timeout: Double = 10, options: JSONValue? = nil) throws -> ExternalStage {
        try ExternalStage(options: Self.options(arguments, timeout: timeout, options: options),
                          context: StageContext(baseDirectory: fixtures))
    }

    /// Runs `texts` (ids `d0`, `d1`, ...) through `stages` with the runner; returns the records
    /// in order and the summary.
    static func run(_ texts: [String], stages: [any StageInstance], jobs: Int = 1) throws -> ([[String: Any]], RunSummary) {
        let pipeline = try Pipeline(stages: stages)
        var source = TextSource(texts: texts)
        var sink = MemorySink()
        let summary = try Runner(pipeline: pipeline, options: RunOptions(jobs: jobs, maxInFlight: 4))
            .run(source: &source, sink: &sink)
        let records = try sink.records.map { bytes in
            guard let object = try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any] else {
                throw CocoaError(.propertyListReadCorrupt)
            }
            return object
        }
        return (records, summary)
    }

    /// The segmenter, built.
    static func segmenter() throws -> any StageInstance {
        ErasedStage(try Segmenter(options: .init(), context: .init()))
    }

    /// The `info` layer's process id in a record.
    static func pid(_ record: [String: Any]) -> Int? {
        (record["info"] as? [String: Any])?["pid"] as? Int
    }

    /// The error message of an error record.
    static func error(_ record: [String: Any]) -> (stage: String, message: String)? {
        guard let error = record["error"] as? [String: Any], let stage = error["stage"] as? String,
              let message = error["message"] as? String else { return nil }
        return (stage, message)
    }

    /// Whether a process with this id exists (and is not a zombie of ours).
    static func isRunning(_ pid: Int) -> Bool {
        guard kill(pid_t(pid), 0) == 0 else { return false }
        let status = (try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)) ?? ""
        return !status.contains(") Z ")
    }

    /// Whether `condition` holds within five seconds (checked every 10 ms).
    static func eventually(_ condition: () -> Bool) -> Bool {
        let deadline = ContinuousClock.now + .seconds(5)
        while ContinuousClock.now < deadline {
            if condition() { return true }
            usleep(10_000)
        }
        return condition()
    }

    /// The text a `{"start", "end"}` span covers, as Python's `text[start:end]`.
    static func slice(_ text: String, _ span: [String: Any]) -> String? {
        guard let start = span["start"] as? Int, let end = span["end"] as? Int else { return nil }
        let scalars = Array(text.unicodeScalars)
        guard 0 <= start, start <= end, end <= scalars.count else { return nil }
        return String(String.UnicodeScalarView(scalars[start..<end]))
    }
}

/// Documents from strings, with ids `d0`, `d1`, ...
struct TextSource: DocumentSource {
    var texts: [String]
    var position = 0

    mutating func next() throws -> InputItem? {
        guard position < texts.count else { return nil }
        defer { position += 1 }
        return InputItem(source: "mem:\(position)", fallbackID: "d\(position)",
                         payload: .document(Document(id: "d\(position)", text: texts[position])))
    }
}
