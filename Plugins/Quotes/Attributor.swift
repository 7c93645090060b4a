import NLPCore

/// Finds the attributions of one document: quotations between quotation marks (direct or partial)
/// with their cue and speaker, then reported speech in the sentences around them.
final class Attributor {
    private static let commaOrHyphen = ASCIISet(",-")
    let view: TextView
    let finder: SpeakerFinder
    let linker: SpeakerLinker
    let reported: Bool

    init(view: TextView, lexicon: CueLexicon, cueLengths: UnsafeMutableBufferPointer<UInt8>, reported: Bool) {
        self.view = view
        self.finder = SpeakerFinder(view: view, lexicon: lexicon, lengths: cueLengths)
        self.linker = SpeakerLinker(view: view)
        self.reported = reported
    }

    func attributions() -> [Quotation] {
        var results: [Quotation] = []
        // The first tokens of cues that direct quotes took (sorted below for binary search).
        var usedCues: [Int] = []
        var quoted: [Range<Int32>] = []
        var previous: (speaker: QuoteSpeaker, mention: Int?, sentence: Int)?
        for marks in QuoteFinder.find(in: view.bytes) {
            let span = Span(start: Int32(marks.start), end: Int32(marks.end))
            quoted.append(span.start..<span.end)
            let quote = attribute(marks, span: span, previous: previous, usedCues: &usedCues)
            if let speaker = quote.quotation.speaker {
                previous = (speaker, quote.mention, view.sentence(containing: span.end - 1))
            }
            results.append(quote.quotation)
        }
        results = mergeInterrupted(results)
        if reported {
            usedCues.sort()
            reportedSpeech(quoted: quoted, usedCues: usedCues, into: &results)
            headlineAttributions(into: &results)
        }
        results.sort { $0.span.start != $1.span.start ? $0.span.start < $1.span.start : $0.span.end > $1.span.end }
        return results
    }

    /// A quotation interrupted by its attribution is one quotation: `“A,” she said. “B.”` and
    /// `“A,” said X, “and B.”` give one direct quotation from the first mark to the last, with the
    /// cue and speaker of the first part (the convention of attribution corpora such as PolNeAR).
    private func mergeInterrupted(_ quotations: [Quotation]) -> [Quotation] {
        var merged: [Quotation] = []
        for quote in quotations {
            if var last = merged.last, last.kind == .direct, let cue = last.cue, cue.start >= last.span.end,
               quote.span.start > cue.end, quote.span.start - last.span.end < 400,
               quote.cue == nil || quote.cue == cue, quote.speaker == nil || quote.speaker == last.speaker,
               !containsParagraphBreak(from: Int(last.span.end), to: Int(quote.span.start)) {
                last.span.end = quote.span.end
                last.confidence = max(last.confidence, quote.confidence)
                merged[merged.count - 1] = last
                continue
            }
            merged.append(quote)
        }
        return merged
    }

    private func containsParagraphBreak(from start: Int, to end: Int) -> Bool {
        guard start < end, end <= view.bytes.count else { return false }
        var previousNewline = false
        for index in start..<end {
            let byte = view.bytes[index]
            if byte == 0x0A {
                if previousNewline { return true }
                previousNewline = true
            } else if byte != 0x20 && byte != 0x0D && byte != 0x09 {
                previousNewline = false
            }
        }
        return false
    }

    func tokenSpan(_ range: Range<Int>) -> Span {
        Span(start: view.tokens[range.lowerBound].span.start, end: view.tokens[range.upperBound - 1].span.end)
    }

    // MARK: Quotations

    private func attribute(_ marks: QuoteMarks, span: Span, previous: (speaker: QuoteSpeaker, mention: Int?, sentence: Int)?,
                           usedCues: inout [Int]) -> (quotation: Quotation, mention: Int?) {
        let firstSentence = view.sentence(containing: span.start)
        let lastSentence = view.sentence(containing: span.end - 1)
        let sentenceStart = view.tokenRanges.isEmpty ? 0 : view.tokenRanges[firstSentence].lowerBound
        var sentenceEnd = view.tokenRanges.isEmpty ? 0 : view.tokenRanges[lastSentence].upperBound
        let openToken = view.firstToken(atOrAfter: span.start)
        let afterToken = view.firstToken(atOrAfter: span.end)
        // Counted without building arrays (this runs for every quotation).
        var innerWords = 0
        for index in openToken..<min(afterToken, view.tokens.count) where view.tokens[index].kind != .punctuation { innerWords += 1 }

        var cue: Range<Int>?
        var speaker: Range<Int>?
        // A quote that ends its sentence may be attributed by the next one: “...!” / Trump said on Twitter.
        if afterToken >= sentenceEnd, lastSentence + 1 < view.tokenRanges.count {
            let following = view.tokenRanges[lastSentence + 1]
            if !following.isEmpty, following.lowerBound == afterToken, !finder.isQuoteMark(following.lowerBound),
               !containsParagraphBreak(from: Int(span.end), to: Int(view.tokens[following.lowerBound].span.start)),
               following.count <= 14
                && (following.lowerBound..<min(following.upperBound, following.lowerBound + 8))
                    .contains(where: { finder.cueAfterQuote(at: $0, limit: following.upperBound) != nil })
                // "“...?” said Susan Hennessey, a former National Security Agency lawyer now at ...": an
                // inverted cue opening the next sentence attributes the quote whatever its length.
                || view.isIn(following.lowerBound, .invertible) && following.count > 1 && view.isCapitalized(following.lowerBound + 1)
                    && finder.cue(at: following.lowerBound, limit: following.upperBound) != nil
                // "“...?” Clinton asks as a maintenance guy walks in ...", "“...!” some protesters chanted, three
                // days after ...": a short subject and its cue opening the next sentence.
                || (following.lowerBound + 1..<min(following.upperBound, following.lowerBound + 4)).contains(where: { probe in
                    guard let cueEnd = finder.cueAfterQuote(at: probe, limit: following.upperBound) else { return false }
                    // (Not a cue that introduces a quotation of its own: "Mr. Zahed said: “...”".)
                    let introduces = cueEnd < following.upperBound
                        && (view.isToken(cueEnd, ":") || finder.isQuoteMark(cueEnd)
                            || cueEnd + 1 < following.upperBound && view.isToken(cueEnd, ",") && finder.isQuoteMark(cueEnd + 1))
                    return !introduces
                        && (following.lowerBound..<probe).allSatisfy { view.tokens[$0].kind == .word && !view.isIn($0, .boundary) }
                        && finder.isAnimate(following.lowerBound..<probe)
                }) {
                sentenceEnd = following.upperBound
            }
        }
        // A sentence split inside the attribution ("Rep. Elijah E. Cummings (D-Md.) said"): when the
        // next sentence of the paragraph starts in lower case, it continues this one.
        if afterToken < sentenceEnd, sentenceEnd - afterToken <= 10, lastSentence + 1 < view.tokenRanges.count,
           !(afterToken..<sentenceEnd).contains(where: { finder.cue(at: $0, limit: sentenceEnd) != nil }) {
            let following = view.tokenRanges[lastSentence + 1]
            if !following.isEmpty, following.lowerBound == sentenceEnd, view.tokens[following.lowerBound].kind == .word,
               !view.isCapitalized(following.lowerBound),
               !containsParagraphBreak(from: Int(view.tokens[sentenceEnd - 1].span.end), to: Int(view.tokens[following.lowerBound].span.start)) {
                sentenceEnd = following.upperBound
            }
        }
        // “...” ― Adriana Rodarte: a dash and a name after the quotation (on the same line, whatever the
        // sentence split), or opening the next line ("“...”\n\n- Bernie Sanders.", the quotable format).
        if afterToken + 1 < view.tokens.count, view.isCapitalized(afterToken + 1),
           isDash(afterToken) && !containsParagraphBreak(from: Int(span.end), to: Int(view.tokens[afterToken].span.start))
            || (isDash(afterToken) || view.isToken(afterToken, "-")) && startsLine(afterToken) {
            var end = afterToken + 1
            let lineEnd = view.tokens.count
            while end < lineEnd, end < afterToken + 7, view.tokens[end].kind == .word || view.isToken(end, ".") {
                if view.bytes[Int(view.tokens[end - 1].span.end)..<Int(view.tokens[end].span.start)].contains(0x0A) { break }
                if containsParagraphBreak(from: Int(view.tokens[end - 1].span.end), to: Int(view.tokens[end].span.start)) { break }
                end += 1
            }
            // Not the full stop that ends the line ("- Sanders.").
            if end > afterToken + 2, view.isToken(end - 1, ".") { end -= 1 }
            speaker = (afterToken + 1)..<end
        }
        // After the quote: ", Kim said." / ", said Moon Seong-Mook, an analyst".
        var next = afterToken
        while next < sentenceEnd, view.tokens[next].kind == .punctuation, !finder.isQuoteMark(next),
              view.isPunctuation(next, in: Self.commaOrHyphen) || view.isToken(next, "—") { next += 1 }
        if speaker == nil, next < sentenceEnd {
            if let cueEnd = finder.cueAfterQuote(at: next, limit: sentenceEnd) {
                cue = next..<cueEnd
                speaker = finder.speaker(after: cueEnd, limit: sentenceEnd)
            } else {
                var probe = next
                var commas = 0
                while probe < min(sentenceEnd, next + (commas > 0 ? 24 : 16)) {
                    // A name may carry an apposition or a party in brackets before its cue:
                    // "Amy Pope, deputy homeland security advisor, said", "Sen. Jason Holsman (D) said".
                    if view.isToken(probe, ",") { commas += 1; if commas > 2 { break }; probe += 1; continue }
                    if view.isToken(probe, "(") || view.isToken(probe, ")") || view.isToken(probe, "&") { probe += 1; continue }
                    // A possessive apostrophe after a plural or a name in -s ("Sanders' campaign manager").
                    if probe > next, view.isToken(probe, "'") || view.isToken(probe, "’"), view.endsWith(probe - 1, "s"),
                       view.tokens[probe - 1].span.end == view.tokens[probe].span.start { probe += 1; continue }
                    if view.tokens[probe].kind == .punctuation, !view.isToken(probe, "-"), !view.isToken(probe, "."),
                       !isClitic(probe), !isInsideWord(probe) { break }
                    if probe >= next + 13 && commas == 0 { break }
                    if let cueEnd = finder.cueAfterQuote(at: probe, limit: sentenceEnd), probe > next {
                        cue = probe..<cueEnd
                        var end = probe
                        while end > next, finder.isBetween(end - 1) { end -= 1 }
                        while end > next, view.isToken(end - 1, ",") { end -= 1 }
                        if end > next {
                            let phrase = next..<end
                            let candidate = commas > 0 || view.isToken(end - 1, ")") ? phrase : (finder.subject(before: probe, floor: next) ?? phrase)
                            // The words between the quotation and the cue must be able to speak
                            // ("..., until gunshots are heard" is no attribution).
                            if view.isAnyWord(candidate.lowerBound, ["for", "of", "to", "from", "with"]), view.isIn(probe, .invertible),
                               let after = finder.speaker(after: cueEnd, limit: sentenceEnd) {
                                // "“This will be a challenge” for Clinton, said Kunin.": a phrase of the quoted
                                // sentence, then an inverted attribution.
                                speaker = after
                            } else if !view.isIn(candidate.lowerBound, .boundary),
                               !finder.isBetween(candidate.lowerBound) {
                                speaker = candidate
                            } else {
                                cue = nil
                            }
                        }
                        break
                    }
                    probe += 1
                }
            }
        }
        // Before the quote: "Putin responded: “...”", "Kim noted that ... “...”", "According to X, “...”".
        if cue == nil, openToken > sentenceStart {
            // A cue right before the quote ("Mr. Daley said: “...”") comes first; otherwise the main
            // clause's cue: the first one in the sentence with a speaker ("Kim noted that together
            // with Putin they agreed to deepen their “strategic ...”").
            var probe = sentenceStart
            var floor = sentenceStart
            var adjacent = openToken - 1
            while adjacent > sentenceStart, view.isToken(adjacent, ":") || view.isToken(adjacent, ",") { adjacent -= 1 }
            if adjacent < openToken - 1 || adjacent == openToken - 1 {
                var start = adjacent
                while start > sentenceStart, finder.cue(at: start, limit: openToken) == nil, start > adjacent - 2 { start -= 1 }
                // "... then leaned in and boomed: “...”": a verb of speaking manner right before the colon.
                let manner = finder.cue(at: start, limit: openToken) == nil && adjacent < openToken - 1 && view.isToken(adjacent + 1, ":")
                    && finder.cueAfterQuote(at: adjacent, limit: openToken) != nil
                if manner { start = adjacent }
                // Not back over an earlier quotation in the sentence when the cue introduces this one
                // after a comma or colon ("“A,” he said, adding, “B.”").
                var adjacentFloor = sentenceStart
                for index in stride(from: start - 1, through: sentenceStart, by: -1) where adjacent < openToken - 1 && finder.isQuoteMark(index) {
                    adjacentFloor = index + 1
                    break
                }
                // A participle (", adding, “...”", "on Facebook writing, “...”") keeps the speaker of
                // the clause it continues: the subject of an earlier cue in the sentence ("Spicer said,
                // adding"), or the sentence's subject after a comma ("Warren ... endorsed Clinton, saying").
                let participle = view.endsWith(start, "ing")
                let earlier = participle ? earlierCueSubject(before: start, floor: adjacentFloor)
                    : coordinatedPronoun(before: start, floor: adjacentFloor)
                let afterComma = participle && start > adjacentFloor && view.isToken(start - 1, ",")
                if let cueEnd = manner ? adjacent + 1 : finder.cue(at: start, limit: openToken), cueEnd > adjacent - 1,
                   let found = earlier ?? (afterComma ? finder.sentenceSubject(from: adjacentFloor, before: start) : nil)
                       ?? finder.subject(before: start, floor: adjacentFloor) ?? finder.sentenceSubject(from: adjacentFloor, before: start),
                   finder.isAnimate(found) {
                    cue = start..<cueEnd
                    speaker = found
                    probe = openToken
                }
            }
            while probe < openToken {
                if finder.isQuoteMark(probe) { floor = probe + 1 }
                if probe >= floor, let cueEnd = finder.cue(at: probe, limit: openToken) {
                    let found = view.isWord(probe, "according")
                        ? finder.speaker(after: cueEnd, limit: openToken)
                        : (finder.subject(before: probe, floor: floor)
                            // Not the listener after "told" ("Priebus later Thursday told Fox News: “...”").
                            ?? (view.isToken(cueEnd, ":") || view.isIn(cueEnd - 1, .listener) ? nil : finder.speaker(after: cueEnd, limit: openToken))
                            ?? finder.sentenceSubject(from: floor, before: probe))
                    if let found, finder.isAnimate(found) {
                        cue = probe..<cueEnd
                        speaker = found
                        break
                    }
                }
                probe += 1
            }
        }

        // "Dr. Ward stated:" ending the paragraph before: its cue and speaker introduce the quote.
        if cue == nil, speaker == nil, openToken == sentenceStart, firstSentence > 0 {
            let previous = view.tokenRanges[firstSentence - 1]
            if previous.count >= 2, view.isToken(previous.upperBound - 1, ":") {
                var probe = previous.upperBound - 2
                while probe >= previous.lowerBound, probe >= previous.upperBound - 6 {
                    if let cueEnd = finder.cue(at: probe, limit: previous.upperBound),
                       let found = finder.subject(before: probe, floor: previous.lowerBound)
                           ?? finder.sentenceSubject(from: previous.lowerBound, before: probe), finder.isAnimate(found) {
                        cue = probe..<cueEnd
                        speaker = found
                        break
                    }
                    probe -= 1
                }
            }
        }

        // A speaker label before a colon, as in transcripts: "Rep. Trey Gowdy (R-S.C.): “...”".
        // After a headline and a dash, the label is what follows the dash ("RED STATES OUTNUMBER BLUE
        // STATES - Jeffrey M. Jones: “...”").
        var labelStart = sentenceStart
        if cue == nil, openToken > sentenceStart + 2, view.isToken(openToken - 1, ":"),
           let dash = stride(from: openToken - 2, through: sentenceStart + 1, by: -1).first(where: { isDash($0) || view.isToken($0, "-") && !isInsideWord($0) }),
           openToken - 1 - dash <= 6, dash + 1 < openToken - 1, view.isCapitalized(dash + 1) {
            labelStart = dash + 1
        }
        if cue == nil, openToken > labelStart, view.isToken(openToken - 1, ":"), openToken - 1 - labelStart <= 10,
           (labelStart..<(openToken - 1)).contains(where: { view.isCapitalized($0) }) {
            speaker = labelStart..<(openToken - 1)
        }

        // Direct: a whole utterance, alone in its sentence but for the attribution around it.
        let noWordBefore = !(sentenceStart..<openToken).contains { view.tokens[$0].kind != .punctuation }
        let opensUtterance = noWordBefore || (openToken > sentenceStart
            && (view.isToken(openToken - 1, ":") || view.isToken(openToken - 1, ",")))
        let noWordAfter = !(afterToken..<max(afterToken, sentenceEnd)).contains { view.tokens[$0].kind != .punctuation }
        let closesUtterance = noWordAfter || (cue.map { $0.lowerBound >= afterToken } ?? false)
        let attributedAfter = cue.map { $0.lowerBound >= afterToken || $0.upperBound <= sentenceStart } ?? false
        let isDirect = !marks.capped && innerWords >= (attributedAfter ? 1 : 3) && opensUtterance && closesUtterance
            && !(!noWordBefore && cue.map { $0.lowerBound < openToken } != true && !view.isToken(openToken - 1, ":"))

        var quoteSpeaker: QuoteSpeaker?
        var mention: Int?
        var confidence = isDirect ? 0.5 : 0.4
        if let speaker {
            let linked = linker.link(speaker, pronoun: finder.isPronoun(speaker), previousSpeaker: previous?.mention)
            mention = linked?.0
            quoteSpeaker = QuoteSpeaker(span: tokenSpan(speaker), entityID: linked.map { view.mentions[$0.0].id },
                                        canonical: linked.map { view.mentions[$0.0].canonical })
            confidence = linked.map { min(0.95, $0.1 + (isDirect ? 0.05 : 0)) } ?? 0.6
        } else if isDirect, let previous, previous.sentence >= firstSentence - 2, noWordBefore {
            // A quote that continues the previous speaker's words ("“...,” he said. “More.”").
            quoteSpeaker = previous.speaker
            mention = previous.mention
            confidence = 0.6
        }
        if marks.capped { confidence = min(confidence, 0.3) }
        // A direct quote's cue is used up; a partial quote's cue still introduces reported speech.
        if isDirect, let cue { usedCues.append(cue.lowerBound) }
        let quotation = Quotation(span: span, kind: isDirect ? .direct : .partial, cue: cue.map(tokenSpan),
                                  speaker: quoteSpeaker, confidence: confidence)
        return (quotation, mention)
    }

    /// For a coordinated cue ("he laughed and said, “...”", "he looked into the camera, furrowed his
    /// brow and said"), the nearest subject pronoun before the `and`, within its clause.
    private func coordinatedPronoun(before cue: Int, floor: Int) -> Range<Int>? {
        var before = cue
        while before > floor, finder.isBetween(before - 1) { before -= 1 }
        guard before > floor, view.isWord(before - 1, "and") else { return nil }
        var probe = before - 2
        while probe >= floor, probe >= before - 16 {
            if view.isToken(probe, ";") || finder.isQuoteMark(probe) || view.isIn(probe, .subordinator) { return nil }
            if view.isAnyWord(probe, ["he", "she", "they", "we", "i"]) { return probe..<(probe + 1) }
            // A name is the clause's subject ("When asked whom she supported, Ms. Sherry smiled and
            // said"), and a pronoun past an earlier cue is that cue's ("Hayek confirmed she had been
            // and said"): the caller's subject rules decide.
            if probe > floor && view.isCapitalized(probe) || probe < before - 2 && finder.cue(at: probe, limit: before) != nil {
                return nil
            }
            probe -= 1
        }
        return nil
    }

    /// The subject of the nearest finite cue before `index` in the same stretch of the sentence
    /// ("Spicer said, adding, ..."), if any.
    private func earlierCueSubject(before index: Int, floor: Int) -> Range<Int>? {
        var probe = index - 1
        while probe >= floor, probe >= index - 12 {
            if finder.cue(at: probe, limit: index) != nil, !view.endsWith(probe, "ing"),
               let found = finder.subject(before: probe, floor: floor) {
                return found
            }
            probe -= 1
        }
        return nil
    }

    /// Whether the token is the first on its line (only spaces before it since a line break).
    private func startsLine(_ index: Int) -> Bool {
        var position = Int(view.tokens[index].span.start) - 1
        while position >= 0 {
            let byte = view.bytes[position]
            if byte == 0x0A { return true }
            if byte != 0x20 && byte != 0x09 && byte != 0x0D { return false }
            position -= 1
        }
        return false
    }

    /// A symbol glued to letters on both sides (odd characters inside a name).
    private func isInsideWord(_ index: Int) -> Bool {
        guard index > 0, index + 1 < view.tokens.count else { return false }
        return view.tokens[index - 1].span.end == view.tokens[index].span.start
            && view.tokens[index + 1].span.start == view.tokens[index].span.end
    }

    /// A dash that introduces a quotation's source (― — –).
    func isDash(_ index: Int) -> Bool {
        let span = view.tokens[index].span
        guard span.length == 3, view.bytes[Int(span.start)] == 0xE2, view.bytes[Int(span.start) + 1] == 0x80 else { return false }
        return (0x93...0x95).contains(view.bytes[Int(span.start) + 2])
    }

    private func isClitic(_ index: Int) -> Bool {
        let span = view.tokens[index].span
        return span.length >= 2 && (view.bytes[Int(span.end) - 1] == UInt8(ascii: "s") || view.bytes[Int(span.end) - 1] == UInt8(ascii: "S"))
    }
}
