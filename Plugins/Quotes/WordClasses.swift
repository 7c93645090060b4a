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
    /// Set once the token's classes are known.
    static let known = WordClass(rawValue: 1 << 31)

    /// Lower-case word → its classes.
    static let table = WordTable(words)

    private static let words: [String: WordClass] = {
        var table: [String: WordClass] = [:]
        let sets: [(Set<String>, WordClass)] = [
            (SpeakerFinder.betweenWords, .between), (SpeakerFinder.boundaryWords, .boundary), (SpeakerFinder.pronouns, .pronoun),
            (SpeakerFinder.speakingNouns, .speakingNoun), (SpeakerFinder.sourceNouns, .sourceNoun), (SpeakerFinder.openers, .opener),
            (SpeakerFinder.weekdays, .weekday), (Attributor.invertible, .invertible), (Attributor.listenerCues, .listener),
            (Attributor.cuePrepositions, .cuePreposition), (Attributor.subordinators, .subordinator), (Attributor.auxiliaries, .auxiliary),
            (Attributor.weakForms, .weakForm), (Attributor.proForms, .proForm), (Attributor.beForms, .beForm),
            (Attributor.questionWords, .questionWord), (Attributor.participleOpeners, .participleOpener),
            (Attributor.raisingVerbs, .raising), (SpeakerFinder.objectStarts, .objectStart), (SpeakerFinder.lyNouns, .lyNoun),
            (SpeakerLinker.roleWords, .role),
        ]
        for (words, wordClass) in sets {
            for word in words { table[word, default: []].insert(wordClass) }
        }
        return table
    }()
}

/// Per-document memo of token classes, filled on first use (a raw buffer: no exclusivity checks
/// on the hot path).
final class WordMemo {
    let classes: UnsafeMutableBufferPointer<WordClass>

    init(count: Int) {
        classes = .allocate(capacity: max(1, count))
        classes.initialize(repeating: [])
    }

    deinit { classes.deallocate() }
}

/// A lower-case word of at most 16 bytes packed into two integers (zero-padded), so that looking a
/// token up builds no string.
struct WordKey: Equatable, Sendable {
    var low: UInt64 = 0
    var high: UInt64 = 0

    /// The empty key (no word).
    init() {}

    /// The key of `bytes`, lower-casing ASCII letters; `nil` when longer than 16 bytes or empty.
    init?(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, count: Int) {
        guard count > 0, count <= 16 else { return nil }
        for offset in 0..<count {
            var byte = bytes[start + offset]
            if (65...90).contains(byte) { byte |= 0x20 }
            if offset < 8 { low |= UInt64(byte) << UInt64(offset * 8) } else { high |= UInt64(byte) << UInt64((offset - 8) * 8) }
        }
    }

    /// The key of a lower-case string.
    init?(_ word: String) {
        let bytes = Array(word.utf8)
        guard let key = bytes.withUnsafeBufferPointer({ WordKey($0, from: 0, count: $0.count) }) else { return nil }
        self = key
    }

    var hash: Int { Int(truncatingIfNeeded: (low &* 0x9E37_79B9_7F4A_7C15) ^ (high &* 0xC2B2_AE3D_27D4_EB4F) ^ (low >> 29)) }
}

/// An open-addressing table from word keys to option-set values (an empty value means absent):
/// one multiply and, almost always, one probe. The storage is allocated once and never freed, so
/// the table is a plain value that costs no reference counting on the hot path.
struct WordTable<Value: OptionSet & Sendable>: @unchecked Sendable where Value.RawValue: FixedWidthInteger {
    private let keys: UnsafeBufferPointer<WordKey>
    private let values: UnsafeBufferPointer<Value>
    private let mask: Int

    /// A table of `entries` (lower-case words). Built once per lexicon.
    init(_ entries: [String: Value]) {
        var size = 16
        while size < entries.count * 4 { size *= 2 }
        mask = size - 1
        let keys = UnsafeMutableBufferPointer<WordKey>.allocate(capacity: size)
        keys.initialize(repeating: WordKey())
        let values = UnsafeMutableBufferPointer<Value>.allocate(capacity: size)
        values.initialize(repeating: [])
        for (word, value) in entries where !value.isEmpty {
            guard let key = WordKey(word) else { continue }
            var slot = key.hash & mask
            while keys[slot] != WordKey() { slot = (slot + 1) & mask }
            keys[slot] = key
            values[slot] = value
        }
        self.keys = UnsafeBufferPointer(keys)
        self.values = UnsafeBufferPointer(values)
    }

    /// The value of `key`; empty when the table does not have it.
    @inline(__always)
    func value(for key: WordKey) -> Value {
        var slot = key.hash & mask
        while keys[slot] != WordKey() {
            if keys[slot] == key { return values[slot] }
            slot = (slot + 1) & mask
        }
        return []
    }
}
