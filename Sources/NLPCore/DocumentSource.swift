#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A lazy sequence of input items; the runner pulls one at a time, so memory stays bounded.
public protocol DocumentSource {
    /// The next item, or `nil` at the end of input. Throws only for errors that end the run
    /// (an unreadable input file); a bad document is an item with a failure payload.
    mutating func next() throws -> InputItem?
}

/// An input error that stops a run before or while reading (not a single bad document).
public struct InputError: Error, Sendable, CustomStringConvertible {
    /// What went wrong, naming the path.
    public var message: String
    /// An error with the given message.
    public init(_ message: String) { self.message = message }
    /// The message.
    public var description: String { message }
}

/// Where a run reads its documents from.
public enum InputSpec: Sendable, Equatable, CustomStringConvertible {
    /// JSONL on standard input.
    case standardInput
    /// A JSONL file, one `{"id": ..., "text": ...}` object per line.
    case jsonLines(path: String)
    /// Text files: a glob pattern (`seeds/*.txt`), a directory (all `*.txt` in it) or one file.
    case textFiles(pattern: String)

    /// Interprets a path as a pipeline file or `--input` gives it: `-` is stdin, `.jsonl`/`.ndjson`
    /// files are JSONL, anything else is text files.
    public init(_ path: String) {
        if path == "-" {
            self = .standardInput
        } else if path.hasSuffix(".jsonl") || path.hasSuffix(".ndjson") {
            self = .jsonLines(path: path)
        } else {
            self = .textFiles(pattern: path)
        }
    }

    /// The path as given.
    public var description: String {
        switch self {
        case .standardInput: "-"
        case .jsonLines(let path): path
        case .textFiles(let pattern): pattern
        }
    }

    /// Opens the source; fails if a file is missing or a pattern matches nothing.
    public func open(maxDocumentBytes: Int) throws -> any DocumentSource {
        switch self {
        case .standardInput:
            return JSONLinesSource(fileDescriptor: 0, name: "<stdin>", closeOnEnd: false, maxLineBytes: maxDocumentBytes)
        case .jsonLines(let path):
            let descriptor = Glibc.open(path, O_RDONLY)
            guard descriptor >= 0 else {
                throw InputError("cannot open \(path): \(String(cString: strerror(errno)))")
            }
            return JSONLinesSource(fileDescriptor: descriptor, name: path, closeOnEnd: true, maxLineBytes: maxDocumentBytes)
        case .textFiles(let pattern):
            return try TextFilesSource(pattern: pattern, maxDocumentBytes: maxDocumentBytes)
        }
    }
}
