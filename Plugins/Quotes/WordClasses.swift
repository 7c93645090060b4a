/// The word sets the rules test (auxiliaries, pronouns, nouns for speakers, ...), as bits of one
/// lower-case word: a token's classes are looked up once per document (`TextView.classes(_:)`),
/// so the rules test bits instead of hashing strings.
struct WordClass: OptionSet, Sendable {
    let rawValue: UInt32

    static let between = WordClass(rawValue: 1 << 0)
    static let boundary = WordClass(rawValue: 1 << 1)
    static let pronoun = WordClass(rawValue: 1 << 2)
    static let speakingNoun = WordClass(rawValue: 1 << 3)
    static let sourceNoun = WordClass(rawValue: 1 << 4)
    static let opener = WordClass(rawValue: 1 << 5)
    static let weekday = WordClass(rawValue: 1 << 6)
    static let invertible = WordClass(rawValue: 1 << 7)
    static let listener = WordClass(rawValue: 1 << 8)
    static let cuePreposition = WordClass(rawValue: 1 << 9)
    static let subordinator = WordClass(rawValue: 1 << 10)
    static let auxiliary = WordClass(rawValue: 1 << 11)
    static let weakForm = WordClass(rawValue: 1 << 12)
    static let proForm = WordClass(rawValue: 1 << 13)
    static let beForm = WordClass(rawValue: 1 << 14)
    static let questionWord = WordClass(rawValue: 1 << 15)
    static let participleOpener = WordClass(rawValue: 1 << 16)
    static let raising = WordClass(rawValue: 1 << 17)
    static let objectStart = WordClass(rawValue: 1 << 18)
    static let lyNoun = WordClass(rawValue: 1 << 19)
    static let role = WordClass(rawValue: 1 << 20)
    /// A lower-case word in -ly of five letters or more that is not a noun ("repeatedly").
    static let lyAdverb = WordClass(rawValue: 1 << 21)
    /// An article or demonstrative before a noun ("a", "the", "these", "every").
    static let determiner = WordClass(rawValue: 1 << 22)
    /// A verb that attributes a quotation right after it only ("beamed", "joked").
    static let mannerOfSpeaking = WordClass(rawValue: 1 << 23)
    /// A preposition that opens an adverbial phrase before the subject ("Alongside ...,").
    static let openingPreposition = WordClass(rawValue: 1 << 24)
    /// A word that opens a short adjunct after an attribution ("on", "during", "yesterday").
    static let adjunctStart = WordClass(rawValue: 1 << 25)
    /// A noun for a state's bodies or officials ("government", "ministry", "officials").
    static let stateBody = WordClass(rawValue: 1 << 26)
    /// Set once the token's classes are known.
    static let known = WordClass(rawValue: 1 << 31)

    /// Lower-case word → its classes.
    static let table = WordTable(words)

    private static let words: [String: WordClass] = {
        var table: [String: WordClass] = [:]
        let sets: [(Set<String>, WordClass)] = [
            (SpeakerFinder.betweenWords, .between), (SpeakerFinder.boundaryWords, .boundary), (SpeakerFinder.pronouns, .pronoun),
            (SpeakerFinder.speakingNounsWithPlurals, .speakingNoun), (SpeakerFinder.sourceNouns, .sourceNoun), (SpeakerFinder.openers, .opener),
            (SpeakerFinder.weekdays, .weekday), (Attributor.invertible, .invertible), (Attributor.listenerCues, .listener),
            (Attributor.cuePrepositions, .cuePreposition), (Attributor.subordinators, .subordinator), (Attributor.auxiliaries, .auxiliary),
            (Attributor.weakForms, .weakForm), (Attributor.proForms, .proForm), (Attributor.beForms, .beForm),
            (Attributor.questionWords, .questionWord), (Attributor.participleOpeners, .participleOpener),
            (Attributor.raisingVerbs, .raising), (SpeakerFinder.objectStarts, .objectStart), (SpeakerFinder.lyNouns, .lyNoun),
            (SpeakerLinker.roleWords, .role), (SpeakerFinder.determiners, .determiner),
            (SpeakerFinder.mannerOfSpeaking, .mannerOfSpeaking), (SpeakerFinder.openingPrepositions, .openingPreposition),
            (Attributor.adjunctStarts, .adjunctStart), (SpeakerLinker.stateBodies, .stateBody),
        ]
        for (words, wordClass) in sets {
            for word in words { table[word, default: []].insert(wordClass) }
        }
        return table
    }()
}

/// A lower-case word of at most 16 bytes packed into two integers (zero-padded), so that looking a
/// token up builds no string.
struct WordKey: Equatable, Sendable {
    var low: UInt64 = 0
    var high: UInt64 = 0

    /// The empty key (no word).
    init() {}

    /// The key of `bytes`, lower-casing ASCII letters; `nil` when longer than 16 bytes or empty.
    @inline(__always)
    init?(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, count: Int) {
        guard count > 0, count <= 16 else { return nil }
        if let base = bytes.baseAddress, start + 16 <= bytes.count {
            // Two unaligned loads, masked to the word and lower-cased eight bytes at a time.
            self.init()
            let raw = UnsafeRawPointer(base + start)
            let lowMask: UInt64 = count >= 8 ? ~0 : (1 << UInt64(count * 8)) &- 1
            let highMask: UInt64 = count <= 8 ? 0 : (count == 16 ? ~0 : (1 << UInt64((count - 8) * 8)) &- 1)
            low = Self.lowercased(raw.loadUnaligned(as: UInt64.self) & lowMask)
            high = Self.lowercased(raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self) & highMask)
            return
        }
        self.init(bytesNearEnd: bytes, from: start, count: count)
    }

    /// The key of a word of 1 to 16 bytes near the end of `bytes`, a byte at a time.
    private init(bytesNearEnd bytes: UnsafeBufferPointer<UInt8>, from start: Int, count: Int) {
        for offset in 0..<count {
            var byte = bytes[start + offset]
            if (65...90).contains(byte) { byte |= 0x20 }
            if offset < 8 { low |= UInt64(byte) << UInt64(offset * 8) } else { high |= UInt64(byte) << UInt64((offset - 8) * 8) }
        }
    }

    /// `word` with its ASCII upper-case letters (bytes 65...90) lower-cased; other bytes kept.
    @inline(__always)
    private static func lowercased(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let seven = word & (ones &* 0x7F)
        // Per byte (high bit clear, so no carry crosses bytes): >= "A", and > "Z".
        let atLeastA = (seven &+ ones &* (0x80 - 0x41)) & (ones &* 0x80)
        let aboveZ = (seven &+ ones &* (0x80 - 0x5B)) & (ones &* 0x80)
        let upper = atLeastA & ~aboveZ & ~word & (ones &* 0x80)
        return word | (upper >> 2)
    }

    /// The key of a lower-case string.
    init?(_ word: String) {
        let bytes = Array(word.utf8)
        guard let key = bytes.withUnsafeBufferPointer({ WordKey($0, from: 0, count: $0.count) }) else { return nil }
        self = key
    }

    /// A well-mixed hash: every byte of the key reaches the high bits, which `WordTable` uses.
    @inline(__always)
    var hash: UInt64 { ((low ^ (high &* 0xC2B2_AE3D_27D4_EB4F)) &* 0x9E37_79B9_7F4A_7C15) ^ (low >> 29) }
}

/// An open-addressing table from word keys to option-set values (an empty value means absent):
/// one multiply and, almost always, one probe of one slot (key and value side by side, so a hit
/// touches one cache line). The storage is allocated once and never freed, so the table is a plain
/// value that costs no reference counting on the hot path.
struct WordTable<Value: OptionSet & Sendable>: @unchecked Sendable where Value.RawValue: FixedWidthInteger {
    private struct Slot {
        var key: WordKey
        var value: Value
    }

    private let slots: UnsafeBufferPointer<Slot>
    /// One bit per 16-bit hash prefix of the keys: a clear bit rejects a word without touching the slots.
    private let filter: UnsafeBufferPointer<UInt64>
    private let mask: Int
    /// 64 minus the table's bit width: a key's first slot is the top bits of its hash.
    private let shift: UInt64

    /// A table of `entries` (lower-case words). Built once per lexicon.
    init(_ entries: [String: Value]) {
        var size = 16
        while size < entries.count * 2 { size *= 2 }
        mask = size - 1
        shift = UInt64(64 - size.trailingZeroBitCount)
        let slots = UnsafeMutableBufferPointer<Slot>.allocate(capacity: size)
        slots.initialize(repeating: Slot(key: WordKey(), value: []))
        let filter = UnsafeMutableBufferPointer<UInt64>.allocate(capacity: 1024)
        filter.initialize(repeating: 0)
        for (word, value) in entries where !value.isEmpty {
            guard let key = WordKey(word) else { continue }
            let bit = Int(truncatingIfNeeded: key.hash >> 48)
            filter[bit >> 6] |= 1 << UInt64(bit & 63)
            var slot = Int(truncatingIfNeeded: key.hash &>> shift)
            while slots[slot].key != WordKey() { slot = (slot &+ 1) & mask }
            slots[slot] = Slot(key: key, value: value)
        }
        self.slots = UnsafeBufferPointer(slots)
        self.filter = UnsafeBufferPointer(filter)
    }

    /// The value of `key`; empty when the table does not have it.
    @inline(__always)
    func value(for key: WordKey) -> Value {
        let hash = key.hash
        let bit = Int(truncatingIfNeeded: hash >> 48)
        guard filter[bit >> 6] & (1 << UInt64(bit & 63)) != 0 else { return [] }
        var slot = Int(truncatingIfNeeded: hash >> shift)
        while slots[slot].key != WordKey() {
            if slots[slot].key == key { return slots[slot].value }
            slot = (slot &+ 1) & mask
        }
        return []
    }
}
