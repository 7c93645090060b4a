/// The edges of the token trie: (node, token id) → child node, in one open-addressing table.
struct TransitionTable: Sendable {
    private var keys: [UInt64]
    private var children: [Int32]
    private var mask: Int
    private(set) var count = 0

    private static let empty = UInt64.max

    /// An empty table sized for about `capacity` edges.
    init(capacity: Int = 1024) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = [UInt64](repeating: Self.empty, count: size)
        children = [Int32](repeating: -1, count: size)
        mask = size - 1
    }

    @inline(__always)
    private static func key(_ node: Int32, _ token: Int32) -> UInt64 {
        UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: token))
    }

    @inline(__always)
    private static func slot(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 20) & mask
    }

    /// The child of `node` along `token`, or -1.
    @inline(__always)
    func child(_ node: Int32, _ token: Int32) -> Int32 {
        let key = Self.key(node, token)
        let mask = self.mask
        return keys.withUnsafeBufferPointer { keys in
            var slot = Self.slot(key, mask)
            while true {
                let stored = keys[slot]
                if stored == key { return children.withUnsafeBufferPointer { $0[slot] } }
                if stored == Self.empty { return -1 }
                slot = (slot + 1) & mask
            }
        }
    }

    /// Adds the edge (the pair must be new).
    mutating func insert(_ node: Int32, _ token: Int32, child: Int32) {
        if (count + 1) * 2 > keys.count { grow() }
        place(Self.key(node, token), child)
        count += 1
    }

    private mutating func place(_ key: UInt64, _ child: Int32) {
        var slot = Self.slot(key, mask)
        while keys[slot] != Self.empty { slot = (slot + 1) & mask }
        keys[slot] = key
        children[slot] = child
    }

    private mutating func grow() {
        let oldKeys = keys
        let oldChildren = children
        let size = keys.count * 2
        keys = [UInt64](repeating: Self.empty, count: size)
        children = [Int32](repeating: -1, count: size)
        mask = size - 1
        for index in oldKeys.indices where oldKeys[index] != Self.empty {
            place(oldKeys[index], oldChildren[index])
        }
    }
}
