/// Converts UTF-8 byte offsets of one text into Unicode code-point offsets.
///
/// Built once per document when its record is written. ASCII texts convert by identity; other texts
/// keep a checkpoint every 64 bytes, so that each conversion scans at most 63 bytes.
public struct CodePointIndex: Sendable {
    private static let stride = 64
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
        var scalars: Int32 = 0
        for (offset, byte) in bytes.enumerated() {
            if offset % Self.stride == 0 { checkpoints.append(scalars) }
            if byte & 0xC0 != 0x80 { scalars += 1 }
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

    private func countScalars(from start: Int, to end: Int) -> Int {
        var count = 0
        var index = start
        while index < end {
            if bytes[index] & 0xC0 != 0x80 { count += 1 }
            index += 1
        }
        return count
    }
}
