/// An open-addressing hash table from byte strings to dense ids, looked up without allocating.
///
/// Keys live in one byte arena; the table stores (hash, offset, length) and the id is the entry's
/// insertion order.
struct ByteKeyTable: Sendable {
    private var arena: [UInt8] = []
    private var offsets: [Int32] = []      // per id: start in arena
    private var lengths: [Int32] = []      // per id: length
    private var slots: [Int32]             // -1 empty, else id
    private var hashes: [UInt32]           // per slot: the key's hash (fast reject)
    private var mask: Int

    /// An empty table sized for about `capacity` keys.
    init(capacity: Int = 1024) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = [Int32](repeating: -1, count: size)
        hashes = [UInt32](repeating: 0, count: size)
        mask = size - 1
        arena.reserveCapacity(capacity * 8)
    }

    /// Number of keys.
    var count: Int { offsets.count }

    @inline(__always)
    static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        return hash ^ (hash >> 29)
    }

    /// The id of `key`, or -1.
    func find(_ key: UnsafeBufferPointer<UInt8>) -> Int32 {
        let hash = Self.hash(key)
        let short = UInt32(truncatingIfNeeded: hash >> 32)
        let mask = self.mask
        return slots.withUnsafeBufferPointer { slots in
            hashes.withUnsafeBufferPointer { hashes in
                lengths.withUnsafeBufferPointer { lengths in
                    offsets.withUnsafeBufferPointer { offsets in
                        arena.withUnsafeBufferPointer { arena in
                            var slot = Int(truncatingIfNeeded: hash) & mask
                            while true {
                                let id = slots[slot]
                                if id < 0 { return -1 }
                                if hashes[slot] == short, Int(lengths[Int(id)]) == key.count {
                                    let start = Int(offsets[Int(id)])
                                    if key.count == 0 || memcmp(arena.baseAddress! + start, key.baseAddress!, key.count) == 0 { return id }
                                }
                                slot = (slot + 1) & mask
                            }
                        }
                    }
                }
            }
        }
    }

    /// The id of `key`, adding it if new.
    mutating func insert(_ key: UnsafeBufferPointer<UInt8>) -> Int32 {
        let existing = find(key)
        if existing >= 0 { return existing }
        if (offsets.count + 1) * 2 > slots.count { grow() }
        let id = Int32(offsets.count)
        offsets.append(Int32(arena.count))
        lengths.append(Int32(key.count))
        arena.append(contentsOf: key)
        place(id, hash: Self.hash(key))
        return id
    }

    /// The key of `id`.
    func key(_ id: Int32) -> ArraySlice<UInt8> {
        let start = Int(offsets[Int(id)])
        return arena[start..<(start + Int(lengths[Int(id)]))]
    }

    private mutating func place(_ id: Int32, hash: UInt64) {
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = id
        hashes[slot] = UInt32(truncatingIfNeeded: hash >> 32)
    }

    private mutating func grow() {
        let size = slots.count * 2
        slots = [Int32](repeating: -1, count: size)
        hashes = [UInt32](repeating: 0, count: size)
        mask = size - 1
        for id in 0..<offsets.count {
            let start = Int(offsets[id])
            let hash = arena[start..<(start + Int(lengths[id]))].withUnsafeBufferPointer { Self.hash($0) }
            place(Int32(id), hash: hash)
        }
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif
