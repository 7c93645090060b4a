/// Splits a gazetteer name into the tokens the segmenter would make of it, so that a name and the
/// text it appears in are compared token by token.
///
/// Spaces and hyphens separate tokens (and are not tokens themselves: hyphens in text are skipped
/// when matching, so `Jong-Un` and `Jong Un` are the same); letters, digits, periods and apostrophes
/// form words; any other character is a token of its own (`AT&T` is `AT` `&` `T`); a final `'s`
/// (straight or curly) is split off as the segmenter does (`People's` is `People` `'s`).
enum AliasTokenizer {
    /// The tokens of `name`, as substrings.
    static func tokens(_ name: String) -> [Substring] {
        var tokens: [Substring] = []
        var wordStart: String.Index?
        var index = name.startIndex
        func closeWord(at end: String.Index) {
            guard let start = wordStart else { return }
            let word = name[start..<end]
            if word.count > 2, let clitic = possessive(word) {
                tokens.append(word[word.startIndex..<clitic])
                tokens.append(word[clitic...])
            } else {
                tokens.append(word)
            }
            wordStart = nil
        }
        while index < name.endIndex {
            let character = name[index]
            if character.isWhitespace || isHyphen(character) {
                closeWord(at: index)
            } else if character.isLetter || character.isNumber || character == "." || isApostrophe(character) {
                if wordStart == nil { wordStart = index }
            } else {
                closeWord(at: index)
                tokens.append(name[index...index])
            }
            index = name.index(after: index)
        }
        closeWord(at: name.endIndex)
        return tokens
    }

    /// Whether a character joins words as a hyphen does.
    static func isHyphen(_ character: Character) -> Bool {
        character == "-" || character == "\u{2010}" || character == "\u{2011}"
    }

    private static func isApostrophe(_ character: Character) -> Bool {
        character == "'" || character == "\u{2019}" || character == "\u{2018}" || character == "\u{02BC}"
    }

    /// Where a final possessive `'s` starts, if the word ends with one.
    private static func possessive(_ word: Substring) -> String.Index? {
        guard let last = word.last, last == "s" || last == "S" else { return nil }
        let apostrophe = word.index(before: word.index(before: word.endIndex))
        return isApostrophe(word[apostrophe]) ? apostrophe : nil
    }
}
