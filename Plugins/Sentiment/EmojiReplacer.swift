/// The first step of vaderSentiment's `polarity_scores`: every code point that is an emoji of the
/// emoji lexicon becomes its description, preceded by a space unless the previous character was a
/// space (U+0020) or an emoji. Nothing is added after a description ("😀abc" → "grinning faceabc").
enum EmojiReplacer {
    /// Writes `text` with its emoji replaced into `output` and returns true, or returns false
    /// (leaving `output` alone) when the text has no emoji.
    static func replace(_ text: UnsafeBufferPointer<UInt8>, emoji: [UInt32: [UInt8]], into output: inout [UInt8]) -> Bool {
        guard !emoji.isEmpty, let first = firstEmoji(text, emoji) else { return false }
        output.removeAll(keepingCapacity: true)
        output.append(contentsOf: UnsafeBufferPointer(rebasing: text[0..<first]))
        var previousIsSpace = first == 0 || text[first - 1] == UInt8(ascii: " ")
        var index = first
        while index < text.count {
            let length = UTF8Scalar.length(text[index])
            if text[index] >= 0x80, let description = emoji[UTF8Scalar.decode(text, at: index)] {
                if !previousIsSpace { output.append(UInt8(ascii: " ")) }
                output.append(contentsOf: description)
                previousIsSpace = false
            } else {
                output.append(contentsOf: UnsafeBufferPointer(rebasing: text[index..<(index + length)]))
                previousIsSpace = text[index] == UInt8(ascii: " ")
            }
            index += length
        }
        return true
    }

    /// The byte offset of the first emoji of the lexicon in `text`, if any. (Every single-code-point
    /// emoji of the lexicon is outside ASCII.)
    private static func firstEmoji(_ text: UnsafeBufferPointer<UInt8>, _ emoji: [UInt32: [UInt8]]) -> Int? {
        var index = 0
        while index < text.count {
            let byte = text[index]
            if byte < 0x80 { index += 1; continue }
            if emoji[UTF8Scalar.decode(text, at: index)] != nil { return index }
            index += UTF8Scalar.length(byte)
        }
        return nil
    }
}
