/// The word-level rules of vaderSentiment 3.3.2 (`sentiment_valence` and the checks it calls),
/// operation for operation, so that every double comes out bit-identical.
struct ValenceRules {
    /// The words of the text.
    let words: UnsafeBufferPointer<WordFacts>
    /// `allcap_differential`: some words, but not all, are ALL CAPS.
    let isCapDifferential: Bool

    typealias C = VADERConstants

    /// The valence of word `i` (0 unless it is in the lexicon), after boosters, negation, ALL
    /// CAPS, special idioms and "least".
    func valence(at i: Int) -> Double {
        let item = words[i]
        guard item.info.inLexicon else { return 0 }
        let count = words.count
        var valence = item.info.valence
        // "no" before another lexicon word negates it instead of counting itself.
        if item.special == .no && i != count - 1 && words[i + 1].info.inLexicon { valence = 0.0 }
        if (i > 0 && words[i - 1].special == .no) || (i > 1 && words[i - 2].special == .no)
            || (i > 2 && words[i - 3].special == .no && (words[i - 1].special == .or || words[i - 1].special == .nor)) {
            valence = item.info.valence * C.negationScalar
        }
        if item.isUpper && isCapDifferential {
            if valence > 0 { valence += C.capsIncrement } else { valence -= C.capsIncrement }
        }
        for startI in 0..<3 where i > startI && !words[i - (startI + 1)].info.inLexicon {
            var scalar = scalarIncDec(words[i - (startI + 1)], valence: valence)
            if startI == 1 && scalar != 0 { scalar = scalar * 0.95 }
            if startI == 2 && scalar != 0 { scalar = scalar * 0.9 }
            valence = valence + scalar
            valence = negationCheck(valence, startI: startI, i: i)
            if startI == 2 { valence = specialIdiomsCheck(valence, i: i) }
        }
        return leastCheck(valence, i: i)
    }

    /// `scalar_inc_dec`: what a booster or dampener before a lexicon word adds to it.
    @inline(__always)
    private func scalarIncDec(_ word: WordFacts, valence: Double) -> Double {
        var scalar = 0.0
        if word.info.isBooster {
            scalar = word.info.booster
            if valence < 0 { scalar *= -1 }
            if word.isUpper && isCapDifferential {
                if valence > 0 { scalar += C.capsIncrement } else { scalar -= C.capsIncrement }
            }
        }
        return scalar
    }

    @inline(__always)
    private func word(_ index: Int) -> SpecialWord { words[index].special }

    /// `_negation_check`, with its precedence quirk at distance 3: `A and B or C` is
    /// `(A and B) or C`, so "so" or "this" just before the word boosts it by 1.25.
    private func negationCheck(_ valence: Double, startI: Int, i: Int) -> Double {
        switch startI {
        case 0:
            return words[i - 1].negates ? valence * C.negationScalar : valence
        case 1:
            if word(i - 2) == .never && (word(i - 1) == .so || word(i - 1) == .this) { return valence * 1.25 }
            if word(i - 2) == .without && word(i - 1) == .doubt { return valence }
            return words[i - 2].negates ? valence * C.negationScalar : valence
        default:
            if (word(i - 3) == .never && (word(i - 2) == .so || word(i - 2) == .this))
                || (word(i - 1) == .so || word(i - 1) == .this) {
                return valence * 1.25
            }
            if word(i - 3) == .without && (word(i - 2) == .doubt || word(i - 1) == .doubt) { return valence }
            return words[i - 3].negates ? valence * C.negationScalar : valence
        }
    }

    /// `_special_idioms_check` (reached only with three words before `i`).
    private func specialIdiomsCheck(_ valence: Double, i: Int) -> Double {
        var valence = valence
        let zero = word(i), one = word(i - 1), two = word(i - 2), three = word(i - 3)
        // onezero, twoonezero, twoone, threetwoone, threetwo: the first in SPECIAL_CASES wins.
        if let value = SpecialWord.specialCase(one, zero) ?? SpecialWord.specialCase(two, one, zero)
            ?? SpecialWord.specialCase(two, one) ?? SpecialWord.specialCase(three, two, one)
            ?? SpecialWord.specialCase(three, two) {
            valence = value
        }
        if words.count - 1 > i, let value = SpecialWord.specialCase(zero, word(i + 1)) { valence = value }
        if words.count - 1 > i + 1, let value = SpecialWord.specialCase(zero, word(i + 1), word(i + 2)) {
            valence = value
        }
        // Booster n-grams threetwoone (never a key: they have two words), threetwo, twoone.
        if let value = SpecialWord.boosterBigram(three, two) { valence = valence + value }
        if let value = SpecialWord.boosterBigram(two, one) { valence = valence + value }
        return valence
    }

    /// `_least_check`: "least" before a word negates it, unless it is "at least" or "very least".
    @inline(__always)
    private func leastCheck(_ valence: Double, i: Int) -> Double {
        if i > 1 && !words[i - 1].info.inLexicon && word(i - 1) == .least {
            if word(i - 2) != .at && word(i - 2) != .very { return valence * C.negationScalar }
        } else if i > 0 && !words[i - 1].info.inLexicon && word(i - 1) == .least {
            return valence * C.negationScalar
        }
        return valence
    }
}
