import NLPCore

/// Finds the entity mentions of one document: leftmost-longest gazetteer matches on tokens within
/// sentences, then short forms of people named earlier in the document, then unambiguous surnames.
struct Matcher {
    let gazetteer: CompiledGazetteer
    let attributes: [String]
    let shortForms: Bool
    let surnames: Bool

    /// Titles that may stand before a bare surname without making it part of a longer name.
    private static let titles: Set<[UInt8]> = Set("""
        mr mrs ms miss dr prof president vice leader chairman chairwoman chair minister secretary general gen
        premier chancellor king queen prince princess emperor senator sen governor gov ambassador envoy comrade
        marshal commander lt col colonel captain capt adm admiral sgt sir lord lady rep representative
        spokesman spokeswoman spokesperson pope sheikh emir ayatollah judge justice mayor deputy director chief
        officer official lawmaker mp rev father brother sister coach manager
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { Array($0.utf8) })

    /// The mentions of `document`, whose `tokens` and `sentences` layers are set.
    func mentions(in document: Document, scratch: GazetteerScratch) -> [EntityMention] {
        guard let tokens = document[Tokens.self]?.tokens, !tokens.isEmpty else { return [] }
        let sentences = document[Sentences.self]?.spans ?? []
        return document.withUTF8 { text in
            prepare(tokens: tokens, sentences: sentences, text: text, scratch: scratch)
            return scan(tokens: tokens, text: text, document: document, scratch: scratch)
        }
    }

    /// Computes each token's vocabulary id, case shape, whether it is a joining hyphen, and the end of
    /// its sentence.
    private func prepare(tokens: [Token], sentences: [Span], text: UnsafeBufferPointer<UInt8>, scratch: GazetteerScratch) {
        scratch.tokenIDs.removeAll(keepingCapacity: true)
        scratch.shapes.removeAll(keepingCapacity: true)
        scratch.hyphens.removeAll(keepingCapacity: true)
        scratch.sentenceEnds.removeAll(keepingCapacity: true)
        var sentence = 0
        for (index, token) in tokens.enumerated() {
            while sentence < sentences.count && sentences[sentence].end <= token.span.start { sentence += 1 }
            scratch.sentenceEnds.append(sentence < sentences.count ? sentences[sentence].end : Int32.max)
            let bytes = UnsafeBufferPointer(rebasing: text[token.span.utf8Range])
            let isHyphen = token.kind == .punctuation && Self.isHyphen(bytes)
                && index > 0 && index + 1 < tokens.count
                && tokens[index - 1].span.end == token.span.start && tokens[index + 1].span.start == token.span.end
            scratch.hyphens.append(isHyphen)
            if isHyphen {
                scratch.tokenIDs.append(-1)
                scratch.shapes.append([])
                continue
            }
            let found = scratch.normalizer.key(bytes, fold: true) { key, shape in (gazetteer.vocabulary.find(key), shape) }
            scratch.tokenIDs.append(found?.0 ?? -1)
            scratch.shapes.append(found?.1 ?? [])
        }
    }

    private static func isHyphen(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        if bytes.count == 1 { return bytes[0] == UInt8(ascii: "-") }
        return bytes.count == 3 && bytes[0] == 0xE2 && bytes[1] == 0x80 && (bytes[2] == 0x90 || bytes[2] == 0x91)
    }

    private func scan(tokens: [Token], text: UnsafeBufferPointer<UInt8>, document: Document,
                      scratch: GazetteerScratch) -> [EntityMention] {
        var mentions: [EntityMention] = []
        var recentPeople: [Int32: Int32] = [:]   // short-form token id → person entity
        var mentionEnds: Set<Int> = []           // token indices that end a mention
        let count = tokens.count
        var index = 0
        while index < count {
            let id = scratch.tokenIDs[index]
            guard id >= 0 else { index += 1; continue }
            if let (end, candidate) = longestMatch(from: index, tokens: tokens, text: text, scratch: scratch) {
                let entity = gazetteer.entities[Int(candidate.entity)]
                let span = Span(start: tokens[index].span.start, end: tokens[end - 1].span.end)
                mentions.append(mention(span, entity: entity, link: candidate.link))
                if shortForms && entity.type == "PERSON" && candidate.link == .alias {
                    let words = (index..<end).filter { !scratch.hyphens[$0] }
                    if words.count >= 2 {
                        recentPeople[scratch.tokenIDs[words[0]]] = candidate.entity
                        recentPeople[scratch.tokenIDs[words[words.count - 1]]] = candidate.entity
                    }
                }
                mentionEnds.insert(end - 1)
                index = end
                continue
            }
            if (shortForms || surnames), tokens[index].kind == .word, isStandalone(index, tokens: tokens, text: text,
                                                                                  mentionEnds: mentionEnds, scratch: scratch) {
                if shortForms, let person = recentPeople[id] {
                    mentions.append(mention(tokens[index].span, entity: gazetteer.entities[Int(person)], link: .shortForm))
                    mentionEnds.insert(index)
                } else if surnames, let person = gazetteer.surnames[id] {
                    mentions.append(mention(tokens[index].span, entity: gazetteer.entities[Int(person)], link: .surname))
                    mentionEnds.insert(index)
                }
            }
            index += 1
        }
        return mentions
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
                              scratch: GazetteerScratch) -> (Int, Candidate)? {
        var node: Int32 = 0
        var position = start
        var best: (Int, Candidate)?
        let sentenceEnd = scratch.sentenceEnds[start]
        scratch.matched.removeAll(keepingCapacity: true)
        while position < tokens.count && tokens[position].span.start < sentenceEnd {
            if scratch.hyphens[position] {
                if position == start { break }
                position += 1
                continue
            }
            let id = scratch.tokenIDs[position]
            guard id >= 0 else { break }
            let next = gazetteer.child(node, id)
            guard next >= 0 else { break }
            node = next
            scratch.matched.append(position)
            position += 1
            var index = gazetteer.firstCandidate(at: node)
            while index >= 0 {
                let candidate = gazetteer.candidate(index)
                if accepts(candidate, tokens: tokens, text: text, scratch: scratch) {
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
                         scratch: GazetteerScratch) -> Bool {
        switch candidate.mode {
        case .any:
            return true
        case .smart:
            for (position, tokenIndex) in scratch.matched.enumerated() {
                let shape = scratch.shapes[tokenIndex]
                switch gazetteer.requirement(candidate, position) {
                case .any: continue
                case .capitalInitial:
                    // After a joining hyphen the case of a name part is free: "Kim Jong-un", "Moon Jae-in".
                    if !shape.isCapitalized && !(tokenIndex > 0 && scratch.hyphens[tokenIndex - 1]) { return false }
                case .capitals: if !(shape.isAcronym || (shape.isCapitalized && !shape.contains(.hasLower))) { return false }
                }
            }
            return true
        case .exact:
            for (position, tokenIndex) in scratch.matched.enumerated() {
                let bytes = UnsafeBufferPointer(rebasing: text[tokens[tokenIndex].span.utf8Range])
                let expected = gazetteer.exactKey(candidate, position)
                let same = scratch.normalizer.key(bytes, fold: false) { key, _ in key.elementsEqual(expected) } ?? false
                if !same { return false }
            }
            return true
        }
    }

    /// Whether a capitalised word stands alone as a name: not joined to a capitalised neighbour
    /// (other than a title, the first word of the sentence, or the end of another mention).
    private func isStandalone(_ index: Int, tokens: [Token], text: UnsafeBufferPointer<UInt8>,
                              mentionEnds: Set<Int>, scratch: GazetteerScratch) -> Bool {
        let shape = scratch.shapes[index]
        guard shape.isCapitalized, shape.contains(.hasLower) else { return false }
        let sentenceEnd = scratch.sentenceEnds[index]
        if index + 1 < tokens.count, tokens[index + 1].span.start < sentenceEnd, tokens[index + 1].kind == .word,
           isCapitalizedWord(index + 1, tokens: tokens, text: text, scratch: scratch) {
            return false
        }
        if index > 0, scratch.sentenceEnds[index - 1] == sentenceEnd, tokens[index - 1].kind == .word,
           isCapitalizedWord(index - 1, tokens: tokens, text: text, scratch: scratch), !mentionEnds.contains(index - 1) {
            let previousStartsSentence = index - 1 == 0 || scratch.sentenceEnds[index - 2] != sentenceEnd
            if !previousStartsSentence && !isTitle(index - 1, tokens: tokens, text: text, scratch: scratch) { return false }
        }
        return true
    }

    private func isCapitalizedWord(_ index: Int, tokens: [Token], text: UnsafeBufferPointer<UInt8>,
                                   scratch: GazetteerScratch) -> Bool {
        if scratch.tokenIDs[index] >= 0 || scratch.shapes[index].rawValue != 0 { return scratch.shapes[index].isCapitalized }
        let bytes = UnsafeBufferPointer(rebasing: text[tokens[index].span.utf8Range])
        return scratch.normalizer.key(bytes, fold: true) { _, shape in shape.isCapitalized } ?? false
    }

    private func isTitle(_ index: Int, tokens: [Token], text: UnsafeBufferPointer<UInt8>, scratch: GazetteerScratch) -> Bool {
        let bytes = UnsafeBufferPointer(rebasing: text[tokens[index].span.utf8Range])
        return scratch.normalizer.key(bytes, fold: true) { key, _ in Self.titles.contains(Array(key)) } ?? false
    }
}
