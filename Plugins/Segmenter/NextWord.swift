/// The word that follows a sentence boundary, read after any opening quotes and brackets.
struct NextWord {
    /// Letter case (or digit) of its first character.
    let shape: TextBytes.Shape
    /// Its leading ASCII letters, when it starts with an uppercase ASCII letter and is made only of them.
    let asciiWord: Range<Int>?
    private let bytes: UnsafeBufferPointer<UInt8>

    /// The word starting at or after `start` (a non-whitespace position), before `limit`.
    init(_ text: TextBytes, from start: Int, limit: Int) {
        bytes = text.bytes
        var index = start
        var openings = 0
        while index < limit, openings < 4 {
            let length = text.openingLength(at: index)
            if length == 0 { break }
            index += length
            openings += 1
        }
        guard index < limit else {
            shape = .other
            asciiWord = nil
            return
        }
        shape = text.shape(at: index)
        guard shape == .upper, text[index] < 0x80 else {
            asciiWord = nil
            return
        }
        var end = index + 1
        while end < limit && TextBytes.isASCIILetter(text[end]) { end += 1 }
        asciiWord = end < limit && text.isAlphabetic(at: end) ? nil : index..<end
    }

    /// Whether the word typically starts a sentence ("The", "He", "However").
    func isSentenceStarter(_ abbreviations: Abbreviations) -> Bool {
        guard let asciiWord else { return false }
        return abbreviations.isSentenceStarter(bytes, asciiWord)
    }
}
