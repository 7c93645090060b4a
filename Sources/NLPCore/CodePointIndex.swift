/// Converts UTF-8 byte offsets of one text into Unicode code-point offsets.
///
/// Built once per document when its record is written. ASCII texts convert by identity; other texts
/// keep a checkpoint every 32 bytes, so that each conversion scans at most 31 bytes (four words).
public struct CodePointIndex: Sendable {
    private static let stride = 32
    private let checkpoints: [Int32]   // code points before byte i * stride; empty when ASCII
    private let bytes: [UInt8]         // the text's bytes, kept only when not ASCII

    /// Builds the index for `text`.
    public init(_ text: String) {
        var copy = text
        let (isASCII, bytes) = copy.withUTF8 { buffer -> (Bool, [UInt8]) in
            var high: UInt8 = 0
            for byte in buffer { high |= byte }
            return high < 0x80 ? (true, []) : (false, Array(buffer))
        }
        if isASCII {
            self.checkpoints = []
            self.bytes = []
            return
        }
        var checkpoints: [Int32] = []
        checkpoints.reserveCapacity(bytes.count / Self.stride + 1)
        var scalars = 0
        bytes.withUnsafeBufferPointer { buffer in
            for start in Swift.stride(from: 0, to: buffer.count, by: Self.stride) {
                checkpoints.append(Int32(truncatingIfNeeded: scalars))
                scalars += Self.countScalars(in: buffer, from: start, to: min(start + Self.stride, buffer.count))
            }
        }
        self.checkpoints = checkpoints
        self.bytes = bytes
    }

    /// Whether the text is pure ASCII (offsets are then unchanged).
    public var isIdentity: Bool { checkpoints.isEmpty }

    /// The code-point offset of a UTF-8 byte offset (which should fall on a scalar boundary).
    @inlinable
    public func codePoints(_ utf8Offset: Int32) -> Int {
        codePoints(Int(utf8Offset))
    }

    /// The code-point offset of a UTF-8 byte offset (which should fall on a scalar boundary).
    public func codePoints(_ utf8Offset: Int) -> Int {
        if checkpoints.isEmpty { return utf8Offset }
        if utf8Offset >= bytes.count {
            return Int(checkpoints[checkpoints.count - 1]) + countScalars(from: (checkpoints.count - 1) * Self.stride, to: bytes.count)
        }
        let block = utf8Offset / Self.stride
        return Int(checkpoints[block]) + countScalars(from: block * Self.stride, to: utf8Offset)
    }

    /// The continuation bytes (`10xxxxxx`) among the eight bytes of `word`.
    @inline(__always)
    private static func continuationBytes(_ word: UInt64) -> Int {
        // Bit 7 of each byte set where the byte's bit 7 is set and its bit 6 is clear.
        (word & ~(word << 1) & 0x8080_8080_8080_8080).nonzeroBitCount
    }

    /// The scalars in `bytes[start..<end]`.
    private func countScalars(from start: Int, to end: Int) -> Int {
        bytes.withUnsafeBufferPointer { Self.countScalars(in: $0, from: start, to: end) }
    }

    /// The scalars in `buffer[start..<end]`: the bytes minus the continuation bytes, counted eight
    /// at a time; the last few bytes as one masked word too while the buffer goes on for eight more
    /// bytes (no byte loop, whose length the processor cannot predict).
    private static func countScalars(in buffer: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
        let base = UnsafeRawPointer(buffer.baseAddress!)
        var continuation = 0
        var index = start
        while index &+ 8 <= end {
            continuation &+= continuationBytes(base.loadUnaligned(fromByteOffset: index, as: UInt64.self))
            index &+= 8
        }
        let remaining = end &- index
        if remaining > 0 && index &+ 8 <= buffer.count {
            // The `remaining` (1...7) bytes are the word's low-order ones; the others are zeroed.
            let kept: UInt64 = (1 &<< UInt64(remaining &* 8)) &- 1
            continuation &+= continuationBytes(base.loadUnaligned(fromByteOffset: index, as: UInt64.self) & kept)
        } else {
            while index < end {
                if buffer[index] & 0xC0 == 0x80 { continuation &+= 1 }
                index &+= 1
            }
        }
        return end - start - continuation
    }
}
