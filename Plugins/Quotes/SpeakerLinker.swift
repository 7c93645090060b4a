import NLPCore

/// Links a speaker span to an entity mention: a name inside the span, a pronoun to the nearest
/// fitting person or organisation before it, a description (`the Russian president`) to the person
/// the document introduced with that role (`Russian President Vladimir Putin`).
final class SpeakerLinker {
    let view: TextView
    /// "entity id|role" → index of the PERSON mention introduced with that role; built on first use.
    private lazy var rolePeople: [String: Int] = Self.rolePeople(in: view)

    static let roleWords: Set<String> = Set("""
        president leader minister spokesman spokeswoman spokesperson secretary chancellor premier prime king queen
        governor ambassador envoy chief head general commander chairman chairwoman director official
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))

    /// Entity labels in the order a speaker span links to them.
    private static let labelTiers: [[String]] = [["PERSON"], ["ORG"], ["GPE", "NORP", "LOC", "FAC"]]

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

    /// The entity mention a speaker span names, and how sure the link is.
    func link(_ range: Range<Int>, pronoun: Bool, previousSpeaker: EntityMention?) -> (EntityMention, Double)? {
        let span = Span(start: view.tokens[range.lowerBound].span.start, end: view.tokens[range.upperBound - 1].span.end)
        let sentence = view.sentenceOf[range.lowerBound]
        if pronoun {
            let word = view.lower(range.lowerBound)
            let wantsPerson = word == "he" || word == "she"
            if wantsPerson, let previous = previousSpeaker, previous.label == "PERSON",
               view.sentence(containing: previous.span.start) >= sentence - 3 {
                return (previous, 0.8)
            }
            // "it", "they" and "we" may be an organisation or a country named earlier in the same
            // sentence; "I" and "you" are not resolved.
            guard wantsPerson || word == "it" || word == "they" || word == "we" else { return nil }
            let window = wantsPerson ? 5 : 0
            // The nearest fitting mention before the pronoun, walking back from a binary search.
            var low = 0, high = view.mentions.count
            while low < high {
                let middle = (low + high) / 2
                if view.mentions[middle].span.end <= span.start { low = middle + 1 } else { high = middle }
            }
            var index = low - 1
            while index >= 0 {
                let mention = view.mentions[index]
                if view.sentence(containing: mention.span.start) < sentence - window { return nil }
                if wantsPerson ? mention.label == "PERSON" : mention.label == "ORG" || mention.label == "GPE" {
                    return (mention, wantsPerson ? 0.7 : 0.5)
                }
                index -= 1
            }
            return nil
        }
        let inside = view.mentions(overlapping: span)
        // A place or people links only as the head of the phrase ("South Korea", "The British
        // government"), not inside it ("officials in Washington and Seoul").
        let headLimit = range.lowerBound + 2 < range.upperBound ? view.tokens[range.lowerBound + 2].span.start : span.end
        for labels in Self.labelTiers {
            let candidates = inside.filter { labels.contains($0.label) && (labels[0] != "GPE" || $0.span.start < headLimit) }
            guard let chosen = candidates.last else { continue }
            // A description with a role word and a country: the person introduced with that role.
            if labels[0] != "PERSON", let roleToken = range.first(where: { view.isIn($0, .role) }),
               let person = rolePeople["\(chosen.id)|\(view.lower(roleToken))"] {
                return (view.mentions[person], 0.75)
            }
            let covered = Double(chosen.span.length) / Double(max(1, span.length))
            return (chosen, covered > 0.5 ? 0.9 : 0.7)
        }
        return nil
    }
}
