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
        var lexicon = lexicon
        var emojiLexicon = emojiLexicon
        let lexiconResult = lexicon.withUTF8 { Self.readWords($0) }
        let emojiResult = emojiLexicon.withUTF8 { Self.readEmoji($0) }
        switch (lexiconResult, emojiResult) {
        case (.failure(let error), _), (_, .failure(let error)):
            throw error
        case (.success(let (words, lines)), .success(let (emoji, unreachable))):
            self.words = words
            self.lexiconLines = lines
            self.emoji = emoji
            self.unreachableEmoji = unreachable
        }
    }

    /// make_lex_dict (`rstrip('\n')`, `split('\n')`, skip empty lines, `strip()`,
    /// `split('\t')[0:2]`, `float()`; a later line for the same token wins), plus the booster,
    /// negation and special words.
    private static func readWords(_ text: UnsafeBufferPointer<UInt8>) -> Result<(WordTable, Int), LexiconError> {
        let lines = Self.lines(text)
        let extras = VADERConstants.boosters.count + VADERConstants.negations.count + SpecialWord.allCases.count
        let table = WordTable(capacity: lines.count + extras, tailBytes: text.count + 64 * extras)
        var entries = 0
        for (number, line) in lines where !line.isEmpty {
            let fields = Self.fields(text, Self.strip(text, line))
            guard fields.count >= 2, let valence = Self.number(text, Self.strip(text, fields[1])) else {
                return .failure(LexiconError(file: .lexicon, line: number, message: "expected TOKEN<TAB>VALENCE"))
            }
            table.update(UnsafeBufferPointer(rebasing: text[fields[0]])) {
                $0.valence = valence
                $0.inLexicon = true
            }
            entries += 1
        }
        func update(_ word: String, _ change: (inout WordInfo) -> Void) {
            var word = word
            word.withUTF8 { _ = table.update($0, change) }
        }
        for (word, value) in VADERConstants.boosters { update(word) { $0.booster = value } }
        for word in VADERConstants.negations { update(word) { $0.negates = true } }
        for special in SpecialWord.allCases { if let word = special.word { update(word) { $0.special = special } } }
        return .success((table, entries))
    }

    /// make_emoji_dict: as make_lex_dict, without skipping empty lines.
    private static func readEmoji(_ text: UnsafeBufferPointer<UInt8>) -> Result<([UInt32: [UInt8]], Int), LexiconError> {
        var emoji: [UInt32: [UInt8]] = [:]
        var unreachable = 0
        for (number, line) in Self.lines(text) {
            let fields = Self.fields(text, Self.strip(text, line))
            guard fields.count >= 2 else {
                return .failure(LexiconError(file: .emoji, line: number, message: "expected EMOJI<TAB>DESCRIPTION"))
            }
            let key = fields[0]
            if !key.isEmpty && UTF8Scalar.length(text[key.lowerBound]) == key.count {
                emoji[UTF8Scalar.decode(text, at: key.lowerBound)] = Array(text[fields[1]])
            } else {
                unreachable += 1
            }
        }
        return .success((emoji, unreachable))
    }

    /// Python's `float()` of a field: `[-]digits[.digits]` with at most 15 significant digits
    /// exactly (one correctly rounded division, as `strtod` does on its fast path), anything else
    /// through `Double(_:)`.
    private static func number(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Double? {
        var index = range.lowerBound
        let negative = index < range.upperBound && text[index] == UInt8(ascii: "-")
        if negative { index += 1 }
        var mantissa: Int64 = 0
        var digits = 0
        var decimals = 0
        var seenPoint = false
        var simple = index < range.upperBound
        while index < range.upperBound && simple {
            let byte = text[index]
            if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
                mantissa = mantissa * 10 + Int64(byte - UInt8(ascii: "0"))
                digits += 1
                if seenPoint { decimals += 1 }
            } else if byte == UInt8(ascii: ".") && !seenPoint {
                seenPoint = true
            } else {
                simple = false
            }
            index += 1
        }
        if simple && digits > 0 && digits <= 15 {
            let value = Double(mantissa) / powersOfTen[decimals]
            return negative ? -value : value
        }
        return Double(String(decoding: UnsafeBufferPointer(rebasing: text[range]), as: UTF8.self))
    }

    private static let powersOfTen: [Double] = (0...15).map { digits in
        var value = 1.0
        for _ in 0..<digits { value *= 10 }
        return value
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
