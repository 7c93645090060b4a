/// VADER's word and emoji lexicons, read exactly as vaderSentiment 3.3.2 reads them, merged with
/// its booster, negation and special-word lists into one table.
struct VADERLexicon: Sendable {
    /// Every word a rule looks up, lower-cased.
    let words: WordTable
    /// Emoji of one code point → their description (UTF-8). vaderSentiment replaces emoji code
    /// point by code point, so entries of several code points (flags, skin tones, ZWJ sequences)
    /// can never match and are left out.
    let emoji: [UInt32: [UInt8]]
    /// How many lexicon lines were read.
    let lexiconLines: Int
    /// How many emoji entries have more than one code point and so never match.
    let unreachableEmoji: Int

    /// Parses the two files' contents. Throws a message naming the line of the first bad entry.
    init(lexicon: String, emojiLexicon: String) throws(LexiconError) {
        // Keyed by bytes: Python compares code points, Swift strings compare canonically.
        var words: [[UInt8]: WordInfo] = [:]
        words.reserveCapacity(8192)
        var lines = 0
        var lexicon = lexicon
        // make_lex_dict: rstrip('\n'), split('\n'), skip empty lines, strip(), split('\t')[0:2].
        let lexiconError = lexicon.withUTF8 { text -> LexiconError? in
            for (number, line) in Self.lines(text) where !line.isEmpty {
                let fields = Self.fields(text, Self.strip(text, line))
                guard fields.count >= 2,
                      let valence = Double(String(decoding: UnsafeBufferPointer(rebasing: text[Self.strip(text, fields[1])]), as: UTF8.self))
                else { return LexiconError(file: .lexicon, line: number, message: "expected TOKEN<TAB>VALENCE") }
                let key = Array(text[fields[0]])
                words[key, default: WordInfo()].valence = valence
                words[key]!.inLexicon = true
                lines += 1
            }
            return nil
        }
        if let lexiconError { throw lexiconError }
        for (word, value) in VADERConstants.boosters { words[Array(word.utf8), default: WordInfo()].booster = value }
        for word in VADERConstants.negations { words[Array(word.utf8), default: WordInfo()].negates = true }
        for special in SpecialWord.allCases { if let word = special.word { words[Array(word.utf8), default: WordInfo()].special = special } }

        var emoji: [UInt32: [UInt8]] = [:]
        var unreachable = 0
        var emojiLexicon = emojiLexicon
        // make_emoji_dict: the same, without skipping empty lines.
        let emojiError = emojiLexicon.withUTF8 { text -> LexiconError? in
            for (number, line) in Self.lines(text) {
                let fields = Self.fields(text, Self.strip(text, line))
                guard fields.count >= 2 else {
                    return LexiconError(file: .emoji, line: number, message: "expected EMOJI<TAB>DESCRIPTION")
                }
                let key = fields[0]
                if !key.isEmpty && UTF8Scalar.length(text[key.lowerBound]) == key.count {
                    emoji[UTF8Scalar.decode(text, at: key.lowerBound)] = Array(text[fields[1]])
                } else {
                    unreachable += 1
                }
            }
            return nil
        }
        if let emojiError { throw emojiError }
        self.words = WordTable(words)
        self.emoji = emoji
        self.lexiconLines = lines
        self.unreachableEmoji = unreachable
    }

    /// `text.rstrip('\n').split('\n')` as byte ranges, numbered from 1.
    private static func lines(_ text: UnsafeBufferPointer<UInt8>) -> [(Int, Range<Int>)] {
        var end = text.count
        while end > 0 && text[end - 1] == UInt8(ascii: "\n") { end -= 1 }
        var lines: [(Int, Range<Int>)] = []
        var start = 0
        for index in 0..<end where text[index] == UInt8(ascii: "\n") {
            lines.append((lines.count + 1, start..<index))
            start = index + 1
        }
        lines.append((lines.count + 1, start..<end))
        return lines
    }

    /// `line.split('\t')` as byte ranges.
    private static func fields(_ text: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) -> [Range<Int>] {
        var fields: [Range<Int>] = []
        var start = line.lowerBound
        for index in line where text[index] == UInt8(ascii: "\t") {
            fields.append(start..<index)
            start = index + 1
        }
        fields.append(start..<line.upperBound)
        return fields
    }

    /// `str.strip()`: `range` without Python whitespace at either end.
    private static func strip(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper {
            let space = PythonWhitespace.length(text, at: lower)
            if space == 0 { break }
            lower += space
        }
        while upper > lower {
            var last = upper - 1
            while last > lower && text[last] & 0xC0 == 0x80 { last -= 1 }
            if PythonWhitespace.length(text, at: last) == 0 { break }
            upper = last
        }
        return lower..<upper
    }
}

/// A line of a lexicon file that cannot be read.
struct LexiconError: Error {
    /// Which file.
    enum File { case lexicon, emoji }
    var file: File
    var line: Int
    var message: String
}
