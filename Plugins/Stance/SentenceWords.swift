import NLPCore

/// The tokens of one sentence as the stance rules read them: lower-case words, and for each token
/// the entity mention it belongs to.
struct SentenceWords {
    /// Token spans.
    var spans: [Span] = []
    /// Lower-case token texts, curly apostrophes as `'`.
    var words: [String] = []
    /// Token texts as written.
    var original: [Substring] = []
    /// Whether each token is punctuation.
    var isPunctuation: [Bool] = []
    /// For each token, the index into ``mentions`` of the mention covering it, or -1.
    var mentionAt: [Int] = []
    /// The sentence's mentions of holder-capable entities, in order.
    var mentions: [EntityMention] = []
    /// For each mention, its first and last token (inclusive).
    var mentionTokens: [(first: Int, last: Int)] = []

    /// Fills the view for the tokens `tokens` of `bytes`, with the mentions that lie inside them.
    mutating func load(bytes: UnsafeBufferPointer<UInt8>, tokens: ArraySlice<Token>, mentions: ArraySlice<EntityMention>) {
        spans.removeAll(keepingCapacity: true)
        words.removeAll(keepingCapacity: true)
        isPunctuation.removeAll(keepingCapacity: true)
        original.removeAll(keepingCapacity: true)
        mentionAt.removeAll(keepingCapacity: true)
        self.mentions.removeAll(keepingCapacity: true)
        mentionTokens.removeAll(keepingCapacity: true)
        var mentionIndex = mentions.startIndex
        for token in tokens {
            spans.append(token.span)
            words.append(Self.lowercase(UnsafeBufferPointer(rebasing: bytes[token.span.utf8Range])))
            isPunctuation.append(token.kind == .punctuation)
            original.append(Substring(decoding: UnsafeBufferPointer(rebasing: bytes[token.span.utf8Range]), as: UTF8.self))
            while mentionIndex < mentions.endIndex && mentions[mentionIndex].span.end <= token.span.start { mentionIndex += 1 }
            if mentionIndex < mentions.endIndex, mentions[mentionIndex].span.contains(token.span) {
                let position = spans.count - 1
                if self.mentions.last?.span != mentions[mentionIndex].span {
                    self.mentions.append(mentions[mentionIndex])
                    mentionTokens.append((position, position))
                } else {
                    mentionTokens[mentionTokens.count - 1].last = position
                }
                mentionAt.append(self.mentions.count - 1)
            } else {
                mentionAt.append(-1)
            }
        }
    }

    /// Number of tokens.
    var count: Int { words.count }

    /// Lower-cases ASCII letters and writes `’` as `'`.
    static func lowercase(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        var hasCurly = false
        var hasNonASCII = false
        for byte in bytes where byte >= 0x80 {
            hasNonASCII = true
            if byte == 0xE2 { hasCurly = true }
        }
        if !hasNonASCII {
            return String(unsafeUninitializedCapacity: bytes.count) { buffer in
                for (offset, byte) in bytes.enumerated() { buffer[offset] = (65...90).contains(byte) ? byte | 0x20 : byte }
                return bytes.count
            }
        }
        let text = String(decoding: bytes, as: UTF8.self).lowercased()
        return hasCurly ? text.replacing("\u{2019}", with: "'") : text
    }
}
