/// A small cache, per thread, from the exact bytes of a short ASCII piece (up to sixteen,
/// zero-padded: every piece byte is above space, so the padding also gives the length) to its
/// word's facts and its "!" and "?". News text repeats its common pieces ("the", "said", "The",
/// "of") so often that about three pieces in four are found here (news.jsonl) and skip the
/// masks, the lower-casing and the lookup. Direct-mapped: a newer piece replaces an older one.
struct PieceCache {
    /// One cached piece.
    struct Entry {
        var key0: UInt64 = 0   // 0: empty (no piece is empty)
        var key1: UInt64 = 0
        var facts = WordFacts(info: .unknown, isUpper: false, negates: false)
        var exclamations: UInt8 = 0
        var questions: UInt8 = 0
    }

    /// Number of entries (a power of two): 256 KiB.
    static let size = 8192
    let entries: UnsafeMutablePointer<Entry>

    /// The entry for a piece's key.
    @inline(__always)
    func slot(_ key0: UInt64, _ key1: UInt64) -> UnsafeMutablePointer<Entry> {
        let hash = (key0 ^ (key1 &* 0xC4CE_B9FE_1A85_EC53)) &* 0x9E37_79B9_7F4A_7C15
        return entries + Int(truncatingIfNeeded: hash >> UInt64(64 - Self.size.trailingZeroBitCount))
    }

    /// The entry at `slot`, if it holds that key.
    @inline(__always)
    static func find(_ slot: UnsafeMutablePointer<Entry>, _ key0: UInt64, _ key1: UInt64) -> Entry? {
        slot.pointee.key0 == key0 && slot.pointee.key1 == key1 ? slot.pointee : nil
    }
}
