import NLPCore

/// Finds the entity mentions of one document: leftmost-longest gazetteer matches on tokens within
/// sentences, then short forms of people named earlier in the document, then unambiguous surnames.
struct Matcher {
    let gazetteer: CompiledGazetteer
    let attributes: [String]
    let shortForms: Bool
    let surnames: Bool
    let skipInsideNames: Bool

    /// Titles that may stand before a bare surname without making it part of a longer name.
    private static let titles: Set<[UInt8]> = Set("""
        mr mrs ms miss dr prof president leader chairman chairwoman chair minister secretary general gen
        premier chancellor king queen prince princess emperor senator sen governor gov ambassador envoy comrade
        marshal commander lt col colonel captain capt adm admiral sgt sir lord lady rep representative
        spokesman spokeswoman spokesperson pope sheikh emir ayatollah judge justice mayor deputy director chief
        officer official officials lawmaker mp rev father brother sister coach manager prime head foreign defense
        defence interior finance trade economy state home cabinet national security affairs resources navy army
        military forces troops government authorities police ministry department embassy delegation
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { Array($0.utf8) })

    /// The mentions of `document`, whose `tokens` and `sentences` layers are set.
    func mentions(in document: Document, scratch: GazetteerScratch) -> [EntityMention] {
        guard let tokens = document[Tokens.self]?.tokens, !tokens.isEmpty else { return [] }
        let sentences = document[Sentences.self]?.spans ?? []
        // Work on local copies (moved out of the scratch, then back) so the hot loops touch no class state.
        var work = Work(facts: scratch.tokens, normalizer: scratch.normalizer)
        scratch.tokens = TokenFacts()
        defer {
            scratch.tokens = work.facts
            scratch.normalizer = work.normalizer
        }
        return document.withUTF8 { text in
            prepare(tokens: tokens, sentences: sentences, text: text, work: &work)
            return scan(tokens: tokens, text: text, work: &work)
        }
    }

    /// The per-document state of one call.
    struct Work {
        var facts: TokenFacts
        var normalizer: KeyNormalizer
    }

    /// Computes each token's vocabulary id, case shape, whether it is a joining hyphen, and the end of
    /// its sentence.
    private func prepare(tokens: [Token], sentences: [Span], text: UnsafeBufferPointer<UInt8>, work: inout Work) {
        work.facts.removeAll()
        let vocabulary = gazetteer.vocabulary
        var sentence = 0
        for (index, token) in tokens.enumerated() {
            while sentence < sentences.count && sentences[sentence].end <= token.span.start { sentence += 1 }
            work.facts.sentenceEnds.append(sentence < sentences.count ? sentences[sentence].end : Int32.max)
            work.facts.sentenceNumbers.append(Int32(sentence))
            let bytes = UnsafeBufferPointer(rebasing: text[token.span.utf8Range])
            let isHyphen = token.kind == .punctuation && Self.isHyphen(bytes)
                && index > 0 && index + 1 < tokens.count
                && tokens[index - 1].span.end == token.span.start && tokens[index + 1].span.start == token.span.end
            work.facts.hyphens.append(isHyphen)
            if isHyphen {
                work.facts.ids.append(-1)
                work.facts.shapes.append([])
                continue
            }
            let found = work.normalizer.lookup(bytes, in: vocabulary)
            work.facts.ids.append(found?.0 ?? -1)
            work.facts.shapes.append(found?.1 ?? [])
        }
    }

    private static func isHyphen(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        if bytes.count == 1 { return bytes[0] == UInt8(ascii: "-") }
        return bytes.count == 3 && bytes[0] == 0xE2 && bytes[1] == 0x80 && (bytes[2] == 0x90 || bytes[2] == 0x91)
    }

    private func scan(tokens: [Token], text: UnsafeBufferPointer<UInt8>, work: inout Work) -> [EntityMention] {
        var mentions: [EntityMention] = []
        var people = DocumentPeople()
        var mentionEnds: Set<Int> = []           // token indices that end a mention
        let count = tokens.count
        var index = 0
        while index < count {
            let id = work.facts.ids[index]
            guard id >= 0 else { index += 1; continue }
            if let (end, candidate) = longestMatch(from: index, tokens: tokens, text: text, work: &work) {
                let entity = gazetteer.entities[Int(candidate.entity)]
                let isPlaceOrPeople = candidate.link == .demonym || Self.placeTypes.contains(entity.type)
                if skipInsideNames && isPlaceOrPeople
                    && isInsideLongerName(index, end, tokens: tokens, text: text, mentionEnds: mentionEnds, work: &work) {
                    index = end
                    continue
                }
                let span = Span(start: tokens[index].span.start, end: tokens[end - 1].span.end)
                mentions.append(mention(span, entity: entity, link: candidate.link))
                if shortForms && entity.type == "PERSON" && candidate.link == .alias {
                    registerShortForms(index..<end, tokens: tokens, text: text, person: candidate.entity,
                                       into: &people, work: &work)
                }
                if entity.type == "PERSON" { people.mentioned(candidate.entity, inSentence: Int(work.facts.sentenceNumbers[index])) }
                mentionEnds.insert(end - 1)
                index = end
                continue
            }
            if (shortForms || surnames), tokens[index].kind == .word, isStandalone(index, tokens: tokens, text: text,
                                                                                  mentionEnds: mentionEnds, work: &work) {
                let sentence = Int(work.facts.sentenceNumbers[index])
                if shortForms, let person = people.resolve(id, inSentence: sentence) {
                    mentions.append(mention(tokens[index].span, entity: gazetteer.entities[Int(person)], link: .shortForm))
                    people.mentioned(person, inSentence: sentence)
                    mentionEnds.insert(index)
                } else if surnames, let person = gazetteer.surnames[id] {
                    mentions.append(mention(tokens[index].span, entity: gazetteer.entities[Int(person)], link: .surname))
                    people.mentioned(person, inSentence: sentence)
                    mentionEnds.insert(index)
                }
            }
            index += 1
        }
        return mentions
    }

    /// Makes the first word and the last word of a person's name short forms of that person: not a
    /// part after a hyphen (the "in" of "Moon Jae-in"), not a month or weekday name ("May").
    private func registerShortForms(_ range: Range<Int>, tokens: [Token], text: UnsafeBufferPointer<UInt8>,
                                    person: Int32, into people: inout DocumentPeople, work: inout Work) {
        let words = range.filter { !work.facts.hyphens[$0] }
        guard words.count >= 2 else { return }
        var candidates = [words[0]]
        if let last = words.last, !work.facts.hyphens[last - 1] { candidates.append(last) }
        for index in candidates {
            let bytes = UnsafeBufferPointer(rebasing: text[tokens[index].span.utf8Range])
            let calendar = work.normalizer.key(bytes, fold: true) { key, _ in CommonWords.isCalendarWord(Array(key)) } ?? true
            if !calendar { people.register(shortForm: work.facts.ids[index], person: person) }
        }
    }

    private func mention(_ span: Span, entity: EntityInfo, link: EntityLink) -> EntityMention {
        var copied: [(String, String)] = []
        if !attributes.isEmpty {
            for name in attributes {
                if let value = entity.attributes.first(where: { $0.0 == name })?.1 { copied.append((name, value)) }
            }
        }
        return EntityMention(span: span, label: link == .demonym ? "NORP" : entity.type, id: entity.id,
                             canonical: entity.canonical, link: link, attributes: copied)
    }

    /// The longest gazetteer match starting at token `start` whose case demands the text meets:
    /// (end token index, candidate).
    private func longestMatch(from start: Int, tokens: [Token], text: UnsafeBufferPointer<UInt8>,
                              work: inout Work) -> (Int, Candidate)? {
        var node: Int32 = 0
        var position = start
        var best: (Int, Candidate)?
        let sentenceEnd = work.facts.sentenceEnds[start]
        work.facts.matched.removeAll(keepingCapacity: true)
        while position < tokens.count && tokens[position].span.start < sentenceEnd {
            if work.facts.hyphens[position] {
                if position == start { break }
                position += 1
                continue
            }
            let id = work.facts.ids[position]
            guard id >= 0 else { break }
            let next = gazetteer.child(node, id)
            guard next >= 0 else { break }
            node = next
            work.facts.matched.append(position)
            position += 1
            var index = gazetteer.firstCandidate(at: node)
            while index >= 0 {
                let candidate = gazetteer.candidate(index)
                if accepts(candidate, tokens: tokens, text: text, work: &work) {
                    best = (position, candidate)
                    break
                }
                index = candidate.next
            }
        }
        return best
    }

    /// Whether the matched tokens meet the candidate's case demands.
    private func accepts(_ candidate: Candidate, tokens: [Token], text: UnsafeBufferPointer<UInt8>,
                         work: inout Work) -> Bool {
        switch candidate.mode {
        case .any:
            return true
        case .smart:
            for (position, tokenIndex) in work.facts.matched.enumerated() {
                let shape = work.facts.shapes[tokenIndex]
                switch gazetteer.requirement(candidate, position) {
                case .any: continue
                case .capitalInitial:
                    // After a joining hyphen the case of a name part is free: "Kim Jong-un", "Moon Jae-in".
                    if !shape.isCapitalized && !(tokenIndex > 0 && work.facts.hyphens[tokenIndex - 1]) { return false }
                case .capitals: if !(shape.isAcronym || (shape.isCapitalized && !shape.contains(.hasLower))) { return false }
                }
            }
            return true
        case .exact:
            for (position, tokenIndex) in work.facts.matched.enumerated() {
                let bytes = UnsafeBufferPointer(rebasing: text[tokens[tokenIndex].span.utf8Range])
                let expected = gazetteer.exactKey(candidate, position)
                let same = work.normalizer.key(bytes, fold: false) { key, _ in key.elementsEqual(expected) } ?? false
                if !same { return false }
            }
            return true
        }
    }

    /// Whether a capitalised word stands alone as a name: not joined to a capitalised neighbour
    /// (other than a title, the first word of the sentence, or the end of another mention).
    private func isStandalone(_ index: Int, tokens: [Token], text: UnsafeBufferPointer<UInt8>,
                              mentionEnds: Set<Int>, work: inout Work) -> Bool {
        let shape = work.facts.shapes[index]
        guard shape.isCapitalized, shape.contains(.hasLower) else { return false }
        let sentenceEnd = work.facts.sentenceEnds[index]
        if index + 1 < tokens.count, tokens[index + 1].span.start < sentenceEnd, tokens[index + 1].kind == .word,
           isCapitalizedWord(index + 1, tokens: tokens, text: text, work: &work) {
            return false
        }
        if index > 0, work.facts.sentenceEnds[index - 1] == sentenceEnd, tokens[index - 1].kind == .word,
           isCapitalizedWord(index - 1, tokens: tokens, text: text, work: &work), !mentionEnds.contains(index - 1) {
            let previousStartsSentence = index - 1 == 0 || work.facts.sentenceEnds[index - 2] != sentenceEnd
            if !previousStartsSentence && !isTitle(index - 1, tokens: tokens, text: text, work: &work)
                && !isOrdinaryWord(index - 1, tokens: tokens, text: text, work: &work) { return false }
        }
        return true
    }

    /// Types whose names are often part of a longer name that the gazetteer does not know
    /// (`Edinburgh University`, `China Construction Bank`, `the French Open`, `BBC Radio Scotland`).
    static let placeTypes: Set<String> = ["GPE", "LOC"]

    /// Whether the match `[start, end)` is part of a longer capitalised name: followed by title-case
    /// words none of which is a title (`Russia Today`, but not `Russian Defense Minister`), preceded by
    /// a title-case word that is not a title, a calendar word, the start of the sentence or the end of
    /// another mention (`Michael London`), or preceded by `of` after such a word (`University of
    /// Copenhagen`). Words in capitals (headlines) do not count.
    private func isInsideLongerName(_ start: Int, _ end: Int, tokens: [Token], text: UnsafeBufferPointer<UInt8>,
                                    mentionEnds: Set<Int>, work: inout Work) -> Bool {
        let sentenceEnd = work.facts.sentenceEnds[start]
        func titleCase(_ index: Int) -> Bool {
            tokens[index].kind == .word && work.facts.shapes[index].isCapitalized && work.facts.shapes[index].contains(.hasLower)
        }
        func startsSentence(_ index: Int) -> Bool { index == 0 || work.facts.sentenceEnds[index - 1] != sentenceEnd }
        var next = end
        var followed = false
        while next < tokens.count, tokens[next].span.start < sentenceEnd, titleCase(next) {
            if isTitle(next, tokens: tokens, text: text, work: &work) { followed = false; break }
            followed = true
            next += 1
        }
        if followed { return true }
        guard start > 0, !startsSentence(start) else { return false }
        var before = start - 1
        if !titleCase(before) {
            let isOf = work.normalizer.key(UnsafeBufferPointer(rebasing: text[tokens[before].span.utf8Range]), fold: true) {
                key, _ in key.count == 2 && key[0] == UInt8(ascii: "o") && key[1] == UInt8(ascii: "f")
            } ?? false
            guard isOf, before > 0, !startsSentence(before) else { return false }
            before -= 1
            guard titleCase(before) else { return false }
        }
        if mentionEnds.contains(before) || startsSentence(before) || isTitle(before, tokens: tokens, text: text, work: &work) {
            return false
        }
        let ordinary = work.normalizer.key(UnsafeBufferPointer(rebasing: text[tokens[before].span.utf8Range]), fold: true) {
            key, _ in CommonWords.isCalendarWord(Array(key)) || Self.functionWords.contains(Array(key))
        } ?? false
        return !ordinary
    }

    /// Whether a capitalised token is a calendar or function word ("This Wednesday Kim noted").
    private func isOrdinaryWord(_ index: Int, tokens: [Token], text: UnsafeBufferPointer<UInt8>, work: inout Work) -> Bool {
        work.normalizer.key(UnsafeBufferPointer(rebasing: text[tokens[index].span.utf8Range]), fold: true) {
            key, _ in CommonWords.isCalendarWord(Array(key)) || Self.functionWords.contains(Array(key))
        } ?? false
    }

    /// Closed-class words that a stray capital does not make part of a name ("The British government").
    private static let functionWords: Set<[UInt8]> = Set("""
        the a an this that these those his her its their our my your in on at of for from to with by as and or
        but nor if when while after before since during under over into about against between through amid
        across despite without within says said
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { Array($0.utf8) })

    private func isCapitalizedWord(_ index: Int, tokens: [Token], text: UnsafeBufferPointer<UInt8>,
                                   work: inout Work) -> Bool {
        if work.facts.ids[index] >= 0 || work.facts.shapes[index].rawValue != 0 { return work.facts.shapes[index].isCapitalized }
        let bytes = UnsafeBufferPointer(rebasing: text[tokens[index].span.utf8Range])
        return work.normalizer.key(bytes, fold: true) { _, shape in shape.isCapitalized } ?? false
    }

    private func isTitle(_ index: Int, tokens: [Token], text: UnsafeBufferPointer<UInt8>, work: inout Work) -> Bool {
        let bytes = UnsafeBufferPointer(rebasing: text[tokens[index].span.utf8Range])
        return work.normalizer.key(bytes, fold: true) { key, _ in Self.titles.contains(Array(key)) } ?? false
    }
}
