#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// Reads JSONL from a file descriptor, one line at a time, in bounded memory.
///
/// Every line yields exactly one item, so output lines match input lines one to one (the filter
/// contract of `nlp run --input - --output -`). A line longer than `maxLineBytes` is skipped without
/// being held in memory and reported as a failure item; so is a blank (whitespace-only) line.
public struct JSONLinesSource: DocumentSource {
    private let descriptor: Int32
    private let name: String
    private let shortName: String
    private let closeOnEnd: Bool
    private let maxLineBytes: Int
    private var buffer: [UInt8] = []
    private var start = 0
    private var scanned = 0
    private var lineNumber = 0
    private var atEnd = false
    private var discarding = false
    private var discardedBytes = 0

    /// Reads from `fileDescriptor`; `name` appears in item sources (`name:line`).
    public init(fileDescriptor: Int32, name: String, closeOnEnd: Bool, maxLineBytes: Int) {
        self.descriptor = fileDescriptor
        self.name = name
        self.shortName = name.hasPrefix("<") && name.hasSuffix(">") ? String(name.dropFirst().dropLast()) : TextFilesSource.documentID(name)
        self.closeOnEnd = closeOnEnd
        self.maxLineBytes = maxLineBytes
        buffer.reserveCapacity(1 << 20)
    }

    /// The next line as an item.
    public mutating func next() throws -> InputItem? {
        while true {
            // Look for a newline in what is buffered.
            if let newline = findNewline() {
                lineNumber += 1
                if discarding {
                    let size = discardedBytes + (newline - start)
                    discarding = false
                    discardedBytes = 0
                    start = newline + 1
                    scanned = start
                    return tooLong(size: size)
                }
                if newline - start > maxLineBytes {
                    let size = newline - start
                    start = newline + 1
                    scanned = start
                    return tooLong(size: size)
                }
                var end = newline
                if end > start, buffer[end - 1] == 0x0D { end -= 1 }
                let line = Array(buffer[start..<end])
                start = newline + 1
                scanned = start
                if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { return blank() }
                return item(line)
            }
            if discarding || buffer.count - start > maxLineBytes {
                // Too long: drop what we hold and keep scanning for the end of the line.
                if !discarding { discarding = true }
                discardedBytes += buffer.count - start
                buffer.removeAll(keepingCapacity: true)
                start = 0
                scanned = 0
            }
            if atEnd {
                if discarding {
                    lineNumber += 1
                    discarding = false
                    return tooLong(size: discardedBytes)
                }
                guard start < buffer.count else {
                    if closeOnEnd { close(descriptor) }
                    return nil
                }
                lineNumber += 1
                let line = Array(buffer[start...])
                start = buffer.count
                scanned = start
                if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { return blank() }
                return item(line)
            }
            try fill()
        }
    }

    private mutating func findNewline() -> Int? {
        let found: Int? = buffer.withUnsafeBufferPointer { pointer in
            guard scanned < pointer.count, let base = pointer.baseAddress else { return nil }
            guard let hit = memchr(base + scanned, 0x0A, pointer.count - scanned) else { return nil }
            return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
        }
        if found == nil { scanned = buffer.count }
        return found
    }

    private mutating func fill() throws {
        if start > 0 && start >= buffer.count / 2 {
            buffer.removeSubrange(0..<start)
            scanned -= start
            start = 0
        }
        let chunk = 1 << 20
        let oldCount = buffer.count
        buffer.append(contentsOf: repeatElement(0, count: chunk))
        var count = 0
        repeat {
            count = buffer.withUnsafeMutableBytes { raw in
                read(descriptor, raw.baseAddress! + oldCount, chunk)
            }
        } while count < 0 && errno == EINTR
        if count < 0 {
            buffer.removeLast(chunk)
            throw InputError("cannot read \(name): \(String(cString: strerror(errno)))")
        }
        buffer.removeLast(chunk - count)
        if count == 0 { atEnd = true }
    }

    private func item(_ line: [UInt8]) -> InputItem {
        InputItem(source: "\(name):\(lineNumber)", fallbackID: "\(shortName):\(lineNumber)", payload: .jsonLine(bytes: line))
    }

    private func blank() -> InputItem {
        let id = "\(shortName):\(lineNumber)"
        return InputItem(source: "\(name):\(lineNumber)", fallbackID: id,
                         payload: .failure(id: id, message: "blank line; expected a JSON object"))
    }

    private func tooLong(size: Int) -> InputItem {
        let id = "\(shortName):\(lineNumber)"
        return InputItem(source: "\(name):\(lineNumber)", fallbackID: id,
                         payload: .failure(id: id, message: "line is \(size) bytes, over the limit of \(maxLineBytes) (max-document-bytes)"))
    }
}
