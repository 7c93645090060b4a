import Foundation
import NLPTesting

/// Runs the built `nlp` executable, as a user would, and captures what it prints.
struct NLPProcess {
    typealias Result = ProgramRun

    /// The repository root (three levels above this file).
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path

    /// The `nlp` binary next to the test bundle.
    static let binary = ProgramRun.buildDirectory + "/nlp"

    /// A fresh temporary directory.
    static func temporaryDirectory() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("nlp-cli-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// Runs `nlp` with `arguments` in the repository root, feeding `stdin` if given.
    static func run(_ arguments: [String], stdin: Data? = nil, environment: [String: String]? = nil) throws -> Result {
        try ProgramRun.run(binary, arguments, in: root, environment: environment, stdin: stdin)
    }

    /// Parses JSONL into objects.
    static func records(_ jsonl: String) throws -> [[String: Any]] {
        try jsonl.split(separator: "\n").map { line in
            guard let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
                throw CocoaError(.propertyListReadCorrupt)
            }
            return object
        }
    }

    /// The text a `{"start", "end"}` span covers, indexing code points as Python's `text[start:end]` does.
    static func slice(_ text: String, _ span: [String: Any]) -> String? {
        guard let start = span["start"] as? Int, let end = span["end"] as? Int else { return nil }
        let scalars = Array(text.unicodeScalars)
        guard 0 <= start, start <= end, end <= scalars.count else { return nil }
        return String(String.UnicodeScalarView(scalars[start..<end]))
    }
}
