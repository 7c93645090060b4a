import NLPCore

/// Links a speaker span to an entity mention: a name inside the span, a pronoun to the nearest
/// fitting person or organisation before it, a description (`the Russian president`) to the person
/// the document introduced with that role (`Russian President Vladimir Putin`).
final class SpeakerLinker {
    let view: TextView
    /// "entity id|role" → index of the PERSON mention introduced with that role; built on first use.
    private lazy var rolePeople: [String: Int] = Self.rolePeople(in: view)

    /// Nouns for a state's bodies and officials: a phrase headed by one speaks for its country.
    static let stateBodies: Set<String> = Set("""
        government governments administration ministry ministries military army navy forces authorities authority
        official officials leadership leader leaders regime embassy delegation delegations parliament congress
        cabinet kremlin side sides president presidency premier diplomats diplomat envoy envoys spokesman
        spokeswoman spokesperson command commanders agency agencies council court courts police prosecutors
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))

    static let roleWords: Set<String> = Set("""
        president leader minister spokesman spokeswoman spokesperson secretary chancellor premier prime king queen
        governor ambassador envoy chief head general commander chairman chairwoman director official
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))

    // Entity labels in the order a speaker span links to them: PERSON, then ORG, then GPE, NORP, LOC, FAC.

    init(view: TextView) { self.view = view }

    private static func rolePeople(in view: TextView) -> [String: Int] {
        var rolePeople: [String: Int] = [:]
        for (index, mention) in view.mentions.enumerated() where mention.label == "PERSON" {
            // "Russian President Vladimir Putin", "North Korean leader Kim Jong Un", "Kremlin spokesman Dmitry Peskov".
            var token = view.firstToken(atOrAfter: mention.span.start) - 1
            var role: String?
            while token >= 0, token >= view.firstToken(atOrAfter: mention.span.start) - 3, view.tokens[token].kind == .word {
                let word = view.lower(token)
                if Self.roleWords.contains(word) { role = word; token -= 1; continue }
                break
            }
            guard let role, token >= 0,
                  let owner = view.mentions.lastIndex(where: { $0.span.end <= view.tokens[token].span.end && $0.span.end >= view.tokens[token].span.start }) else { continue }
            rolePeople["\(view.mentions[owner].id)|\(role)"] = index
        }
        return rolePeople
    }

    /// The index (in `view.mentions`) of the entity mention a speaker span names, and how sure the
    /// link is. Indices, not mentions: a mention copied is several strings retained and released.
    func link(_ range: Range<Int>, pronoun: Bool, previousSpeaker: Int?) -> (Int, Double)? {
        let span = Span(start: view.tokens[range.lowerBound].span.start, end: view.tokens[range.upperBound - 1].span.end)
        if pronoun {
            let sentence = view.sentenceIndex(ofToken: range.lowerBound)
            let wantsPerson = view.isAnyWord(range.lowerBound, ["he", "she"])
            if wantsPerson, let previous = previousSpeaker, view.labels[previous] == .person,
               view.sentence(containing: view.mentions[previous].span.start) >= sentence - 3 {
                return (previous, 0.8)
            }
            // "it", "they" and "we" may be an organisation or a country named earlier in the same
            // sentence; "I" and "you" are not resolved.
            guard wantsPerson || view.isAnyWord(range.lowerBound, ["it", "they", "we"]) else { return nil }
            let window = wantsPerson ? 5 : 0
            // The nearest fitting mention before the pronoun, walking back from a binary search.
            var index = view.firstMention(endingAfter: span.start) - 1
            // The first sentence the pronoun may reach back to, as a byte offset.
            let firstSentence = max(0, sentence - window)
            let floor = firstSentence < view.sentences.count ? view.sentences[firstSentence].start : 0
            while index >= 0 {
                if view.mentions[index].span.start < floor { return nil }
                let label = view.labels[index]
                if wantsPerson ? label == .person : label == .org || label == .gpe {
                    return (index, wantsPerson ? 0.7 : 0.5)
                }
                index -= 1
            }
            return nil
        }
        let inside = view.mentionIndices(overlapping: span)
        guard !inside.isEmpty else { return nil }
        // A place or people links only as the head of the phrase ("South Korea", "The British
        // government"), not inside it ("officials in Washington and Seoul").
        let headLimit = range.lowerBound + 2 < range.upperBound ? view.tokens[range.lowerBound + 2].span.start : span.end
        // ... and only when the phrase names the state itself ("Moscow", "The British government",
        // "North Korean state media", "Russian officials"), not its people or press ("the Russian press").
        let namesState: (Int) -> Bool = { mention in
            let mentionEnd = self.view.mentions[mention].span.end
            let last = range.upperBound - 1
            return self.view.tokens[last].span.end <= mentionEnd || self.view.isIn(last, .stateBody)
                || range.contains(where: { self.view.isWord($0, "state") })
        }
        for tier in 0..<3 {
            // The last fitting mention (label codes: no string is compared or copied).
            guard let chosen = inside.last(where: {
                switch view.labels[$0] {
                case .person: return tier == 0
                case .org: return tier == 1
                case .gpe, .norp, .loc, .fac:
                    // A phrase that ends with the name ("the former Soviet Union") is that place too.
                    return tier == 2 && (view.mentions[$0].span.end == span.end
                        || view.mentions[$0].span.start < headLimit && namesState($0))
                default: return false
                }
            }) else { continue }
            // A description with a role word and a country: the person introduced with that role.
            if tier > 0, let roleToken = range.first(where: { view.isIn($0, .role) }),
               let person = rolePeople["\(view.mentions[chosen].id)|\(view.lower(roleToken))"] {
                return (person, 0.75)
            }
            let covered = Double(view.mentions[chosen].span.length) / Double(max(1, span.length))
            return (chosen, covered > 0.5 ? 0.9 : 0.7)
        }
        return nil
    }
}
