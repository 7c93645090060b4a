/// One encoded output record (a JSON line with its newline), held as one or more byte chunks.
public struct EncodedRecord: Sendable {
    /// The record's bytes, in order; concatenated they form one line.
    public var chunks: [[UInt8]]

    /// A record from its chunks.
    public init(chunks: [[UInt8]]) { self.chunks = chunks }

    /// A record from one array of bytes.
    public init(_ bytes: [UInt8]) { self.chunks = [bytes] }

    /// Total size in bytes.
    public var count: Int { chunks.reduce(0) { $0 + $1.count } }

    /// The record as one array.
    public var bytes: [UInt8] { chunks.count == 1 ? chunks[0] : Array(chunks.joined()) }
}
