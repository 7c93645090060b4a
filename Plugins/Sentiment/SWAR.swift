/// Byte tests on eight bytes at once ("SIMD within a register"): each test sets the high bit of
/// every byte that passes. The tests read only the low seven bits of each byte; callers keep
/// bytes outside ASCII apart.
enum SWAR {
    /// The high bit of every byte.
    static let highBits: UInt64 = 0x8080_8080_8080_8080
    /// The low seven bits of every byte.
    static let lowBits: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
    private static let ones: UInt64 = 0x0101_0101_0101_0101

    /// Bytes (seven bits) at least `bound`.
    @inline(__always)
    static func atLeast(_ low: UInt64, _ bound: UInt8) -> UInt64 {
        (low &+ ones &* UInt64(0x80 - bound)) & highBits
    }

    /// Bytes (seven bits) equal to `value`.
    @inline(__always)
    static func equal(_ low: UInt64, _ value: UInt8) -> UInt64 {
        atLeast(low, value) & ~atLeast(low, value + 1)
    }

    /// Bytes (seven bits) in `lower...upper`.
    @inline(__always)
    static func inRange(_ low: UInt64, _ lower: UInt8, _ upper: UInt8) -> UInt64 {
        atLeast(low, lower) & ~atLeast(low, upper + 1)
    }

    /// Eight ASCII bytes with `A`…`Z` turned into `a`…`z`.
    @inline(__always)
    static func lowercased(_ chunk: UInt64) -> UInt64 {
        chunk | (inRange(chunk, 0x41, 0x5A) >> 2)
    }

    /// The low `count` bytes of a chunk as a mask (none for `count` <= 0, all for `count` >= 8).
    @inline(__always)
    static func mask(bytes count: Int) -> UInt64 {
        count >= 8 ? ~0 : (count <= 0 ? 0 : (1 << UInt64(count * 8)) &- 1)
    }

    /// Eight bytes of `text` from `position` (little-endian), zero past its end.
    @inline(__always)
    static func load(_ text: UnsafeBufferPointer<UInt8>, _ position: Int) -> UInt64 {
        if position + 8 <= text.count {
            return UnsafeRawPointer(text.baseAddress!).loadUnaligned(fromByteOffset: position, as: UInt64.self)
        }
        var chunk: UInt64 = 0
        for index in 0..<max(0, text.count - position) { chunk |= UInt64(text[position + index]) << UInt64(8 * index) }
        return chunk
    }
}
