/// An open-addressing hash table from lower-cased words (UTF-8 bytes) to ``WordInfo``, looked up
/// without allocating or reference counting. Built once (``update(_:_:)``), immutable afterwards,
/// so one table serves every thread.
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
    private let tailCapacity: Int
    private var tailCount = 0
    private let filter: UnsafeMutablePointer<UInt64>   // blocked Bloom filter: two bits in one word
    private static let filterWords = 2048               // 16 KiB
    /// Number of words.
    private(set) var count = 0
    private let capacity: Int

    /// Bytes a buffer passed to ``info(_:count:)`` must have readable past its `count`.
    static let slack = 8

    /// An empty table with room for `capacity` words whose bytes past the sixteenth add up to at
    /// most `tailBytes`. Fill it with ``update(_:_:)`` before sharing it.
    init(capacity: Int, tailBytes: Int) {
        var size = 64
        while size < capacity * 2 { size <<= 1 }
        mask = size - 1
        self.capacity = capacity
        slots = .allocate(capacity: size)
        slots.initialize(repeating: Slot(), count: size)
        tailCapacity = max(1, tailBytes)
        tails = .allocate(capacity: tailCapacity)
        filter = .allocate(capacity: Self.filterWords)
        filter.initialize(repeating: 0, count: Self.filterWords)
    }

    /// Changes what is known about the lower-cased word `key`, adding it first if it is new. Only
    /// while the table is being built. Returns false, changing nothing, if the table is full or
    /// the word is empty or longer than 65,535 bytes (no lexicon has one).
    @discardableResult
    func update(_ key: UnsafeBufferPointer<UInt8>, _ change: (inout WordInfo) -> Void) -> Bool {
        guard !key.isEmpty, key.count <= Int(UInt16.max) else { return false }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: key.count + Self.slack) { padded in
            let base = padded.baseAddress!
            base.initialize(from: key.baseAddress!, count: key.count)
            (base + key.count).initialize(repeating: 0, count: Self.slack)
            let (hash, head0, head1) = Self.hash(base, count: key.count)
            var slot = Int(truncatingIfNeeded: hash >> 24) & mask
            while slots[slot].length != 0 {
                let stored = slots[slot]
                if stored.head0 == head0 && stored.head1 == head1 && Int(stored.length) == key.count
                    && (key.count <= 16 || sameTail(base, key.count, Int(stored.tail))) {
                    change(&slots[slot].info)
                    return true
                }
                slot = (slot + 1) & mask
            }
            let tail = max(0, key.count - 16)
            guard count < capacity, tailCount + tail <= tailCapacity else { return false }
            slots[slot] = Slot(head0: head0, head1: head1, info: WordInfo(), length: UInt16(key.count),
                               tail: UInt32(tailCount))
            if tail > 0 { (tails + tailCount).initialize(from: base + 16, count: tail) }
            tailCount += tail
            count += 1
            let (filterWord, bits) = Self.filterBits(hash)
            filter[filterWord] |= bits
            change(&slots[slot].info)
            return true
        }
    }

    deinit {
        slots.deallocate()
        tails.deallocate()
        filter.deallocate()
    }

    /// The filter word of a hash and its two bits there: one load tells most words apart from
    /// every word of the table. (Hashes are products, whose high bits mix every input bit; the
    /// filter, its bits and the slot index each take their own range of them.)
    @inline(__always)
    private static func filterBits(_ hash: UInt64) -> (Int, UInt64) {
        (Int(truncatingIfNeeded: hash >> 53), (1 &<< ((hash >> 41) & 63)) | (1 &<< ((hash >> 47) & 63)))
    }

    @inline(__always)
    private func slot(_ hash: UInt64) -> Int { Int(truncatingIfNeeded: hash >> 24) & mask }

    private static let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15
    private static let secondMultiplier: UInt64 = 0xC4CE_B9FE_1A85_EC53

    /// The hash of a word from its first two zero-padded chunks and its length: one multiply for
    /// words of eight bytes or fewer.
    @inline(__always)
    private static func hash(head0: UInt64, head1: UInt64, count: Int) -> UInt64 {
        (head0 ^ (head1 &* secondMultiplier) ^ UInt64(truncatingIfNeeded: count)) &* multiplier
    }

    /// The hash of `bytes[0..<count]` and its first two zero-padded eight-byte chunks; reads up to
    /// ``slack`` bytes past `count`.
    @inline(__always)
    private static func hash(_ bytes: UnsafePointer<UInt8>, count: Int) -> (UInt64, UInt64, UInt64) {
        let raw = UnsafeRawPointer(bytes)
        let head0 = count > 0 ? raw.loadUnaligned(as: UInt64.self) & SWAR.mask(bytes: count) : 0
        let head1 = count > 8 ? raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self) & SWAR.mask(bytes: count - 8) : 0
        var hash = Self.hash(head0: head0, head1: head1, count: count)
        var offset = 16
        while offset < count {
            let chunk = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self) & SWAR.mask(bytes: count - offset)
            hash = (hash ^ (hash >> 29) ^ chunk) &* multiplier
            offset += 8
        }
        return (hash, head0, head1)
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
        find(Self.hash(head0: head0, head1: head1, count: length), head0, head1, length) { _ in false }
    }

    @inline(__always)
    private func find(_ hash: UInt64, _ head0: UInt64, _ head1: UInt64, _ length: Int, sameTail: (Int) -> Bool) -> WordInfo {
        let (filterWord, bits) = Self.filterBits(hash)
        guard filter[filterWord] & bits == bits else { return .unknown }
        var slot = slots + self.slot(hash)
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
