#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import NLPCore

/// An anonymous temporary file that the report appends fragments to as documents arrive, then
/// copies into the report: memory holds only its buffer, and the file vanishes with the process
/// whatever happens (it is unlinked as soon as it is created).
final class SpoolFile {
    private var descriptor: Int32
    private var buffer: [UInt8] = []
    private static let flushThreshold = 1 << 20
    /// Bytes appended so far.
    private(set) var count = 0

    /// A spool in `directory` (the report's, so that it sits on the same disk, not in memory).
    init(directory: String) throws {
        var template = Array((directory.isEmpty ? "." : directory).utf8CString.dropLast()) + Array("/.nlp-report-XXXXXX".utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else {
            throw InputError("cannot create a temporary file in \(directory): \(String(cString: strerror(errno)))")
        }
        unlink(template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) })
        self.descriptor = descriptor
        buffer.reserveCapacity(Self.flushThreshold + 4096)
    }

    deinit { if descriptor >= 0 { close(descriptor) } }

    /// Appends bytes.
    func append(_ bytes: some Collection<UInt8>) throws {
        buffer.append(contentsOf: bytes)
        count += bytes.count
        if buffer.count >= Self.flushThreshold { try flush() }
    }

    /// Appends a string's UTF-8.
    func append(_ text: String) throws { try append(text.utf8) }

    /// Copies everything appended to `output`, in chunks.
    func copy(to output: inout ReportOutput) throws {
        try flush()
        guard lseek(descriptor, 0, SEEK_SET) == 0 else { throw InputError("cannot rewind a temporary file") }
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let read = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if read < 0 {
                if errno == EINTR { continue }
                throw InputError("cannot read a temporary file: \(String(cString: strerror(errno)))")
            }
            if read == 0 { break }
            try output.write(chunk[0..<read])
        }
    }

    private func flush() throws {
        try buffer.withUnsafeBytes { try ReportOutput.writeAll($0, to: descriptor, name: "a temporary file") }
        buffer.removeAll(keepingCapacity: true)
    }
}
