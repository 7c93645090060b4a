import Algorithms
import NLPCore

/// Reported (indirect) speech outside quotation marks: `X said (that) ...`, `X accused Y of ...`,
/// `..., X said.`, `..., said X, an analyst.`, `A, X said, B.`, `according to X, ...`,
/// `Asked whether ..., X said ...`. Rules: docs/quotes.md.
extension Attributor {
    static let beForms: Set<String> = ["is", "was", "were", "are", "been", "being", "be", "’s", "'s"]

    /// Cues that take the speaker after them ("..., said Moon Seong-Mook").
    static let invertible: Set<String> = Set("""
        said says added adds asked wrote writes explained noted notes continued stated declared replied responded
        recalled warned insisted argued told tells answered
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))

    /// Cues whose first object is the listener, not the content ("told reporters that ...").
    static let listenerCues: Set<String> = Set("""
        tell tells told telling inform informs informed informing assure assures assured assuring remind reminds
        reminded reminding warn warns warned warning urge urges urged urging advise advises advised advising
        promise promises promised promising convince convinces convinced convincing ask asks asked asking
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))

    /// Prepositions a cue may take before its content ("warned of ...", "talked about ..."): the
    /// content starts after them.
    static let cuePrepositions: Set<String> = ["about", "of", "on", "for", "against", "with", "over", "at"]

    /// Words that open a subordinate clause: a cue inside one reports only up to the clause's comma
    /// ("While the RNC says it is on its way, it is ...").
    static let subordinators: Set<String> = Set("""
        while when if although though because since whereas as after before once unless until whenever
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))

    /// Auxiliaries that open a coordinated verb phrase after `but` or `and` ("but did not say").
    static let auxiliaries: Set<String> = Set("""
        did does do didn’t doesn’t didn't doesn't has have had was were is are will would could can may might
        went also then later still
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))

    /// Cue forms that are rarely reported speech without `that` ("continues to", "a supporting role",
    /// "known as", the markup word "tweet"): outside quotations they count only before `that`.
    static let weakForms: Set<String> = Set("""
        continue continues continuing supporting backing remarks find finds known tweet tweets speak speaks
        spoke speaking
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))

    /// One-word contents: "said so", "said yes", "denied it".
    static let proForms: Set<String> = ["so", "yes", "no", "it", "this", "that", "them", "him", "her", "otherwise", "nothing", "none"]

    /// Words that open an indirect question after "asked".
    static let questionWords: Set<String> = ["if", "whether", "about", "what", "why", "how", "who", "when", "where", "which"]

    /// Words before a participle cue that keeps the sentence's subject ("before adding that ...").
    static let participleOpeners: Set<String> = ["before", "after", "while", "when", "by", "without", "since"]

    /// Appends the reported speech of the document to `results`.
    func reportedSpeech(quoted: [Range<Int32>], usedCues: [Int], into results: inout [Quotation]) {
        // Whether a direct quote took the cue at `index` (`usedCues` is sorted).
        func isUsed(_ index: Int) -> Bool {
            let position = usedCues.partitioningIndex { $0 >= index }
            return position < usedCues.count && usedCues[position] == index
        }
        results.reserveCapacity(results.count + finder.cueStarts.count + finder.nounCues.count)
        // Quotations in text order, none inside another (`QuoteFinder` sorts them and never nests a
        // double and a single quote): a binary search for the last one starting at or before the token.
        func insideQuote(_ index: Int) -> Bool {
            let start = view.tokens[index].span.start
            let after = quoted.partitioningIndex { $0.lowerBound > start }
            return after > 0 && quoted[after - 1].contains(start)
        }
        var nounPosition = 0
        var cuePosition = 0
        var cues: [(index: Int, end: Int)] = []
        // The subject before each cue of a sentence, found once: bounds in a raw buffer (-2 not looked
        // up yet, -1 none). A buffer, not an array captured by the closure below: a captured array
        // would be boxed and checked for exclusive access on every use.
        let subjectBounds = UnsafeMutableBufferPointer<Int>.allocate(capacity: 2 * max(1, finder.cueStarts.count))
        defer { subjectBounds.deallocate() }
        let nounCues = finder.nounCues, cueStarts = finder.cueStarts
        for range in view.tokenRanges where !range.isEmpty {
            // Most sentences have no cue at all: skip them before any other work.
            while nounPosition < nounCues.count, nounCues[nounPosition] < range.lowerBound { nounPosition += 1 }
            while cuePosition < cueStarts.count, cueStarts[cuePosition] < range.lowerBound { cuePosition += 1 }
            if (nounPosition == nounCues.count || nounCues[nounPosition] >= range.upperBound)
                && (cuePosition == cueStarts.count || cueStarts[cuePosition] >= range.upperBound) { continue }
            var contentEnd = range.upperBound
            while contentEnd > range.lowerBound, view.tokens[contentEnd - 1].kind == .punctuation { contentEnd -= 1 }
            while nounPosition < nounCues.count, nounCues[nounPosition] < range.upperBound {
                let noun = nounCues[nounPosition]
                nounPosition += 1
                if !insideQuote(noun), let found = nounAttribution(noun, range: range, contentEnd: contentEnd) { results.append(found) }
            }
            cues.removeAll(keepingCapacity: true)
            // The sentence's cue tokens, from the list the cue scan made (a multi-word cue hides the
            // cues inside it).
            var next = range.lowerBound
            while cuePosition < cueStarts.count, cueStarts[cuePosition] < range.upperBound {
                let index = cueStarts[cuePosition]
                cuePosition += 1
                guard index >= next else { continue }
                // A gerund after a preposition ("the possibility of discussing aid") has no subject of its own.
                if index > range.lowerBound, view.endsWith(index, "ing"), view.isIn(index - 1, .cuePreposition) { continue }
                if let end = finder.cue(at: index, limit: range.upperBound), !isUsed(index), !insideQuote(index),
                   end > index + 1 || !view.isIn(index, .weakForm) || end < range.upperBound && view.isWord(end, "that")
                    || index > range.lowerBound && view.isIn(index - 1, .beForm) && view.endsWith(index, "ing") {
                    cues.append((index, end))
                    next = end
                }
            }
            guard !cues.isEmpty else { continue }
            // "Asked whether ..., X said ...", "Promising that ..., Bolton said ...": an opening clause
            // whose speaker is the main clause's subject.
            if let asked = askedQuestion(cues[0], range: range) {
                results.append(reported(content: asked.content, cue: cues[0].index..<cues[0].end, speaker: asked.speaker))
            }
            // An attribution set off by commas: "..., said X, an analyst." / "..., X said." / "A, X said, B."
            for position in 0..<(cues.count * 2) { subjectBounds[position] = -2 }
            func subjectOf(_ position: Int, cue: Int) -> Range<Int>? {
                let known = subjectBounds[position * 2]
                if known >= 0 { return known..<subjectBounds[position * 2 + 1] }
                if known == -1 { return nil }
                let found = finder.subject(before: cue, floor: range.lowerBound)
                subjectBounds[position * 2] = found?.lowerBound ?? -1
                subjectBounds[position * 2 + 1] = found?.upperBound ?? -1
                return found
            }
            var parenthetical = false
            for (position, cue) in cues.enumerated() {
                if let found = parentheticalAttribution(cue, range: range, contentEnd: contentEnd, subject: { subjectOf(position, cue: cue.index) }) {
                    results.append(reported(content: found.content, cue: cue.index..<cue.end, speaker: found.speaker))
                    parenthetical = true
                    break
                }
            }
            if parenthetical { continue }
            var lastSpeaker: Range<Int>?
            for (position, cue) in cues.enumerated() {
                if position == 0, cue.index <= range.lowerBound + 1, view.isWord(cue.index, "asked") || view.endsWith(cue.end - 1, "ing") { continue }
                var speaker: Range<Int>?
                var content: Range<Int>?
                if view.isWord(cue.index, "according") {
                    guard let found = finder.speaker(after: cue.end, limit: range.upperBound) else { continue }
                    speaker = found
                    // "According to X, CONTENT" and "In addition, according to X, CONTENT": the content follows.
                    let opener = cue.index > range.lowerBound && cue.index - range.lowerBound <= 4 && view.isToken(cue.index - 1, ",")
                    if cue.index == range.lowerBound || opener {
                        var start = found.upperBound
                        // "According to state media and videos, CONTENT": the content follows the comma.
                        if let comma = (start..<min(contentEnd, start + 10)).first(where: { view.isToken($0, ",") }) { start = comma }
                        while start < contentEnd, view.tokens[start].kind == .punctuation { start += 1 }
                        content = start..<contentLimit(from: start, to: contentEnd, subordinate: false)
                    } else if view.isToken(cue.index - 1, ","), found.upperBound + 1 < contentEnd, view.isToken(found.upperBound, ",") {
                        // "A, according to X, B": set off by commas inside the sentence, the attribution
                        // covers the whole sentence (as attribution corpora mark it).
                        content = range.lowerBound..<contentEnd
                    } else {
                        var end = cue.index
                        while end > range.lowerBound, view.tokens[end - 1].kind == .punctuation { end -= 1 }
                        content = range.lowerBound..<end
                    }
                } else {
                    // "..., he said when asked how ties would fare", "when asked by a reporter whether ...":
                    // the question is reported, by the agent after "by" or with no speaker.
                    if view.isWord(cue.index, "asked"), cue.index > range.lowerBound + 1, view.isWord(cue.index - 1, "when") {
                        if let found = askedBy(cue.index, range: range) {
                            let end = contentLimit(from: found.question, to: contentEnd, subordinate: true)
                            if end - found.question >= 3 {
                                results.append(reported(content: found.question..<end, cue: cue.index..<cue.end, speaker: found.agent))
                            }
                        } else if cue.end < contentEnd, view.isIn(cue.end, .questionWord) {
                            let end = contentLimit(from: cue.end, to: contentEnd, subordinate: true)
                            if end - cue.end >= 3 { results.append(reported(content: cue.end..<end, cue: cue.index..<cue.end, speaker: nil)) }
                        }
                        continue
                    }
                    if isPassive(cue.index, floor: range.lowerBound) {
                        // "The actress was asked if ...": the question is reported, with no speaker.
                        if view.isWord(cue.index, "asked"), cue.end < contentEnd, view.isIn(cue.end, .questionWord) {
                            var start = cue.end
                            if view.isWord(start, "about") { start += 1 }
                            let end = contentLimit(from: start, to: contentEnd, subordinate: true)
                            if end - start >= 2 { results.append(reported(content: start..<end, cue: cue.index..<cue.end, speaker: nil)) }
                        }
                        continue
                    }
                    guard let subject = subjectOf(position, cue: cue.index) ?? reportingSubject(cue.index, floor: range.lowerBound)
                        ?? (continuesClause(cue.index, floor: range.lowerBound) ? lastSpeaker : nil)
                        ?? longSubject(cue.index, floor: range.lowerBound) else { continue }
                    lastSpeaker = subject
                    speaker = subject
                    let start = contentStart(after: cue, limit: contentEnd)
                    // The content stops where the next attribution's speaker starts.
                    var end = contentEnd
                    for next in (position + 1)..<cues.count where cues[next].index > start {
                        // Only a coordinated attribution ("..., and Y said ...") ends it; one inside
                        // the content ("that Trump believes ...") is part of it.
                        if let nextSubject = subjectOf(next, cue: cues[next].index), nextSubject.lowerBound > start + 1,
                           view.isToken(nextSubject.lowerBound - 1, ",") || view.isToken(nextSubject.lowerBound - 1, ";")
                            || view.isAnyWord(nextSubject.lowerBound - 1, ["and", "but", "while", "whereas"]) {
                            end = nextSubject.lowerBound
                            while end > start, view.tokens[end - 1].kind == .punctuation || view.isAnyWord(end - 1, ["and", "but", "while"]) { end -= 1 }
                            break
                        }
                        // "..., and more than 4 in 10 said ...": a clause of its own after ", and", ", but"
                        // or ";" that ends with a finite cue, whatever its subject.
                        if !view.endsWith(cues[next].index, "ing"), let joint = coordinationBefore(cues[next].index, after: start) {
                            end = joint
                            break
                        }
                    }
                    var before = cue.index
                    while before > range.lowerBound, finder.isBetween(before - 1) { before -= 1 }
                    let relative = before > range.lowerBound && view.isAnyWord(before - 1, ["who", "which"])
                    let subordinate = relative || subject.lowerBound > range.lowerBound
                        && (view.isIn(subject.lowerBound - 1, .subordinator)
                            || subject.lowerBound - 2 >= range.lowerBound && view.isWord(subject.lowerBound - 2, "even"))
                    if start < end, view.isIn(start, .proForm), view.isAnyWord(start, ["so", "yes", "no"]) {
                        content = start..<(start + 1)
                    } else {
                        content = start..<contentLimit(from: start, to: end, subordinate: subordinate)
                    }
                }
                // A one-word content is a pro-form ("said so") or a name ("endorsed Trump"), not an
                // adverb ("responded Friday").
                guard let speaker, let content, content.count >= 2 || content.count == 1
                        && (view.isIn(content.lowerBound, .proForm) || view.isCapitalized(content.lowerBound) && !view.isIn(content.lowerBound, .weekday))
                else { continue }
                results.append(reported(content: content, cue: cue.index..<cue.end, speaker: speaker))
            }
        }
    }

    /// A noun cue with its possessor ("Trump’s claim that ...", "his call for ...") or a raising verb
    /// and its clause ("none of them seemed to fit ...").
    private func nounAttribution(_ noun: Int, range: Range<Int>, contentEnd: Int) -> Quotation? {
        guard noun + 2 < contentEnd else { return nil }
        if view.isIn(noun, .raising) {
            // "is expected to ...": a passive of expectation reports its whole clause, like a raising verb.
            if view.isWord(noun, "expected") {
                var before = noun
                while before > range.lowerBound, finder.isBetween(before - 1), !view.isIn(before - 1, .beForm) { before -= 1 }
                guard before > range.lowerBound, view.isIn(before - 1, .beForm), view.isWord(noun + 1, "to") else { return nil }
            } else {
                guard view.isWord(noun + 1, "to") else { return nil }
            }
            var start = noun
            while start > range.lowerBound {
                if view.tokens[start - 1].kind == .punctuation && !view.isToken(start - 1, "-") && !view.isToken(start - 1, ".")
                    || view.isAnyWord(start - 1, ["that", "but", "and", "because", "while", "although", "though", "when", "if", "as", "so"]) { break }
                start -= 1
            }
            guard start < noun else { return nil }
            let end = contentLimit(from: start, to: contentEnd, subordinate: start > range.lowerBound && view.isToken(start - 1, ","))
            return end - start >= 3 ? reported(content: start..<end, cue: noun..<(noun + 1), speaker: nil) : nil
        }
        guard view.isAnyWord(noun + 1, ["that", "of", "for", "to", "about", "on", "against"]) else { return nil }
        // The possessor, right before the noun or before one adjective: "his", "Trump’s", "Clinton’s sharp".
        var possessive = noun - 1
        if possessive > range.lowerBound, !isPossessive(possessive), view.tokens[possessive].kind == .word, !view.isCapitalized(possessive),
           isPossessive(possessive - 1) {
            possessive -= 1
        }
        guard possessive >= range.lowerBound, isPossessive(possessive) else { return nil }
        var speaker = possessive..<(possessive + 1)
        if view.tokens[possessive].kind != .word || view.endsWith(possessive, "s") && !view.isAnyWord(possessive, ["his", "its"]) {
            var start = possessive
            while start > range.lowerBound, start > possessive - 5, view.isCapitalized(start - 1) || view.isToken(start - 1, ".") { start -= 1 }
            // At the start of a sentence every word is capitalised: "How Kim’s announcement ...".
            if start == range.lowerBound {
                while start < possessive, view.isIn(start, [.opener, .questionWord, .subordinator, .boundary]) { start += 1 }
            }
            guard start < possessive else { return nil }
            speaker = start..<possessive
        }
        let start = view.isAnyWord(noun + 1, ["to", "that"]) ? noun + 1 : noun + 2
        let end = contentLimit(from: start, to: contentEnd, subordinate: false)
        return end - start >= 2 ? reported(content: start..<end, cue: noun..<(noun + 1), speaker: speaker) : nil
    }

    /// Whether token `index` is a possessive: a pronoun ("his") or the clitic of a name ("Trump’s").
    private func isPossessive(_ index: Int) -> Bool {
        index >= 0 && view.isAnyWord(index, ["his", "her", "their", "its", "'s", "’s"])
    }

    static let raisingVerbs: Set<String> = ["seem", "seems", "seemed", "appear", "appears", "appeared", "expected"]

    /// The speaker of a cue in running text when it has no subject right before it: the antecedent of a relative
    /// pronoun ("Barkley, who said ..."); the sentence's subject for a coordinated or participle cue
    /// ("... and says ...", "..., saying ...").
    private func reportingSubject(_ cue: Int, floor: Int) -> Range<Int>? {
        var before = cue
        while before > floor, finder.isBetween(before - 1) { before -= 1 }
        guard before > floor else { return nil }
        if view.isAnyWord(before - 1, ["who", "which"]) {
            let end = before - 1
            if end > floor, let antecedent = finder.subject(before: view.isToken(end - 1, ",") ? end - 1 : end, floor: floor) {
                return antecedent
            }
            return view.isWord(end, "who") ? end..<before : nil
        }
        // "911 calls saying ...", "those supporting deportation": a participle after its noun.
        if view.endsWith(cue, "ing"), view.tokens[before - 1].kind == .word, !view.isIn(before - 1, [.boundary, .auxiliary, .beForm]),
           let noun = finder.subject(before: cue, floor: floor, requireAnimate: false) {
            return noun
        }
        if continuesClause(cue, floor: floor) {
            if let subject = finder.sentenceSubject(from: floor, before: before - 1), subject.upperBound < cue,
               finder.isAnimate(subject) {
                return subject
            }
        }
        return nil
    }

    /// The subject of `say` or `tell` when the noun phrase rule finds none: a long or unknown noun phrase
    /// that opens its clause ("Organizers of the push to boycott Trump's speech said", "One California
    /// delegate said"). A finite `said` right after a noun phrase is an attribution whatever the subject.
    private func longSubject(_ cue: Int, floor: Int) -> Range<Int>? {
        guard view.isAnyWord(cue, ["said", "says", "say", "told", "tells"]) else { return nil }
        var end = cue
        while end > floor, finder.isBetween(end - 1) { end -= 1 }
        guard end > floor, view.tokens[end - 1].kind == .word, !view.isIn(end - 1, [.boundary, .auxiliary, .beForm]) else { return nil }
        var start = end - 1
        while start > floor, start > end - 24 {
            let previous = start - 1
            if view.tokens[previous].kind == .punctuation {
                if view.isToken(previous, "-") || view.isToken(previous, ".") || view.isToken(previous, "’s") || view.isToken(previous, "'s") {
                    start = previous
                    continue
                }
                break
            }
            if view.isIn(previous, [.subordinator]) || view.isAnyWord(previous, ["that", "which", "who", "whom", "and", "but", "or"]) { break }
            start = previous
        }
        guard start == floor || view.isToken(start - 1, ",") || view.isIn(start - 1, .subordinator) else { return nil }
        while start < end, view.isIn(start, .opener) || view.tokens[start].kind == .punctuation { start += 1 }
        return start < end ? start..<end : nil
    }

    /// Whether a cue continues its sentence's clause: a participle after a comma (", saying ...") or
    /// a coordinated verb ("... and says ...").
    private func continuesClause(_ cue: Int, floor: Int) -> Bool {
        var before = cue
        while before > floor, finder.isBetween(before - 1) { before -= 1 }
        guard before > floor else { return false }
        return view.isAnyWord(before - 1, ["and", "but"])
            || view.endsWith(cue, "ing") && (view.isToken(before - 1, ",") || view.isIn(before - 1, .participleOpener))
    }

    /// Where the content of a cue starts: after a listener ("told reporters"), an adjunct before
    /// `that` ("said on Sunday that"), a preposition the cue takes ("warned of") and `that`.
    /// The `,` of `, and` / `, but` or the `;` that opens the clause of the cue at `cue` (within
    /// eight tokens before it, outside quotation marks, after `floor`), if any.
    private func coordinationBefore(_ cue: Int, after floor: Int) -> Int? {
        var probe = cue - 1
        while probe > floor + 1, probe >= cue - 8 {
            if finder.isQuoteMark(probe) || view.isIn(probe, .subordinator) || finder.cue(at: probe, limit: cue) != nil { return nil }
            if view.isToken(probe, ";") { return probe }
            if view.isToken(probe, ","), view.isAnyWord(probe + 1, ["and", "but"]) { return probe }
            probe -= 1
        }
        return nil
    }

    private func contentStart(after cue: (index: Int, end: Int), limit: Int) -> Int {
        var start = cue.end
        guard start < limit else { return start }
        let listener = view.isIn(cue.end - 1, .listener)
        // "insist, most recently in an interview, that ...", "told reporters that ...", "said on
        // Sunday that ...": the clause starts after "that".
        if !view.isWord(start, "that"), listener || view.isToken(start, ",") || view.isIn(start, .boundary) || view.isWord(start, "in") {
            var probe = start
            while probe < min(limit, start + 12) {
                if view.isWord(probe, "that") {
                    if probe > start { start = probe }
                    break
                }
                if finder.cue(at: probe, limit: limit) != nil || finder.isQuoteMark(probe) || view.isToken(probe, ";")
                    || view.isToken(probe, ":") || probe > start && view.isIn(probe, .subordinator) { break }
                probe += 1
            }
        }
        // The content keeps its "that" (as attribution corpora mark it).
        let that = start < limit && view.isWord(start, "that")
        // "told reporters he ...": a listener without "that" is skipped when it is a pronoun, a name
        // or a short noun phrase of people followed by a subject.
        if listener, !that, start == cue.end, start < limit {
            if view.isAnyWord(start, ["me", "him", "her", "us", "them", "you", "reporters", "supporters", "voters", "journalists", "viewers"]) {
                start += 1
            } else if view.isCapitalized(start), !view.isIn(start, .pronoun) {
                var end = start
                while end < limit, end < start + 5, view.isCapitalized(end) || view.isToken(end, ".") { end += 1 }
                if end < limit, view.isWord(end, "that") || view.isIn(end, .pronoun) { start = end }
            }
        }
        if start == cue.end, start < limit, view.isIn(start, .cuePreposition) { start += 1 }
        while start < limit, view.isToken(start, ",") || view.isToken(start, ":") { start += 1 }
        return start
    }

    /// Where a content that starts at `start` ends, at most at `end`: before a participle clause after
    /// a comma (`, adding`), a coordinated verb (`and says`, `, and then said`, `but did not`), or the
    /// comma closing a subordinate clause. (Attribution corpora run a content on to the end of its
    /// sentence otherwise: cutting before `as`, `when`, `which` or the occasion lowered the match rate.)
    private func contentLimit(from start: Int, to end: Int, subordinate: Bool) -> Int {
        var index = start + 1
        var inQuote = false
        while index < end {
            if finder.isQuoteMark(index) {
                inQuote.toggle()
                // "“... by Cleveland,” referring to ...", "“... this race,” adding that ...": a participle
                // after a quotation that closes with a comma ends the content at the comma.
                if !inQuote, index > start + 1, view.isToken(index - 1, ","), index + 1 < end,
                   view.tokens[index + 1].kind == .word, view.endsWith(index + 1, "ing"), !view.isWord(index + 1, "including"),
                   !view.isCapitalized(index + 1) {
                    return trimEnd(index + 1, start)
                }
                index += 1
                continue
            }
            if inQuote { index += 1; continue }
            let token = view.tokens[index]
            if token.kind == .punctuation {
                if view.isToken(index, ","), index + 1 < end {
                    if subordinate, index > start + 1 { return trimEnd(index, start) }
                    if view.tokens[index + 1].kind == .word, view.endsWith(index + 1, "ing"), !view.isWord(index + 1, "including"),
                       !view.isCapitalized(index + 1) {
                        return trimEnd(index, start)
                    }
                    // ", while the host sought ...", ", but Republicans ...": a contrasting clause.
                    if view.isAnyWord(index + 1, ["while", "whereas"]) { return trimEnd(index, start) }
                    if view.isWord(index + 1, "but"), index + 2 < end, !view.isAnyWord(index + 2, ["not", "also", "only", "rather", "still"]) {
                        return trimEnd(index, start)
                    }
                    if view.isWord(index + 1, "and"), index + 2 < end {
                        if view.isIn(index + 2, [.subordinator, .pronoun, .auxiliary])
                            || view.endsWith(index + 2, "ed") || finder.cue(at: index + 2, limit: end) != nil {
                            return trimEnd(index, start)
                        }
                    }
                }
                index += 1
                continue
            }
            if index + 1 < end, index > start {
                if view.isWord(index, "but"),
                   view.isIn(index + 1, .auxiliary) || view.endsWith(index + 1, "ed") || finder.cue(at: index + 1, limit: end) != nil {
                    return trimEnd(index, start)
                }
                if view.isWord(index, "and"), finder.cue(at: index + 1, limit: end) != nil { return trimEnd(index, start) }
            }
            index += 1
        }
        return end
    }

    private func trimEnd(_ end: Int, _ start: Int) -> Int {
        var end = end
        while end > start + 1, view.tokens[end - 1].kind == .punctuation, !finder.isQuoteMark(end - 1) { end -= 1 }
        return end
    }

    /// Words that label a headline rather than name who speaks ("Update:", "Watch:", "Q:").
    static let headlineLabels: Set<String> = Set("""
        note update updated watch video videos photo photos related editor editors q a read see also live breaking
        exclusive opinion analysis listen transcript correction clarification warning alert box subs replacements
        result results preview obituary profile factbox timeline verdict review interview scorers squad venue referee
        backs forwards
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))

    /// `Lynch: No outside influence on FBI probe`: the news headline convention, a short source, a
    /// colon and what the source said, on a line of its own that is the document's first sentence or
    /// in title case. The colon is the cue.
    func headlineAttributions(into results: inout [Quotation]) {
        for (sentence, range) in view.tokenRanges.enumerated() where range.count >= 5 {
            // A colon after one to six tokens, with at least three after it.
            var colon = range.lowerBound + 1
            while colon < min(range.upperBound - 3, range.lowerBound + 7), !view.isToken(colon, ":") { colon += 1 }
            guard colon < range.upperBound - 3, view.isToken(colon, ":") else { continue }
            let source = range.lowerBound..<colon
            // Capitalised words (with periods, hyphens and possessives inside names), not a label
            // ("Update:") or one word in capitals ("WASHINGTON:").
            guard source.allSatisfy({ view.tokens[$0].kind == .word ? view.isCapitalized($0)
                                        : view.isToken($0, ".") || view.isToken($0, "-") || view.isToken($0, "’s") || view.isToken($0, "'s") }),
                  !view.isIn(source.lowerBound, [.weekday]), !Self.headlineLabels.contains(view.lower(source.lowerBound)),
                  !(source.count == 1 && view.tokens[source.lowerBound].span.length > 1
                      && (65...90).contains(view.bytes[Int(view.tokens[source.lowerBound].span.start) + 1])) else { continue }
            // A line of its own: the document's first sentence, or a title-case line.
            let lineStart = range.lowerBound == 0 || view.bytes[Int(view.tokens[range.lowerBound].span.start) - 1] == 0x0A
            let last = Int(view.tokens[range.upperBound - 1].span.end)
            let lineEnd = last >= view.bytes.count || view.bytes[last] == 0x0A || view.bytes[last] == 0x0D
            guard lineStart, lineEnd, sentence == 0 || SpeakerFinder.isTitleCase(sentence, view: view) else { continue }
            var end = range.upperBound
            while end > colon + 1, view.tokens[end - 1].kind == .punctuation, !finder.isQuoteMark(end - 1) { end -= 1 }
            // A quotation right after the colon is a direct quote, attributed as one.
            guard end - (colon + 1) >= 3, !finder.isQuoteMark(colon + 1) else { continue }
            // Not a list or a table row ("PARANA STATE: UMUARAMA NIL, ...", "Subs Not Used: Berger,
            // Ashdown"): the source has a lower-case letter and the content a lower-case word.
            func hasLowercase(_ index: Int) -> Bool {
                view.tokens[index].span.utf8Range.contains { (97...122).contains(view.bytes[$0]) }
            }
            guard source.contains(where: hasLowercase),
                  ((colon + 1)..<end).contains(where: { view.tokens[$0].kind == .word && view.tokens[$0].span.length >= 2
                      && (97...122).contains(view.firstByte($0)) }) else { continue }
            results.append(reported(content: (colon + 1)..<end, cue: colon..<(colon + 1), speaker: source))
        }
    }

    /// `asked by X whether ...`, `asked by X, ..., whether ...`: the agent who asked and the question
    /// word that opens the question (right after the agent or after a comma).
    private func askedBy(_ cue: Int, range: Range<Int>) -> (agent: Range<Int>, question: Int)? {
        guard cue + 2 < range.upperBound, view.isWord(cue + 1, "by"),
              let agent = finder.speaker(after: cue + 2, limit: range.upperBound),
              let question = (agent.upperBound..<min(range.upperBound, agent.upperBound + 30)).first(where: {
                  // Not "which" or "who" after a comma: they open a relative clause about the agent.
                  view.isAnyWord($0, ["whether", "if", "what", "why", "how", "when", "where"])
                      && ($0 == agent.upperBound || view.isToken($0 - 1, ","))
              }) else { return nil }
        return (agent, question)
    }

    /// `Asked whether ..., X said ...`: the question is the content, the main clause's subject the speaker.
    private func askedQuestion(_ cue: (index: Int, end: Int), range: Range<Int>) -> (content: Range<Int>, speaker: Range<Int>?)? {
        let participle = view.endsWith(cue.end - 1, "ing")
        guard view.isWord(cue.index, "asked") || participle,
              cue.index == range.lowerBound || cue.index == range.lowerBound + 1 && view.isAnyWord(range.lowerBound, ["when", "after", "while", "before"]),
              cue.end < range.upperBound else { return nil }
        var start = cue.end
        if view.isWord(start, "about") || participle && view.isWord(start, "that") { start += 1 }
        if view.isWord(cue.index, "asked"), view.isWord(start, "by") {
            guard let found = askedBy(cue.index, range: range) else { return nil }
            var end = found.question + 1
            var inQuote = false
            while end < range.upperBound {
                if finder.isQuoteMark(end) { inQuote.toggle() } else if !inQuote, view.isToken(end, ",") { break }
                end += 1
            }
            guard end < range.upperBound, end - found.question >= 3 else { return nil }
            return (found.question..<end, found.agent)
        }
        var index = start
        var inQuote = false
        while index < range.upperBound {
            if finder.isQuoteMark(index) { inQuote.toggle() } else if !inQuote, view.isToken(index, ",") { break }
            index += 1
        }
        guard index < range.upperBound, index > start else { return nil }
        var subjectStart = index + 1
        while subjectStart < range.upperBound, view.tokens[subjectStart].kind == .punctuation { subjectStart += 1 }
        let speaker = subjectStart < range.upperBound ? finder.speaker(after: subjectStart, limit: range.upperBound) : nil
        return (start..<index, speaker)
    }

    /// An attribution set off by commas: `CONTENT, said SPEAKER[, apposition].`, `CONTENT, SPEAKER
    /// said [on Sunday].` at the end of a sentence, or `A, SPEAKER said, B.` inside it (the content is
    /// then the whole sentence).
    /// Words that open a short adjunct after an attribution ("said on Sunday", "said in a statement").
    static let adjunctStarts: Set<String> = ["on", "in", "at", "during", "last", "this", "earlier", "late", "yesterday", "today",
                                             "after", "before", "when", "while", "as"]

    private func parentheticalAttribution(_ cue: (index: Int, end: Int), range: Range<Int>, contentEnd: Int,
                                          subject findSubject: () -> Range<Int>?) -> (content: Range<Int>, speaker: Range<Int>)? {
        guard cue.index > range.lowerBound + 2, !view.isWord(cue.index, "according") else { return nil }
        // The comma before the attribution, possibly inside a closing quotation mark (`...,” she said`).
        func commaBefore(_ index: Int) -> Int? {
            guard index > range.lowerBound + 1 else { return nil }
            if view.isToken(index - 1, ",") { return index - 1 }
            if finder.isQuoteMark(index - 1), view.isToken(index - 2, ",") { return index - 2 }
            return nil
        }
        func contentBefore(_ comma: Int) -> Range<Int>? {
            var end = comma
            while end > range.lowerBound, view.tokens[end - 1].kind == .punctuation, !finder.isQuoteMark(end - 1) { end -= 1 }
            return end - range.lowerBound >= 2 ? range.lowerBound..<end : nil
        }
        // What may follow the attribution: nothing, a comma, or a short adjunct ("on Sunday", "in a statement").
        func endsAttribution(_ index: Int) -> (final: Bool, inside: Bool) {
            if index >= contentEnd { return (true, false) }
            if view.isToken(index, ",") { return (false, index + 1 < contentEnd) }
            let adjunct = view.isIn(index, [.adjunctStart, .weekday])
            if adjunct, contentEnd - index <= 9,
               !(index..<contentEnd).contains(where: { finder.cue(at: $0, limit: contentEnd) != nil || view.isWord($0, "that") }) {
                return (true, false)
            }
            return (false, false)
        }
        let invertible = view.isIn(cue.index, .invertible)
        if invertible, let comma = commaBefore(cue.index),
           let speaker = finder.speaker(after: cue.end, limit: range.upperBound), finder.isAnimate(speaker),
           speaker.count == 1 || !view.isIn(speaker.lowerBound, .pronoun) {
            let after = endsAttribution(speaker.upperBound)
            if after.final || view.isToken(speaker.upperBound, ","), let content = contentBefore(comma) {
                return (content, speaker)
            }
        }
        let after = endsAttribution(cue.end)
        guard after.final || after.inside && (invertible || view.endsWith(cue.index, "s")),
              !isPassive(cue.index, floor: range.lowerBound),
              let subject = findSubject(), subject.count <= 8,
              let comma = commaBefore(subject.lowerBound), let content = contentBefore(comma) else { return nil }
        return after.final ? (content, subject) : (range.lowerBound..<contentEnd, subject)
    }

    /// Whether the cue is passive ("it is believed", "was reported"): a form of "be" right before it.
    func isPassive(_ cue: Int, floor: Int) -> Bool {
        // "is arguing", "was telling": a progressive, not a passive.
        if view.endsWith(cue, "ing") { return false }
        var probe = cue
        while probe > floor, finder.isBetween(probe - 1) {
            if view.isIn(probe - 1, .beForm), !finder.isHasClitic(probe - 1) { return true }
            probe -= 1
        }
        return false
    }

    func reported(content: Range<Int>, cue: Range<Int>, speaker: Range<Int>?) -> Quotation {
        guard let speaker else {
            return Quotation(span: tokenSpan(content), kind: .reported, cue: tokenSpan(cue), speaker: nil, confidence: 0.4)
        }
        let linked = linker.link(speaker, pronoun: finder.isPronoun(speaker), previousSpeaker: nil)
        let quoteSpeaker = QuoteSpeaker(span: tokenSpan(speaker), entityID: linked.map { view.mentions[$0.0].id },
                                        canonical: linked.map { view.mentions[$0.0].canonical })
        return Quotation(span: tokenSpan(content), kind: .reported, cue: tokenSpan(cue), speaker: quoteSpeaker,
                         confidence: linked.map { min(0.8, $0.1 - 0.1) } ?? 0.5)
    }
}
