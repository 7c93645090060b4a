/// An open-addressing hash table from lower-cased words (UTF-8 bytes) to ``WordInfo``, looked up
/// without allocating or reference counting. Built once, immutable afterwards, so one table
/// serves every thread.
///
/// Words are hashed and compared eight bytes at a time. A slot holds a word's first sixteen bytes
/// (zero-padded), its length and its ``WordInfo`` in 32 bytes, so a hit reads one slot; a Bloom
/// filter small enough for the L1 cache turns most misses away before any slot is read.
final class WordTable: @unchecked Sendable {
    private struct Slot {
        var head0: UInt64 = 0
        var head1: UInt64 = 0
        var info = WordInfo()
        var length: UInt16 = 0   // 0: empty
        var tail: UInt32 = 0     // offset in `tails` of bytes 16..<length
    }

    private let slots: UnsafeMutablePointer<Slot>
    private let mask: Int
    private let tails: UnsafeMutablePointer<UInt8>     // bytes past the sixteenth of long words
    private let filter: UnsafeMutablePointer<UInt64>   // blocked Bloom filter: two bits in one word
    private static let filterWords = 2048               // 16 KiB
    /// Number of words.
    let count: Int

    /// Bytes a buffer passed to ``info(_:count:)`` must have readable past its `count`.
    static let slack = 8

    /// A table of the given words (each lower-cased, as lookups will be). Words longer than
    /// 65,535 bytes are left out (no lexicon has one).
    init(_ words: [[UInt8]: WordInfo]) {
        let kept = words.filter { !$0.key.isEmpty && $0.key.count <= Int(UInt16.max) }
        var size = 64
        while size < kept.count * 2 { size <<= 1 }
        mask = size - 1
        count = kept.count
        slots = .allocate(capacity: size)
        slots.initialize(repeating: Slot(), count: size)
        tails = .allocate(capacity: max(1, kept.keys.reduce(0) { $0 + max(0, $1.count - 16) }))
        filter = .allocate(capacity: Self.filterWords)
        filter.initialize(repeating: 0, count: Self.filterWords)
        var tailOffset = 0
        for (word, info) in kept {
            let padded = word + [UInt8](repeating: 0, count: 16 + Self.slack)
            let (hash, head0, head1) = padded.withUnsafeBufferPointer { Self.hash($0.baseAddress!, count: word.count) }
            let (filterWord, bits) = Self.filterBits(hash)
            filter[filterWord] |= bits
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot].length != 0 { slot = (slot + 1) & mask }
            slots[slot] = Slot(head0: head0, head1: head1, info: info, length: UInt16(word.count), tail: UInt32(tailOffset))
            for byte in word.dropFirst(16) {
                tails[tailOffset] = byte
                tailOffset += 1
            }
        }
    }

    deinit {
        slots.deallocate()
        tails.deallocate()
        filter.deallocate()
    }

    /// The filter word of a hash and its two bits there (from bits the slot index does not use
    /// first): one load tells most words apart from every word of the table.
    @inline(__always)
    private static func filterBits(_ hash: UInt64) -> (Int, UInt64) {
        (Int(truncatingIfNeeded: hash >> 53), (1 &<< ((hash >> 32) & 63)) | (1 &<< ((hash >> 38) & 63)))
    }

    @inline(__always)
    private static func seed(_ count: Int) -> UInt64 { 0x9E37_79B9_7F4A_7C15 ^ UInt64(truncatingIfNeeded: count) }

    @inline(__always)
    private static func mix(_ hash: UInt64, _ chunk: UInt64) -> UInt64 {
        let mixed = (hash ^ chunk) &* 0xFF51_AFD7_ED55_8CCD
        return mixed ^ (mixed >> 32)
    }

    @inline(__always)
    private static func finish(_ hash: UInt64) -> UInt64 {
        let mixed = (hash ^ (hash >> 29)) &* 0xC4CE_B9FE_1A85_EC53
        return mixed ^ (mixed >> 32)
    }

    /// The hash of `bytes[0..<count]` and its first two zero-padded eight-byte chunks; reads up to
    /// ``slack`` bytes past `count`.
    @inline(__always)
    private static func hash(_ bytes: UnsafePointer<UInt8>, count: Int) -> (UInt64, UInt64, UInt64) {
        let raw = UnsafeRawPointer(bytes)
        var hash = seed(count)
        var head0: UInt64 = 0
        var head1: UInt64 = 0
        var offset = 0
        while offset < count {
            let chunk = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self) & SWAR.mask(bytes: count - offset)
            if offset == 0 { head0 = chunk } else if offset == 8 { head1 = chunk }
            hash = mix(hash, chunk)
            offset += 8
        }
        return (finish(hash), head0, head1)
    }

    /// What is known about the lower-cased word `bytes[0..<count]`, or ``WordInfo/unknown``. The
    /// buffer must have ``slack`` readable bytes after the word.
    @inline(__always)
    func info(_ bytes: UnsafePointer<UInt8>, count length: Int) -> WordInfo {
        let (hash, head0, head1) = Self.hash(bytes, count: length)
        return find(hash, head0, head1, length) { sameTail(bytes, length, $0) }
    }

    /// What is known about a lower-cased word of one to sixteen bytes, given as two zero-padded
    /// chunks (the second 0 for words of eight bytes or fewer).
    @inline(__always)
    func info(head0: UInt64, head1: UInt64, count length: Int) -> WordInfo {
        var hash = Self.mix(Self.seed(length), head0)
        if length > 8 { hash = Self.mix(hash, head1) }
        return find(Self.finish(hash), head0, head1, length) { _ in false }
    }

    @inline(__always)
    private func find(_ hash: UInt64, _ head0: UInt64, _ head1: UInt64, _ length: Int, sameTail: (Int) -> Bool) -> WordInfo {
        let (filterWord, bits) = Self.filterBits(hash)
        guard filter[filterWord] & bits == bits else { return .unknown }
        var slot = slots + (Int(truncatingIfNeeded: hash) & mask)
        while true {
            let stored = Int(slot.pointee.length)
            if stored == 0 { return .unknown }
            if slot.pointee.head0 == head0 && slot.pointee.head1 == head1 && stored == length
                && (length <= 16 || sameTail(Int(slot.pointee.tail))) {
                return slot.pointee.info
            }
            slot = slots + ((slot - slots + 1) & mask)
        }
    }

    private func sameTail(_ bytes: UnsafePointer<UInt8>, _ length: Int, _ tail: Int) -> Bool {
        for index in 16..<length where bytes[index] != tails[tail + index - 16] { return false }
        return true
    }

    /// What is known about a lower-cased word, or ``WordInfo/unknown``.
    func info(_ word: String) -> WordInfo {
        let padded = Array(word.utf8) + [UInt8](repeating: 0, count: Self.slack)
        return padded.withUnsafeBufferPointer { info($0.baseAddress!, count: word.utf8.count) }
    }
}
