import Foundation
import NLPCore

/// How a stance cue relates its holder and target (see `pipelines/lexicons/stance.tsv`).
enum StanceCueKind: String, Sendable, CaseIterable {
    /// `HOLDER condemned TARGET`, `TARGET was condemned by HOLDER`.
    case verb
    /// `HOLDER's support for TARGET`, `HOLDER expressed support for TARGET`.
    case noun
    /// `cooperation between X and Y`: both directions.
    case mutual
    /// `HOLDER urged TARGET not to ...`: oppose, only with a to-stop complement.
    case urge
    /// A word of praise or attack near the target inside a quotation.
    case evaluative
}

/// One form of a cue as it is matched: its lower-case words and what it means.
struct StanceCue: Sendable {
    /// The lower-case words, apostrophes as `'`.
    var words: [String]
    /// Support or oppose.
    var polarity: StancePolarity
    /// Strength in (0, 1].
    var weight: Double
    /// How holder and target are found.
    var kind: StanceCueKind
    /// Whether the first word is a past form (`condemned`, `stood`), which may be passive.
    var isPastForm: Bool
}

/// Stance cues in every form, looked up by their first word.
struct StanceLexicon: Sendable {
    /// Cues keyed by first word, longest first.
    private(set) var byFirstWord: [String: [StanceCue]] = [:]
    /// The head nouns of mutual cues (`war` of `war between`) in every form, for `the Iran/Iraq war`.
    private(set) var mutualHeads: [String: StanceCue] = [:]
    /// Number of cue lines read.
    private(set) var entryCount = 0

    /// A problem in a lexicon file, located by line.
    struct LoadError: Error, CustomStringConvertible {
        /// The file.
        var path: String
        /// The 1-based line.
        var line: Int
        /// What is wrong.
        var message: String
        /// `path:line: message`.
        var description: String { "\(path):\(line): \(message)" }
    }

    /// An empty lexicon.
    init() {}

    /// Reads lexicon files in order; every bad line is an error naming its file and line.
    init(paths: [String]) throws {
        for path in paths {
            guard let data = FileManager.default.contents(atPath: path) else {
                throw LoadError(path: path, line: 0, message: "cannot read the file")
            }
            try add(String(decoding: data, as: UTF8.self), path: path)
        }
    }

    /// Adds the cues of one file's text.
    mutating func add(_ text: String, path: String) throws {
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            if line.allSatisfy(\.isWhitespace) || line.first == "#" { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespaces) }
            let location = (path: path, line: index + 1)
            guard fields.count == 4 else {
                throw LoadError(path: location.path, line: location.line,
                                message: "expected 4 tab-separated fields (cue, polarity, weight, kind), found \(fields.count)")
            }
            guard let polarity = StancePolarity(rawValue: fields[1]) else {
                throw LoadError(path: location.path, line: location.line, message: "polarity '\(fields[1])' is not support or oppose")
            }
            guard let weight = Double(fields[2]), weight > 0, weight <= 1 else {
                throw LoadError(path: location.path, line: location.line, message: "weight '\(fields[2])' is not a number in (0, 1]")
            }
            guard let kind = StanceCueKind(rawValue: fields[3]) else {
                throw LoadError(path: location.path, line: location.line, message: "kind '\(fields[3])' is not one of "
                                + StanceCueKind.allCases.map(\.rawValue).joined(separator: ", "))
            }
            let words = fields[0].lowercased().replacingOccurrences(of: "\u{2019}", with: "'")
                .split(separator: " ").map(String.init)
            guard let first = words.first, !first.isEmpty else {
                throw LoadError(path: location.path, line: location.line, message: "empty cue")
            }
            let rest = Array(words.dropFirst())
            let forms: [(String, Bool)]
            if first.contains("|") {
                let listed = first.split(separator: "|").map(String.init)
                forms = listed.enumerated().map { offset, form in
                    (form, offset > 0 && !form.hasSuffix("ing") && !(offset == 1 && form.hasSuffix("s")))
                }
            } else {
                forms = Self.forms(of: first, kind: kind)
            }
            for (form, isPast) in forms {
                let cue = StanceCue(words: [form] + rest, polarity: polarity, weight: weight, kind: kind, isPastForm: isPast)
                insert(cue)
                if kind == .mutual { mutualHeads[form] = StanceCue(words: [form], polarity: polarity, weight: weight, kind: kind, isPastForm: false) }
            }
            entryCount += 1
        }
    }

    /// A 65,536-bit filter over the first words' fingerprints: one bit test rejects almost any word.
    private var signatures = [UInt64](repeating: 0, count: 1024)

    /// Whether a word (any case) may be the first word of a cue; `false` is certain. Two bits per
    /// word (a Bloom filter), so that few non-cue words pass.
    @inline(__always)
    func mayStartCue(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let signature = Self.signature(bytes)
        let first = Self.bit(signature), second = Self.secondBit(signature)
        return signatures[first >> 6] & (1 << UInt64(first & 63)) != 0
            && signatures[second >> 6] & (1 << UInt64(second & 63)) != 0
    }

    /// Whether a word (any case) is the first word of a cue or the head of a mutual cue.
    func startsCue(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard mayStartCue(bytes) else { return false }
        let word = SentenceWords.lowercase(bytes)
        return byFirstWord[word] != nil || mutualHeads[word] != nil
    }

    /// Length, first, second and last byte, ASCII letters lower-cased.
    @inline(__always)
    private static func signature(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        guard let first = bytes.first, let last = bytes.last else { return 0 }
        @inline(__always) func lower(_ byte: UInt8) -> UInt32 { UInt32((65...90).contains(byte) ? byte | 0x20 : byte) }
        let second = bytes.count > 1 ? bytes[1] : 0
        return UInt32(min(bytes.count, 255)) << 24 | lower(first) << 16 | lower(second) << 8 | lower(last)
    }

    @inline(__always)
    private static func bit(_ signature: UInt32) -> Int { Int((signature &* 0x9E37_79B1) >> 16) }

    @inline(__always)
    private static func secondBit(_ signature: UInt32) -> Int { Int(((signature ^ (signature >> 13)) &* 0x85EB_CA6B) >> 16) }

    private mutating func remember(_ word: String) {
        var word = word
        let signature = word.withUTF8 { Self.signature($0) }
        for bit in [Self.bit(signature), Self.secondBit(signature)] { signatures[bit >> 6] |= 1 << UInt64(bit & 63) }
    }

    private mutating func insert(_ cue: StanceCue) {
        remember(cue.words[0])
        var list = byFirstWord[cue.words[0], default: []]
        list.removeAll { $0.words == cue.words && $0.kind == cue.kind }
        list.append(cue)
        list.sort { $0.words.count > $1.words.count }
        byFirstWord[cue.words[0]] = list
    }

    /// The forms of a cue's first word: verbs get -s, -ed and -ing; nouns and evaluative words
    /// their plural; the flag marks past forms.
    static func forms(of word: String, kind: StanceCueKind) -> [(String, Bool)] {
        switch kind {
        case .verb, .urge:
            let inflected = EnglishInflection.verbForms(word)
            return [(word, false), (inflected.third, false), (inflected.past, true), (inflected.gerund, false)]
        case .noun, .mutual, .evaluative:
            return [(word, false), (EnglishInflection.plural(word), false)]
        }
    }
}
