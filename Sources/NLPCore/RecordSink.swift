#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// Where output records go. Records are whole lines; a sink never writes part of one.
public protocol RecordSink {
    /// Appends one record (a complete JSON line ending in `\n`).
    mutating func write(_ record: EncodedRecord) throws
    /// Flushes everything written.
    mutating func finish() throws
}

/// Writes records to a file descriptor through a buffer that is flushed only at record boundaries,
/// so an interrupted run leaves whole lines.
public struct FileSink: RecordSink {
    private let descriptor: Int32
    private let name: String
    private let closeOnFinish: Bool
    private var buffer: [UInt8] = []
    private let flushThreshold = 1 << 20

    /// A sink on standard output.
    public static func standardOutput() -> FileSink { FileSink(descriptor: 1, name: "<stdout>", closeOnFinish: false) }

    /// Creates (or truncates) the file at `path`, creating its directory if needed.
    public init(path: String) throws {
        Self.makeParentDirectory(of: path)
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw InputError("cannot write \(path): \(String(cString: strerror(errno)))")
        }
        self.init(descriptor: descriptor, name: path, closeOnFinish: true)
    }

    private init(descriptor: Int32, name: String, closeOnFinish: Bool) {
        self.descriptor = descriptor
        self.name = name
        self.closeOnFinish = closeOnFinish
        buffer.reserveCapacity(flushThreshold * 2)
    }

    /// Buffers a record, flushing when the buffer is large.
    public mutating func write(_ record: EncodedRecord) throws {
        if record.chunks.count > 1 || record.count >= flushThreshold {
            // A large record goes out directly, after what is buffered, without a second copy.
            try flush()
            for chunk in record.chunks { try chunk.withUnsafeBytes { try writeAll($0) } }
            return
        }
        buffer.append(contentsOf: record.chunks[0])
        if buffer.count >= flushThreshold { try flush() }
    }

    /// Flushes and, for files, closes.
    public mutating func finish() throws {
        try flush()
        if closeOnFinish { close(descriptor) }
    }

    private mutating func flush() throws {
        try buffer.withUnsafeBytes { try writeAll($0) }
        buffer.removeAll(keepingCapacity: true)
    }

    private func writeAll(_ bytes: UnsafeRawBufferPointer) throws {
        var offset = 0
        while offset < bytes.count {
            let written = Glibc.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                throw InputError("cannot write \(name): \(String(cString: strerror(errno)))")
            }
            offset += written
        }
    }

    private static func makeParentDirectory(of path: String) {
        var components = path.split(separator: "/", omittingEmptySubsequences: false)
        guard components.count > 1 else { return }
        components.removeLast()
        var current = path.hasPrefix("/") ? "" : "."
        for component in components where !component.isEmpty {
            current += "/" + component
            mkdir(current, 0o755)
        }
    }
}

/// Collects records in memory (tests and library use).
public struct MemorySink: RecordSink {
    /// Every record written, in order.
    public private(set) var records: [[UInt8]] = []
    /// An empty sink.
    public init() {}
    /// Keeps the record.
    public mutating func write(_ record: EncodedRecord) throws { records.append(record.bytes) }
    /// Nothing to flush.
    public mutating func finish() throws {}
}
