/// The last few KiB a process wrote to stderr, for error messages.
struct OutputTail {
    private var bytes: [UInt8] = []
    private let capacity: Int
    private var dropped = false

    /// A tail keeping at most `capacity` bytes.
    init(capacity: Int) {
        self.capacity = capacity
        bytes.reserveCapacity(capacity * 2)
    }

    /// Starts a new section (one exchange): ``text`` shows only what came since.
    mutating func startSection() {
        bytes.removeAll(keepingCapacity: true)
        dropped = false
    }

    /// Appends output, dropping the oldest bytes beyond the capacity.
    mutating func append(_ chunk: UnsafeRawBufferPointer) {
        bytes.append(contentsOf: chunk)
        if bytes.count > capacity * 2 {
            bytes.removeFirst(bytes.count - capacity)
            dropped = true
        }
    }

    /// The last lines (at most 12, at most `capacity` bytes), each indented for a note.
    var text: String {
        var lines = String(decoding: bytes.suffix(capacity), as: UTF8.self)
            .split(separator: "\n", omittingEmptySubsequences: true).suffix(12).map { "  " + $0 }
        if (dropped || bytes.count > capacity) && !lines.isEmpty { lines.insert("  …", at: 0) }
        return lines.joined(separator: "\n")
    }
}
