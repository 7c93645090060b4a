import Algorithms
import NLPCore

/// A read-only view of one document for the quotes stage: its bytes, tokens, sentences and entity
/// mentions, with small helpers over them.
final class TextView {
    let bytes: UnsafeBufferPointer<UInt8>
    /// The document's tokens (a buffer the caller keeps alive: no bounds checks or reference counting on the hot path).
    let tokens: UnsafeBufferPointer<Token>
    let sentences: [Span]
    let mentions: [EntityMention]
    /// For each sentence, the range of its tokens.
    let tokenRanges: [Range<Int>]
    /// For each mention, its label as a `MentionLabel` code (no string is compared or copied on the hot path).
    let labels: [MentionLabel]
    /// Token classes, computed on first use (a cleared buffer of the worker's scratch, one per token).
    private let memoClasses: UnsafeMutableBufferPointer<WordClass>
    private let classTable = WordClass.table

    init(bytes: UnsafeBufferPointer<UInt8>, tokens: UnsafeBufferPointer<Token>, sentences: [Span], mentions: [EntityMention],
         classes: UnsafeMutableBufferPointer<WordClass>) {
        self.bytes = bytes
        self.tokens = tokens
        self.sentences = sentences
        self.mentions = mentions
        self.labels = mentions.map { MentionLabel($0.label) }
        self.memoClasses = classes
        // Sentence s ends before the first token, at or after the previous sentence's end, that
        // starts at or after the sentence's end: a search per sentence, not a walk over every
        // token (tokens are sorted by start).
        var ranges: [Range<Int>] = []
        ranges.reserveCapacity(sentences.count)
        var start = 0
        for sentence in sentences {
            // Galloping from the previous end (sentences are short), then a binary search.
            var low = start, bound = start, step = 1
            while bound < tokens.count, tokens[bound].span.start < sentence.end {
                low = bound + 1
                bound = start + step
                step *= 2
            }
            let end = (low..<min(bound, tokens.count)).partitioningIndex { tokens[$0].span.start >= sentence.end }
            ranges.append(start..<end)
            start = end
        }
        self.tokenRanges = ranges
    }

    /// The index of the sentence of token `index`: the first whose token range ends after it, or
    /// the last sentence (0 when there is none).
    func sentenceIndex(ofToken index: Int) -> Int {
        min(tokenRanges.partitioningIndex { $0.upperBound > index }, max(0, tokenRanges.count - 1))
    }

    /// The token's text, lower-cased (ASCII letters only; other bytes kept).
    func lower(_ index: Int) -> String {
        let span = tokens[index].span
        let slice = UnsafeBufferPointer(rebasing: bytes[span.utf8Range])
        if slice.count <= 15 {
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 16) { buffer in
                for offset in 0..<slice.count {
                    let byte = slice[offset]
                    buffer[offset] = (65...90).contains(byte) ? byte | 0x20 : byte
                }
                return String(decoding: UnsafeBufferPointer(rebasing: buffer[0..<slice.count]), as: UTF8.self)
            }
        }
        return String(decoding: slice, as: UTF8.self).lowercased()
    }

    /// The token's word classes (`WordClass`); computed once per token.
    @inline(__always)
    func classes(_ index: Int) -> WordClass {
        let known = memoClasses[index]
        if known.contains(.known) { return known }
        return lookUpClasses(index)
    }

    /// The token's word classes, looked up in the table and memoised.
    private func lookUpClasses(_ index: Int) -> WordClass {
        var classes: WordClass = .known
        if let key = key(index) {
            classes.formUnion(classTable.value(for: key))
            if tokens[index].span.length >= 5, endsWith(index, "ly"), !isCapitalized(index), !classes.contains(.lyNoun) { classes.insert(.lyAdverb) }
        }
        memoClasses[index] = classes
        return classes
    }

    /// The token's lower-case key for table lookups (`nil` for tokens over 16 bytes).
    func key(_ index: Int) -> WordKey? {
        let span = tokens[index].span
        return WordKey(bytes, from: Int(span.start), count: span.length)
    }

    /// Whether the token is in one of `classes`.
    @inline(__always)
    func isIn(_ index: Int, _ wordClass: WordClass) -> Bool { !classes(index).isDisjoint(with: wordClass) }

    /// Whether the token is `word` (lower-case ASCII), in any case.
    @inline(__always)
    func isWord(_ index: Int, _ word: StaticString) -> Bool {
        let span = tokens[index].span
        guard span.length == word.utf8CodeUnitCount else { return false }
        let start = Int(span.start)
        for offset in 0..<span.length {
            let byte = bytes[start + offset]
            if ((65...90).contains(byte) ? byte | 0x20 : byte) != word.utf8Start[offset] { return false }
        }
        return true
    }

    /// Whether the token is one of `words` (lower-case ASCII), in any case.
    @inline(__always)
    func isAnyWord(_ index: Int, _ words: [StaticString]) -> Bool {
        words.contains { isWord(index, $0) }
    }

    /// Whether the token ends with `suffix` (lower-case ASCII), in any case.
    @inline(__always)
    func endsWith(_ index: Int, _ suffix: StaticString) -> Bool {
        let span = tokens[index].span
        let count = suffix.utf8CodeUnitCount
        guard span.length >= count else { return false }
        let start = Int(span.end) - count
        for offset in 0..<count {
            let byte = bytes[start + offset]
            if ((65...90).contains(byte) ? byte | 0x20 : byte) != suffix.utf8Start[offset] { return false }
        }
        return true
    }

    /// The index of the entity mention containing `span`, if any (mentions are sorted by start).
    func mentionIndex(containing span: Span) -> Int? {
        // Mentions do not nest: the containing one starts at or before the span, among the last few.
        let after = mentions.indices.partitioningIndex { mentions[$0].span.start > span.start }
        return (max(0, after - 4)..<after).last { mentions[$0].span.contains(span) }
    }

    /// The indices of the entity mentions overlapping `span` (mentions are sorted by start and do not nest).
    func mentionIndices(overlapping span: Span) -> Range<Int> {
        let first = firstMention(endingAfter: span.start)
        var end = first
        while end < mentions.count, mentions[end].span.start < span.end { end += 1 }
        return first..<end
    }

    /// The index of the first mention that ends after `offset` (mentions are sorted and do not nest).
    func firstMention(endingAfter offset: Int32) -> Int {
        mentions.indices.partitioningIndex { mentions[$0].span.end > offset }
    }

    /// The first byte of the token.
    func firstByte(_ index: Int) -> UInt8 { bytes[Int(tokens[index].span.start)] }

    /// Whether the token starts with an upper-case ASCII letter or a non-ASCII letter (names).
    func isCapitalized(_ index: Int) -> Bool {
        let byte = firstByte(index)
        return (65...90).contains(byte) || byte >= 0xC3
    }

    /// Whether the token is exactly `text` (case-sensitive, ASCII).
    @inline(__always)
    func isToken(_ index: Int, _ text: StaticString) -> Bool {
        let span = tokens[index].span
        guard span.length == text.utf8CodeUnitCount else { return false }
        for offset in 0..<span.length where bytes[Int(span.start) + offset] != text.utf8Start[offset] { return false }
        return true
    }

    /// Whether the token is punctuation made only of `characters` (ASCII).
    func isPunctuation(_ index: Int, in characters: ASCIISet) -> Bool {
        guard tokens[index].kind == .punctuation else { return false }
        return tokens[index].span.utf8Range.allSatisfy { characters.contains(bytes[$0]) }
    }

    /// The index of the first token starting at or after `offset`.
    func firstToken(atOrAfter offset: Int32) -> Int {
        tokens.partitioningIndex { $0.span.start >= offset }
    }

    /// The index of the sentence containing `offset` (or the last before it).
    func sentence(containing offset: Int32) -> Int {
        min(sentences.partitioningIndex { $0.end > offset }, max(0, sentences.count - 1))
    }
}

/// An entity mention's label as a small code.
enum MentionLabel: UInt8 {
    case person, org, gpe, norp, loc, fac, event, product, other

    init(_ label: String) {
        switch label {
        case "PERSON": self = .person
        case "ORG": self = .org
        case "GPE": self = .gpe
        case "NORP": self = .norp
        case "LOC": self = .loc
        case "FAC": self = .fac
        case "EVENT": self = .event
        case "PRODUCT": self = .product
        default: self = .other
        }
    }

    /// Places, facilities, events and products do not speak.
    var isInanimate: Bool { self == .loc || self == .fac || self == .event || self == .product }
}

/// A set of ASCII bytes as a 128-bit mask: membership without hashing.
struct ASCIISet: Sendable {
    private let low: UInt64
    private let high: UInt64

    /// The bytes of `characters` (ASCII only).
    init(_ characters: StaticString) {
        var low: UInt64 = 0, high: UInt64 = 0
        for offset in 0..<characters.utf8CodeUnitCount {
            let byte = characters.utf8Start[offset]
            precondition(byte < 128, "ASCIISet holds ASCII bytes only")
            if byte < 64 { low |= 1 << UInt64(byte) } else { high |= 1 << UInt64(byte - 64) }
        }
        self.low = low
        self.high = high
    }

    /// Whether `byte` is in the set.
    @inline(__always)
    func contains(_ byte: UInt8) -> Bool {
        byte < 64 ? low >> UInt64(byte) & 1 != 0 : byte < 128 && high >> UInt64(byte &- 64) & 1 != 0
    }
}
