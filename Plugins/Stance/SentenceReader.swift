import NLPCore

/// Applies the stance rules of ``StanceFinder`` to one sentence.
struct SentenceReader {
    typealias Finder = StanceFinder

    let finder: StanceFinder
    let words: SentenceWords
    let regions: [StanceFinder.QuoteRegion]
    let sentence: Span
    let recentPerson: EntityMention?
    /// Mentions already taken as a target (not a holder for a later cue).
    private var targeted: Set<Int> = []
    /// Cues already read as part of another (composition).
    private var consumed: Set<Int> = []
    private var results: [StanceRelation] = []

    init(finder: StanceFinder, words: SentenceWords, regions: [StanceFinder.QuoteRegion], sentence: Span,
         recentPerson: EntityMention?) {
        self.finder = finder
        self.words = words
        self.regions = regions
        self.sentence = sentence
        self.recentPerson = recentPerson
        self.usable = Self.usableMentions(words)
    }

    /// Mentions that can hold or receive a stance: not a dateline (`WASHINGTON, March 19 -`) and not
    /// the first part of a hyphenated modifier (`London-based`).
    private let usable: [Bool]

    private static func usableMentions(_ words: SentenceWords) -> [Bool] {
        var usable = [Bool](repeating: true, count: words.mentions.count)
        for (index, tokens) in words.mentionTokens.enumerated() {
            let next = tokens.last + 1
            if next + 1 < words.count, words.words[next] == "-", words.spans[next].start == words.spans[tokens.last].end,
               words.mentionAt[next + 1] < 0, words.original[next + 1].first?.isLowercase == true {
                usable[index] = false
            }
        }
        // A dateline: capitalised words, numbers and commas up to a dash in the first dozen tokens.
        if let dash = words.words.prefix(12).firstIndex(where: { ["-", "\u{2014}", "\u{2013}", "--"].contains($0) }), dash > 0 {
            let prefix = 0..<dash
            let isDateline = prefix.allSatisfy { position in
                words.isPunctuation[position] || words.original[position].first.map { $0.isUppercase || $0.isNumber } == true
            }
            if isDateline {
                for (index, tokens) in words.mentionTokens.enumerated() where tokens.last < dash { usable[index] = false }
            }
        }
        return usable
    }

    /// A holder or target found by a rule, with how much the finding weakens the score.
    private struct Found {
        var party: StanceParty
        var factor: Double
        var fromQuote = false
        /// Holders joined to this one by `and` (`X and Y condemned Z`).
        var coordinated: [StanceParty] = []
    }

    /// Every relation of the sentence.
    mutating func read() -> [StanceRelation] {
        var index = 0
        var cues: [StanceFinder.CueMatch] = []
        while index < words.count {
            if let match = match(at: index) {
                cues.append(match)
                index = match.tokens.upperBound + 1
            } else {
                index += 1
            }
        }
        for (number, cue) in cues.enumerated() where !consumed.contains(cue.tokens.lowerBound) {
            read(cue, following: cues[(number + 1)...])
        }
        readJoinedPairs()
        return deduplicated(results)
    }

    // MARK: - Cues

    /// The longest cue starting at `index`, outside entity names.
    private func match(at index: Int) -> StanceFinder.CueMatch? {
        guard words.mentionAt[index] < 0, let candidates = finder.lexicon.byFirstWord[words.words[index]] else { return nil }
        for cue in candidates where index + cue.words.count <= words.count {
            var matches = true
            for offset in 1..<max(1, cue.words.count) where words.words[index + offset] != cue.words[offset]
                || words.mentionAt[index + offset] >= 0 {
                matches = false
                break
            }
            guard matches else { continue }
            let end = index + cue.words.count - 1
            if cue.kind == .verb || cue.kind == .urge {
                // Noun uses of verb forms: "the support of", "a welcome to", "thanks to".
                if index > 0, Finder.determiners.contains(words.words[index - 1]), words.words[index - 1] != "of" { continue }
                if end + 1 < words.count, ["of", "from"].contains(words.words[end + 1]) { continue }
                if cue.words.count == 1, !cue.isPastForm, end + 1 < words.count, words.words[end + 1] == "to" { continue }
                // A base or -s form is a verb only after a subject, modal or adverb ("will back",
                // "Russia backs"), not as a noun ("economic aid", "wartime support").
                if !cue.isPastForm {
                    guard index > 0 else { continue }
                    let previous = words.words[index - 1]
                    let isGerund = words.words[index].hasSuffix("ing")
                    // -ing forms also follow be-forms, prepositions and commas ("is backing", "by
                    // condemning", "Kim, praising ..."), never a determiner or adjective ("the
                    // perfect attacking platform").
                    guard Finder.verbContext.contains(previous) || words.mentionAt[index - 1] >= 0
                        || (previous.hasSuffix("ly") && previous.count > 3)
                        || (isGerund && (Finder.beForms.contains(previous) || Finder.prepositions.contains(previous)
                                         || previous == "," || previous == "of")) else { continue }
                }
            }
            if cue.kind == .evaluative && region(of: index) == nil { continue }
            return StanceFinder.CueMatch(cue: cue, tokens: index...end)
        }
        return nil
    }

    /// The quotation containing token `index`, if any.
    private func region(of index: Int) -> StanceFinder.QuoteRegion? {
        regions.first { $0.tokens.contains(index) }
    }

    /// The tokens a cue's holder and target are looked for in: its quotation's (between quotation
    /// marks), or the sentence (reported speech is a clause of its sentence).
    private func bounds(of index: Int) -> Range<Int> {
        guard let region = region(of: index), !region.isReported else { return 0..<words.count }
        return region.tokens
    }

    private mutating func read(_ match: StanceFinder.CueMatch, following: ArraySlice<StanceFinder.CueMatch>) {
        let cue = match.cue
        let bounds = bounds(of: match.tokens.lowerBound)
        switch cue.kind {
        case .evaluative:
            readEvaluative(match, bounds: bounds)
        case .mutual:
            readMutual(match, bounds: bounds)
        case .urge:
            guard let holder = findHolder(before: match.tokens.lowerBound, bounds: bounds),
                  let (target, next) = firstTarget(after: match.tokens.upperBound, bounds: bounds, maxGap: 3),
                  urgesToStop(at: next, bounds: bounds) else { return }
            add(holder: holder, targets: [target], cue: match, polarity: .oppose, weight: cue.weight, negated: false)
        case .verb, .noun:
            let negated = isNegated(before: match.tokens.lowerBound, bounds: 0..<words.count)
            if cue.kind == .verb, cue.isPastForm, let be = passiveAuxiliary(before: match.tokens.lowerBound, bounds: bounds) {
                // TARGET was condemned by HOLDER.
                guard let holder = agent(after: match.tokens.upperBound, bounds: bounds),
                      let target = findHolder(before: be, bounds: bounds) else { return }
                add(holder: holder, targets: [target], cue: match, polarity: cue.polarity, weight: cue.weight, negated: negated)
                return
            }
            if cue.kind == .verb, cue.isPastForm, match.tokens.upperBound + 1 < bounds.upperBound,
               words.words[match.tokens.upperBound + 1] == "by" {
                // Reduced passive: "North Korea, backed by China, ...".
                if let holder = agent(after: match.tokens.upperBound, bounds: bounds),
                   let target = adjacentMention(before: match.tokens.lowerBound, bounds: bounds) {
                    add(holder: holder, targets: [target], cue: match, polarity: cue.polarity, weight: cue.weight * 0.8,
                        negated: negated)
                }
                return
            }
            let holder = cue.kind == .noun
                ? possessor(before: match.tokens.lowerBound, bounds: bounds)
                    ?? (hasLightVerb(before: match.tokens.lowerBound, bounds: bounds)
                        ? findHolder(before: match.tokens.lowerBound, bounds: bounds).map {
                            Found(party: $0.party, factor: $0.factor * 0.8, fromQuote: $0.fromQuote) } : nil)
                : findHolder(before: match.tokens.lowerBound, bounds: bounds)
            guard let holder else { return }
            let (targets, inner) = findTargets(after: match.tokens.upperBound, bounds: bounds, following: following)
            if let inner {
                // "backed sanctions against X": the inner cue's target, polarities multiplied.
                consumed.insert(inner.tokens.lowerBound)
                let (innerTargets, _) = findTargets(after: inner.tokens.upperBound, bounds: bounds, following: [])
                let polarity: StancePolarity = (cue.polarity == inner.cue.polarity) ? .support : .oppose
                add(holder: holder, targets: innerTargets, cue: StanceFinder.CueMatch(cue: cue, tokens: match.tokens.lowerBound...inner.tokens.upperBound),
                    polarity: polarity, weight: min(cue.weight, inner.cue.weight), negated: negated)
            } else {
                add(holder: holder, targets: targets, cue: match, polarity: cue.polarity, weight: cue.weight, negated: negated)
            }
        }
    }

    // MARK: - Holders

    /// The nearest holder before `index` in its clause: a mention that is not a prepositional or
    /// earlier cue's object; `he`/`she` resolve to the recent person; in a quotation, a first-person
    /// pronoun is the speaker.
    private func findHolder(before index: Int, bounds: Range<Int>) -> Found? {
        var position = index - 1
        while position >= bounds.lowerBound {
            let word = words.words[position]
            if word == ";" || word == ":" || Finder.quoteMarks.contains(word) || Finder.leftClauseBreakers.contains(word) { break }
            let mention = words.mentionAt[position]
            if mention >= 0 {
                let first = words.mentionTokens[mention].first
                let previous = first > bounds.lowerBound ? words.words[first - 1] : ""
                if usable[mention] && !targeted.contains(mention) && !Finder.prepositions.contains(previous) {
                    return Found(party: party(mention), factor: 1, coordinated: coordinated(before: first, bounds: bounds))
                }
                position = first - 1
                continue
            }
            if let region = region(of: index), Finder.firstPerson.contains(word)
                || (region.isReported && (Finder.personPronouns.contains(word) || word == "they")) {
                return Found(party: region.speaker, factor: region.confidence, fromQuote: true)
            }
            if Finder.possessivePronouns.contains(word), region(of: index) == nil || region(of: index)?.isReported == true,
               let speaker = speechSubject(before: position, bounds: bounds) {
                // "Iraq said its warplanes had attacked ...".
                return speaker
            }
            if Finder.subjectPronouns.contains(word), region(of: index) == nil || region(of: index)?.isReported == true {
                // "The United States said last week it would support ...": the pronoun is the
                // reporting clause's subject.
                if let speaker = speechSubject(before: position, bounds: bounds) { return speaker }
                guard Finder.personPronouns.contains(word), let person = recentPerson else { return nil }
                return Found(party: StanceParty(span: words.spans[position], entityID: person.id, canonical: person.canonical),
                             factor: 0.8)
            }
            position -= 1
        }
        // Reported speech whose content starts at the cue ("X refused to back Y", "X said it would
        // back Y"): its speaker is the subject.
        if let region = region(of: index), region.isReported,
           (region.tokens.lowerBound..<index).allSatisfy({ Finder.auxiliaries.contains(words.words[$0]) }),
           !isDatelineEntity(region.speaker.entityID) {
            return Found(party: region.speaker, factor: region.confidence, fromQuote: false)
        }
        return nil
    }

    /// The subject of a reporting verb just before a pronoun (`X said [last week] it`, `X told
    /// reporters he`), if the subject is a mention.
    private func speechSubject(before pronoun: Int, bounds: Range<Int>) -> Found? {
        var position = pronoun - 1
        var skipped = 0
        if position >= bounds.lowerBound, words.words[position] == "that" { position -= 1 }
        while position >= bounds.lowerBound && skipped <= 3 {
            let word = words.words[position]
            if Finder.reportingVerbs.contains(word) {
                var subject = position - 1
                var adverbs = 0
                while subject >= bounds.lowerBound, words.mentionAt[subject] < 0, adverbs < 2,
                      ["also", "has", "have", "had", "officially", "publicly"].contains(words.words[subject]) {
                    adverbs += 1
                    subject -= 1
                }
                guard subject >= bounds.lowerBound, words.mentionAt[subject] >= 0, usable[words.mentionAt[subject]] else { return nil }
                return Found(party: party(words.mentionAt[subject]), factor: 0.9)
            }
            if words.isPunctuation[position] || words.mentionAt[position] >= 0 { return nil }
            skipped += 1
            position -= 1
        }
        return nil
    }

    /// Whether the entity is named in this sentence only in its dateline (a speaker linked to it is
    /// a misreading: a dateline does not speak).
    private func isDatelineEntity(_ id: String) -> Bool {
        var named = false
        for (index, mention) in words.mentions.enumerated() where mention.id == id {
            if usable[index] { return false }
            named = true
        }
        return named
    }

    /// The mention just before `index`, across at most a comma and one adverb (`North Korea,
    /// backed by`, `Kiev, strongly supported by`).
    private func adjacentMention(before index: Int, bounds: Range<Int>) -> Found? {
        var position = index - 1
        var skipped = 0
        while position >= bounds.lowerBound && skipped <= 2 {
            let mention = words.mentionAt[position]
            if mention >= 0 { return usable[mention] ? Found(party: party(mention), factor: 1) : nil }
            let word = words.words[position]
            guard word == "," || (word.hasSuffix("ly") && word.count > 3) else { return nil }
            skipped += 1
            position -= 1
        }
        return nil
    }

    /// The mentions joined by `and` or commas before the mention starting at `first` (`X, Y and Z`),
    /// each with at most four capitalised words (titles) between the joint and the next name.
    private func coordinated(before first: Int, bounds: Range<Int>) -> [StanceParty] {
        var parties: [StanceParty] = []
        var position = first - 1
        // Titles before the name: "Natural Resources Minister Alexander Kozlov".
        var titles = 0
        while position >= bounds.lowerBound, titles < 4, words.mentionAt[position] < 0, !words.isPunctuation[position],
              isCapitalized(position) {
            titles += 1
            position -= 1
        }
        // The joint nearest the holder must be "and" ("X, Y and Z"); "After talks with X, Y" is no list.
        guard position > bounds.lowerBound, words.words[position] == "and" else { return [] }
        while position > bounds.lowerBound, words.words[position] == "and" || words.words[position] == "," {
            var candidate = position - 1
            if words.words[position] == "and", candidate >= bounds.lowerBound, words.words[candidate] == "," { candidate -= 1 }
            guard candidate >= bounds.lowerBound, words.mentionAt[candidate] >= 0 else { break }
            let mention = words.mentionAt[candidate]
            let before = words.mentionTokens[mention].first - 1
            if before >= bounds.lowerBound, Finder.prepositions.contains(words.words[before]) { break }
            parties.append(party(mention))
            position = words.mentionTokens[mention].first - 1
            titles = 0
            while position >= bounds.lowerBound, titles < 4, words.mentionAt[position] < 0, !words.isPunctuation[position],
                  isCapitalized(position) {
                titles += 1
                position -= 1
            }
        }
        return parties
    }

    /// `HOLDER's (adjectives) cue` or `HOLDER cue` (`Russian support for`), for noun cues.
    private func possessor(before index: Int, bounds: Range<Int>) -> Found? {
        var position = index - 1
        var skipped = 0
        while position >= bounds.lowerBound && skipped <= 3 {
            let mention = words.mentionAt[position]
            if mention >= 0 { return usable[mention] ? Found(party: party(mention), factor: 1) : nil }
            let word = words.words[position]
            if word == "'s" || word == "'" {
                let owner = position - 1
                if owner >= bounds.lowerBound, words.mentionAt[owner] >= 0 { return Found(party: party(words.mentionAt[owner]), factor: 1) }
                return nil
            }
            if words.isPunctuation[position] || Finder.determiners.contains(word) { return nil }
            skipped += 1
            position -= 1
        }
        return nil
    }

    /// Whether a verb that makes a noun cue its subject's own (`expressed his support for`, `waged
    /// war on`) comes within six words before the cue.
    private func hasLightVerb(before index: Int, bounds: Range<Int>) -> Bool {
        var position = index - 1
        while position >= bounds.lowerBound && position >= index - 6 {
            if words.mentionAt[position] >= 0 || (words.isPunctuation[position] && words.words[position] != "'") { return false }
            if Finder.lightVerbs.contains(words.words[position]) { return true }
            position -= 1
        }
        return false
    }

    /// `by HOLDER` within three words after a passive cue.
    private func agent(after index: Int, bounds: Range<Int>) -> Found? {
        var position = index + 1
        while position < bounds.upperBound && position <= index + 3 {
            if words.words[position] == "by" {
                var next = position + 1
                if next < bounds.upperBound, words.words[next] == "the" { next += 1 }
                if next < bounds.upperBound, words.mentionAt[next] >= 0, usable[words.mentionAt[next]] {
                    return Found(party: party(words.mentionAt[next]), factor: 1)
                }
                return nil
            }
            if words.isPunctuation[position] { return nil }
            position += 1
        }
        return nil
    }

    /// The be-form before a past form (`was condemned`, `has been strongly condemned`), if any.
    private func passiveAuxiliary(before index: Int, bounds: Range<Int>) -> Int? {
        var position = index - 1
        var skipped = 0
        while position >= bounds.lowerBound && skipped <= 2 {
            let word = words.words[position]
            if Finder.beForms.contains(word) { return word == "'s" && position > 0 && words.mentionAt[position - 1] >= 0 ? nil : position }
            if words.isPunctuation[position] || words.mentionAt[position] >= 0 { return nil }
            skipped += 1
            position -= 1
        }
        return nil
    }

    // MARK: - Targets

    /// The first mention after `index` in its clause and the mentions coordinated with it, or the
    /// first cue met before any mention.
    private mutating func findTargets(after index: Int, bounds: Range<Int>, following: ArraySlice<StanceFinder.CueMatch>)
        -> ([Found], StanceFinder.CueMatch?) {
        var position = index + 1
        var gap = 0
        while position < bounds.upperBound {
            let word = words.words[position]
            if word == "," || Finder.clauseBreakers.contains(word) || Finder.quoteMarks.contains(word) { break }
            // "opposed to the plan and West Germany ...": a conjunction after the object ends it.
            if gap > 0, word == "and" || word == "or", startsClause(after: position, bounds: bounds) { break }
            // "oppose the scheme at a meeting of EC ministers": a place or time adjunct ends it, and
            // so do an infinitive or a dash after the object ("the plan to tax ... - tabled by X").
            if gap > 0, Finder.adjunctPrepositions.contains(word) || Finder.dashes.contains(word)
                || (word == "to" && !isNameAhead(position + 1, bounds: bounds)) { break }
            var mention = words.mentionAt[position]
            if mention >= 0, !usable[mention] {
                // A modifier (`London-based`) or a dateline: the words go on.
                position = words.mentionTokens[mention].last + 1
                gap += 1
                continue
            }
            if mention >= 0 {
                mention = head(of: mention, bounds: bounds)
                var found = [Found(party: party(mention), factor: 1)]
                targeted.insert(mention)
                var next = words.mentionTokens[mention].last + 1
                while next < bounds.upperBound, ["and", "or", ","].contains(words.words[next]) {
                    var candidate = next + 1
                    if words.words[next] == ",", candidate < bounds.upperBound, ["and", "or"].contains(words.words[candidate]) { candidate += 1 }
                    guard candidate < bounds.upperBound, words.mentionAt[candidate] >= 0 else { break }
                    let other = words.mentionAt[candidate]
                    // "Zurich and London-based Xstrata": the list modifies something unnamed.
                    guard usable[other] else { return ([], nil) }
                    // A comma joins a list only if the list goes on ("X, Y and Z"), not a new clause
                    // ("his commitment to Moscow, North Korea conducted ...").
                    if words.words[candidate - 1] == "," {
                        let after = words.mentionTokens[other].last + 1
                        guard after < bounds.upperBound, [",", "and", "or"].contains(words.words[after]) else { break }
                    }
                    found.append(Found(party: party(other), factor: 1))
                    targeted.insert(other)
                    next = words.mentionTokens[other].last + 1
                }
                return (found, nil)
            }
            if let inner = following.first(where: { $0.tokens.lowerBound == position }), inner.cue.kind == .verb || inner.cue.kind == .noun {
                return ([], inner)
            }
            if let region = region(of: position), position > index, word == "us" || word == "me" {
                return ([Found(party: region.speaker, factor: 1)], nil)
            }
            if !words.isPunctuation[position] {
                gap += 1
                if gap > 8 { break }
            }
            position += 1
        }
        return ([], nil)
    }

    /// Whether a name starts at `position`, after at most `the` (`a loan to [the] X`, not `a plan to tax`).
    private func isNameAhead(_ position: Int, bounds: Range<Int>) -> Bool {
        var position = position
        if position < bounds.upperBound, words.words[position] == "the" { position += 1 }
        return position < bounds.upperBound && words.mentionAt[position] >= 0
    }

    /// Whether the words after a conjunction are a new clause: a name then a verb (`and West Germany
    /// has opposed it`), rather than more of the object (`a supertanker and four Iranian oil sites`).
    private func startsClause(after conjunction: Int, bounds: Range<Int>) -> Bool {
        var position = conjunction + 1
        while position < bounds.upperBound && position <= conjunction + 4 {
            let mention = words.mentionAt[position]
            if mention >= 0 {
                let next = words.mentionTokens[mention].last + 1
                guard next < bounds.upperBound else { return false }
                let word = words.words[next]
                return Finder.beForms.contains(word) || Finder.finiteVerbs.contains(word) || word.hasSuffix("ed")
            }
            if words.isPunctuation[position] { return true }
            position += 1
        }
        return false
    }

    /// The first mention within `maxGap` words after `index`, and the token after it.
    private mutating func firstTarget(after index: Int, bounds: Range<Int>, maxGap: Int) -> (Found, Int)? {
        var position = index + 1
        var gap = 0
        while position < bounds.upperBound && gap <= maxGap {
            let mention = words.mentionAt[position]
            if mention >= 0 {
                guard usable[mention] else { return nil }
                targeted.insert(mention)
                return (Found(party: party(mention), factor: 1), words.mentionTokens[mention].last + 1)
            }
            if words.isPunctuation[position] { return nil }
            gap += 1
            position += 1
        }
        return nil
    }

    /// Whether `not to`, `to stop|halt|...` or `against` follows the urged target.
    private func urgesToStop(at index: Int, bounds: Range<Int>) -> Bool {
        guard index < bounds.upperBound else { return false }
        let next = words.words[index]
        if next == "against" { return true }
        guard next == "to" || next == "not", index + 1 < bounds.upperBound else { return false }
        let after = words.words[index + 1]
        if next == "not" { return after == "to" }
        return Finder.stopVerbs.contains(after) || after == "not"
    }

    // MARK: - Mutual and evaluative cues

    /// `cooperation between X and Y`: each holds the stance toward the other.
    private mutating func readMutual(_ match: StanceFinder.CueMatch, bounds: Range<Int>) {
        guard let (first, next) = firstTarget(after: match.tokens.upperBound, bounds: bounds, maxGap: 2),
              next < bounds.upperBound, words.words[next] == "and",
              let (second, _) = firstTarget(after: next, bounds: bounds, maxGap: 1) else { return }
        add(holder: first, targets: [second], cue: match, polarity: match.cue.polarity, weight: match.cue.weight, negated: false)
        add(holder: second, targets: [first], cue: match, polarity: match.cue.polarity, weight: match.cue.weight, negated: false)
    }

    /// `the Iran/Iraq war`, `the U.S.-EC trade war`, `Russia-China cooperation`: the head of a mutual
    /// cue after two mentions joined by a slash or hyphen (one modifier may come between).
    private mutating func readJoinedPairs() {
        for index in 0..<words.count where words.mentionAt[index] < 0 {
            guard let cue = finder.lexicon.mutualHeads[words.words[index]] else { continue }
            var last = index - 1
            if last >= 0, words.mentionAt[last] < 0, !words.isPunctuation[last] { last -= 1 }
            guard last >= 2, words.mentionAt[last] >= 0 else { continue }
            let second = words.mentionAt[last]
            let joint = words.mentionTokens[second].first - 1
            guard joint >= 1, ["/", "-", "\u{2013}"].contains(words.words[joint]), words.mentionAt[joint - 1] >= 0 else { continue }
            let first = words.mentionAt[joint - 1]
            guard usable[first], usable[second] else { continue }
            let match = StanceFinder.CueMatch(cue: cue, tokens: index...index)
            let one = Found(party: party(first), factor: 1)
            let two = Found(party: party(second), factor: 1)
            add(holder: one, targets: [two], cue: match, polarity: cue.polarity, weight: cue.weight, negated: false)
            add(holder: two, targets: [one], cue: match, polarity: cue.polarity, weight: cue.weight, negated: false)
        }
    }

    /// A word of praise or attack inside a quotation, attached to a mention: `X's aggression`,
    /// `aggression by X`, `the imperialist United States`, `X is a reliable partner`.
    private mutating func readEvaluative(_ match: StanceFinder.CueMatch, bounds: Range<Int>) {
        guard let region = region(of: match.tokens.lowerBound) else { return }
        let index = match.tokens.lowerBound
        var target: Int?
        if index - 2 >= bounds.lowerBound, words.words[index - 1] == "'s", words.mentionAt[index - 2] >= 0 {
            target = words.mentionAt[index - 2]
        } else if index + 1 < bounds.upperBound, words.mentionAt[index + 1] >= 0 {
            target = words.mentionAt[index + 1]
        } else if index + 2 < bounds.upperBound, ["by", "of", "from"].contains(words.words[index + 1]) {
            var next = index + 2
            if words.words[next] == "the", next + 1 < bounds.upperBound { next += 1 }
            if words.mentionAt[next] >= 0 { target = words.mentionAt[next] }
        } else {
            // X is/was (a|an|the) (word) cue
            var position = index - 1
            var skipped = 0
            while position > bounds.lowerBound && skipped <= 2, !Finder.beForms.contains(words.words[position]) {
                if words.isPunctuation[position] || words.mentionAt[position] >= 0 { break }
                skipped += 1
                position -= 1
            }
            if position > bounds.lowerBound, Finder.beForms.contains(words.words[position]), words.mentionAt[position - 1] >= 0 {
                target = words.mentionAt[position - 1]
            }
        }
        guard let target else { return }
        let negated = isNegated(before: index, bounds: bounds)
        add(holder: Found(party: region.speaker, factor: region.confidence, fromQuote: true), targets: [Found(party: party(target), factor: 1)],
            cue: match, polarity: match.cue.polarity, weight: match.cue.weight, negated: negated)
    }

    // MARK: - Helpers

    /// Negation within three words before the cue, in its clause.
    private func isNegated(before index: Int, bounds: Range<Int>) -> Bool {
        var position = index - 1
        var seen = 0
        while position >= bounds.lowerBound && seen < 3 {
            let word = words.words[position]
            if words.isPunctuation[position] || words.mentionAt[position] >= 0 { return false }
            if Finder.negators.contains(word) { return true }
            if word == "to", position > bounds.lowerBound, Finder.negatingVerbs.contains(words.words[position - 1]) { return true }
            if word == "short", position + 1 < index, words.words[position + 1] == "of" { return true }
            seen += 1
            position -= 1
        }
        return false
    }

    /// For a nationality that modifies a named head (`Russian President Vladimir Putin`), the head;
    /// otherwise the mention itself.
    private func head(of mention: Int, bounds: Range<Int>) -> Int {
        guard words.mentions[mention].label == "NORP" else { return mention }
        var position = words.mentionTokens[mention].last + 1
        var skipped = 0
        while position < bounds.upperBound && skipped <= 3 {
            if words.mentionAt[position] >= 0 { return words.mentionAt[position] }
            if words.isPunctuation[position] || !isCapitalized(position) { return mention }
            skipped += 1
            position += 1
        }
        return mention
    }

    /// Whether the token starts with a capital letter (titles in `Russian President Putin`).
    private func isCapitalized(_ position: Int) -> Bool {
        guard let first = words.original[position].first else { return false }
        return first.isUppercase
    }

    private func party(_ mention: Int) -> StanceParty {
        let entity = words.mentions[mention]
        return StanceParty(span: entity.span, entityID: entity.id, canonical: entity.canonical)
    }

    private mutating func add(holder: Found, targets: [Found], cue: StanceFinder.CueMatch, polarity: StancePolarity,
                              weight: Double, negated: Bool) {
        let cueSpan = Span(start: words.spans[cue.tokens.lowerBound].start, end: words.spans[cue.tokens.upperBound].end)
        let finalPolarity: StancePolarity = negated ? (polarity == .support ? .oppose : .support) : polarity
        for holderParty in [holder.party] + holder.coordinated {
            for target in targets where target.party.entityID != holderParty.entityID {
                let magnitude = weight * holder.factor * target.factor * (negated ? 0.5 : 1)
                results.append(StanceRelation(holder: holderParty, target: target.party, polarity: finalPolarity,
                                              score: finalPolarity == .support ? magnitude : -magnitude, cue: cueSpan,
                                              evidence: sentence, source: holder.fromQuote ? .quote : .cue, negated: negated))
            }
        }
    }

    /// One relation per holder, target and cue (per holder, target and polarity for a quotation's
    /// content): the strongest.
    private func deduplicated(_ relations: [StanceRelation]) -> [StanceRelation] {
        var kept: [StanceRelation] = []
        for relation in relations {
            if let index = kept.firstIndex(where: { $0.holder.entityID == relation.holder.entityID
                && $0.target.entityID == relation.target.entityID
                && ($0.cue == relation.cue || ($0.source == .quote && relation.source == .quote && $0.polarity == relation.polarity)) }) {
                if abs(relation.score) > abs(kept[index].score) { kept[index] = relation }
            } else {
                kept.append(relation)
            }
        }
        return kept.sorted { ($0.cue.start, $0.target.span.start) < ($1.cue.start, $1.target.span.start) }
    }
}
