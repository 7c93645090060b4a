#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import NLPCore

/// The report file being assembled: written under a temporary name, renamed into place when done.
struct ReportOutput {
    private let descriptor: Int32
    private let path: String
    private let temporaryPath: String
    private var buffer: [UInt8] = []
    private var closed = false
    /// Bytes written so far.
    private(set) var count = 0

    /// Creates `path`'s temporary sibling.
    init(path: String) throws {
        self.path = path
        self.temporaryPath = path + ".\(getpid()).tmp"
        let descriptor = open(temporaryPath, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw InputError("cannot write \(path): \(String(cString: strerror(errno)))") }
        self.descriptor = descriptor
    }

    /// Appends bytes.
    mutating func write(_ bytes: some Collection<UInt8>) throws {
        buffer.append(contentsOf: bytes)
        count += bytes.count
        if buffer.count >= 1 << 20 { try flush() }
    }

    /// Appends a string's UTF-8.
    mutating func write(_ text: String) throws { try write(text.utf8) }

    /// Flushes, closes and renames the file into place.
    mutating func commit() throws {
        try flush()
        close(descriptor)
        closed = true
        guard rename(temporaryPath, path) == 0 else {
            let message = String(cString: strerror(errno))
            unlink(temporaryPath)
            throw InputError("cannot write \(path): \(message)")
        }
    }

    /// Closes and removes the temporary file, unless committed.
    mutating func abandon() {
        guard !closed else { return }
        close(descriptor)
        closed = true
        unlink(temporaryPath)
    }

    private mutating func flush() throws {
        try buffer.withUnsafeBytes { try Self.writeAll($0, to: descriptor, name: path) }
        buffer.removeAll(keepingCapacity: true)
    }

    static func writeAll(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32, name: String) throws {
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
}
