import NLPCore

/// Finds the speaker span around a cue: the noun phrase before it (`Kim assured`, `The United States
/// has accused`) or, in the inverted order, after it (`said Moon Seong-Mook, an analyst`).
final class SpeakerFinder {
    let view: TextView
    let lexicon: CueLexicon
    /// For each token, the length in tokens of the cue that starts there (phrases included), or 0
    /// (one byte per token).
    private let cueLengths: UnsafeMutableBufferPointer<UInt8>
    /// Tokens that are noun cues (`claim`, `warning`) or raising verbs (`seemed`), in text order.
    let nounCues: [Int]
    /// Tokens that start a cue, in text order (reported speech visits these, not every token).
    let cueStarts: [Int]

    /// Scans the view for cues; `lengths` is a cleared buffer of one byte per token (the worker's scratch).
    init(view: TextView, lexicon: CueLexicon, lengths: UnsafeMutableBufferPointer<UInt8>) {
        self.view = view
        self.lexicon = lexicon
        let (starts, nouns) = lexicon.withCueFilter { Self.scan(view: view, lexicon: lexicon, filter: $0, lengths: lengths) }
        self.cueLengths = lengths
        self.cueStarts = starts
        self.nounCues = nouns
    }

    /// The cue scan: one pass over the tokens with a bit filter on raw bytes; only the few words
    /// that pass look the lexicon up. Sets `lengths` for cue tokens; returns the cue starts and the
    /// noun cues. (A static function with local state: state captured by a closure would be boxed
    /// and checked for exclusive access on every use.)
    private static func scan(view: TextView, lexicon: CueLexicon, filter: UnsafeBufferPointer<UInt64>,
                             lengths: UnsafeMutableBufferPointer<UInt8>) -> (starts: [Int], nouns: [Int]) {
        let bytes = view.bytes
        var titleCase = (sentence: -1, value: false)
        var nouns: [Int] = []
        var starts: [Int] = []
        starts.reserveCapacity(view.tokens.count / 16)
        // The sentence of a token, for tokens asked about in increasing order: a pointer that
        // only moves forward (the first sentence whose tokens end after the token, or the last).
        var sentences = ForwardSentenceCursor(ranges: view.tokenRanges)
        let tokens = view.tokens
        for index in 0..<tokens.count {
            let token = tokens[index]
            let length = Int(token.span.end) &- Int(token.span.start)
            guard length > 0 else { continue }
            let start = Int(token.span.start)
            // The first three bytes in one load (past the end of a shorter token they are never
            // used: the signature holds the length).
            let head: UInt32 = start &+ 4 <= bytes.count
                ? UnsafeRawPointer(bytes.baseAddress! + start).loadUnaligned(as: UInt32.self)
                : UInt32(bytes[start]) | UInt32(bytes[start + min(1, length - 1)]) << 8
                    | UInt32(bytes[start + min(2, length - 1)]) << 16
            let first = UInt8(truncatingIfNeeded: head)
            let folded = first | 0x20
            let signature = UInt64(truncatingIfNeeded: length) << 32 | UInt64(folded) << 24
                | UInt64(head >> 8 & 0xFFFF) << 8 | UInt64(bytes[start + length - 1])
            // The filter test alone, as the only branch: it rejects almost every token, and it
            // rejects what the tests below reject too (a signature holds the length and the raw
            // second and third bytes, so capitals and punctuation almost never pass). They run on
            // the few tokens that pass, so that the loop has one well-predicted branch per token.
            guard CueLexicon.mayBeCue(signature: signature, filter: filter) else { continue }
            // A word in capitals ("HEARING IMPAIRED SERVICE") is a label, not a cue: its second letter is upper case.
            let second = UInt8(truncatingIfNeeded: head >> 8)
            guard token.kind == .word, (3...14).contains(length), (97...122).contains(folded), !(65...90).contains(second),
                  let key = WordKey(bytes, from: start, count: length) else { continue }
            // The lexicon lookup first: it is cheaper than the title-case test below.
            let kind = lexicon.kind(of: key)
            guard !kind.isEmpty else { continue }
            let capital = (65...90).contains(first)
            // Cues are written in lower case in running text ("States" in "United States"
            // is not "states"), except at the start of a sentence ("According to ..."). A
            // capitalised cue inside a sentence counts only in a title-case headline ("Trump Says
            // He Never Pledged ...").
            if capital {
                let startsSentence = index == 0 || sentences.sentence(of: index - 1) != sentences.sentence(of: index)
                let sentence = sentences.sentence(of: index)
                if !startsSentence {
                    if titleCase.sentence != sentence { titleCase = (sentence, Self.isTitleCase(sentence, view: view)) }
                    guard titleCase.value else { continue }
                }
            }
            let found = Self.confirmCue(at: index, key: key, kind: kind, view: view, lexicon: lexicon, capital: capital)
            if let end = found.end { lengths[index] = UInt8(end - index); starts.append(index) }
            if found.noun { nouns.append(index) }
        }
        return (starts, nouns)
    }

    /// Whether a sentence is a headline in title case: most of its words of four letters or more are capitalised.
    static func isTitleCase(_ sentence: Int, view: TextView) -> Bool {
        guard sentence < view.tokenRanges.count else { return false }
        var capitalised = 0, lower = 0
        for index in view.tokenRanges[sentence] where view.tokens[index].kind == .word && view.tokens[index].span.length >= 4 {
            if view.isCapitalized(index) { capitalised += 1 } else { lower += 1 }
        }
        return capitalised >= 3 && lower * 5 <= capitalised
    }

    /// Words that may stand between a subject and its cue: auxiliaries and adverbs.
    static let betweenWords: Set<String> = Set("""
        has have had was were is are will would also later then repeatedly again recently previously once further
        separately immediately quickly simply just reportedly publicly privately strongly firmly clearly explicitly
        openly bluntly flatly sharply loudly angrily calmly quietly earlier today yesterday still already often
        never not n't n’t did does do can could may might must should shall been being even only himself herself
        themselves itself now first long once always ever reportedly initially
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))

    /// Whether token `index` may stand between a subject and its cue: an auxiliary or an adverb
    /// (`betweenWords`, or a lower-case word in -ly: "Clinton has repeatedly said").
    func isBetween(_ index: Int) -> Bool {
        view.tokens[index].kind == .word && view.isIn(index, [.between, .lyAdverb]) || isHasClitic(index)
    }

    /// Whether the token is the clitic of "has" after "he" or "she" ("she’s said", "he's told").
    func isHasClitic(_ index: Int) -> Bool {
        index > 0 && view.isAnyWord(index, ["’s", "'s"]) && view.isAnyWord(index - 1, ["he", "she"])
    }

    /// Words in -ly that are not adverbs.
    static let lyNouns: Set<String> = ["family", "rally", "ally", "bully", "assembly", "supply", "july", "italy", "daily", "weekly", "monthly", "quarterly"]

    /// Words that end a noun phrase when walking back from a cue.
    static let boundaryWords: Set<String> = Set("""
        that which who whom whose when while because although though if and but or so as than after before since
        until unless where whereas whether said says told to in on at with from by into during amid despite
        against about over under through without within among between via per
        monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow earlier later
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))

    static let weekdays: Set<String> = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

    /// Subject pronouns.
    static let pronouns: Set<String> = ["he", "she", "they", "it", "we", "i", "you"]

    private static let stopPunctuation = ASCIISet(",;:()[]{}!?\"")

    /// A cue right after a quotation, where a few more verbs attribute it ("“...,” it read.").
    func cueAfterQuote(at index: Int, limit: Int) -> Int? {
        if let end = cue(at: index, limit: limit) { return end }
        guard view.tokens[index].kind == .word, !view.isCapitalized(index) else { return nil }
        if view.isIn(index, .mannerOfSpeaking) { return index + 1 }
        // "”, Viguerie notes.": a verb that is usually a noun, at the end of the attribution.
        if index + 1 < limit, view.tokens[index + 1].kind == .punctuation, !isQuoteMark(index + 1), let key = view.key(index),
           lexicon.kind(of: key).contains(.nounLikeThirdPerson) {
            return index + 1
        }
        return nil
    }

    /// Verbs that attribute a quotation right after it ("“This is fantastic!” beamed Donald Hartley"),
    /// though they are not speech verbs elsewhere.
    static let mannerOfSpeaking: Set<String> = [
        "read", "reads", "answered", "answers", "beamed", "cried", "blared", "opined", "exhorted", "laughed", "scoffed",
        "sneered", "mused", "marveled", "marvelled", "thundered", "bellowed", "roared", "fumed", "chimed", "deadpanned",
        "enthused", "cracked", "boomed", "huffed", "wondered", "offered", "volunteered", "shrugged", "smiled", "joked",
        "barked", "charged", "snapped", "reacted", "begins", "began", "started", "chanted", "yelled", "shouted", "screamed",
    ]

    /// Whether token `index` is a cue; returns the index one past the cue (multi-word cues), if the
    /// cue ends by `limit`.
    @inline(__always)
    func cue(at index: Int, limit: Int) -> Int? {
        let length = Int(cueLengths[index])
        return length > 0 && index + length <= limit ? index + length : nil
    }

    /// Whether token `index` (its key and its non-empty lexicon kind), which passed the byte filter,
    /// starts a cue. Also says whether the word is a noun cue (`claim`, `warning`).
    private static func confirmCue(at index: Int, key: WordKey, kind: CueLexicon.Kind, view: TextView, lexicon: CueLexicon,
                                   capital: Bool) -> (end: Int?, noun: Bool) {
        let noun = !capital && kind.contains(.noun)
        let limit = view.tokens.count
        if kind.contains(.phraseStart) {
            // Compared as word keys (the phrases are short lower-case ASCII words): no string is built.
            let word = key
            for phrase in CueLexicon.phraseKeys where phrase[0] == word && index + phrase.count <= limit {
                var matches = true
                for offset in 1..<phrase.count where view.key(index + offset) != phrase[offset] { matches = false; break }
                if matches { return (index + phrase.count, noun) }
            }
        }
        // After a determiner a verb form is a noun or an adjective ("a ruling party official", "the
        // talks covered"): no verb cue.
        if index > 0, view.isIn(index - 1, .determiner) {
            return (nil, noun)
        }
        // After a possessive it is a noun too ("their support", "Breitbart’s reporting team"; but
        // "she’s said" is "she has said": after ’s only an -ing form is taken for a noun); glued to
        // a hyphen, an adjective ("Soviet-backed", "state-sponsored"); before "off", a phrasal verb
        // that is not speech ("called off", "showing off").
        if index > 0, view.isAnyWord(index - 1, ["his", "their", "its", "our", "my", "your"])
            || view.isAnyWord(index - 1, ["’s", "'s"]) && view.endsWith(index, "ing")
            || view.isToken(index - 1, "-") && view.tokens[index - 1].span.end == view.tokens[index].span.start
            || index + 1 < limit && view.isWord(index + 1, "off")
            // "14 percent, compared to 76 percent": a comparison, not a speaker's.
            || index + 1 < limit && view.isWord(index, "compared") && view.isAnyWord(index + 1, ["to", "with"]) {
            return (nil, noun)
        }
        // "attention regarding the encounter": prepositions, unless a form of "be" makes them verbs.
        if view.isAnyWord(index, ["regarding", "concerning", "considering"]), index == 0 || !view.isIn(index - 1, .beForm) {
            return (nil, noun)
        }
        if kind.contains(.verb) { return (index + 1, noun) }
        // "reports", "claims", "calls" are verbs when a clause or a quotation follows, or after a
        // name or pronoun when an object follows ("Ryan calls it", "Clinton hopes to").
        if kind.contains(.nounLikeThirdPerson), index + 1 < limit {
            if view.isToken(index + 1, ":") || view.isWord(index + 1, "that") || isQuoteMark(index + 1, in: view)
                || index + 2 < limit && view.isToken(index + 1, ",") && isQuoteMark(index + 2, in: view) { return (index + 1, noun) }
            if index > 0, view.tokens[index - 1].kind == .word, view.isIn(index + 1, .objectStart),
               view.isCapitalized(index - 1) || view.isAnyWord(index - 1, ["he", "she", "it", "who"]) {
                return (index + 1, noun)
            }
        }
        return (nil, noun)
    }

    /// Words that open the object of a verb after a noun-like -s form ("calls it", "hopes to").
    static let objectStarts: Set<String> = ["to", "for", "on", "it", "him", "her", "them", "us", "the", "a", "an", "his", "their", "its", "this"]


    /// The subject before the cue at `cue`, not reaching before `floor`: skips auxiliaries and
    /// adverbs, then takes the noun phrase back to a boundary. `nil` if there is none, or if it
    /// cannot speak and `requireAnimate`.
    func subject(before cueIndex: Int, floor: Int, requireAnimate: Bool = true) -> Range<Int>? {
        var end = cueIndex
        while end > floor, isBetween(end - 1) { end -= 1 }
        // "Hillary Clinton on Tuesday said": a day between the subject and the cue.
        if end - 2 > floor, view.isWord(end - 2, "on"), view.isIn(end - 1, .weekday) {
            end -= 2
            while end > floor, isBetween(end - 1) { end -= 1 }
        }
        guard end > floor else { return nil }
        // "Sen. Chris Murphy (D-Conn.) says", "Jason Sims — a teacher — says": skip back over the aside.
        if view.isToken(end - 1, ")") || isDash(end - 1) {
            let closing = end - 1
            var open = closing - 1
            while open > floor, open > closing - 30,
                  !(view.isToken(closing, ")") ? view.isToken(open, "(") : isDash(open)) { open -= 1 }
            guard open > floor, view.isToken(closing, ")") ? view.isToken(open, "(") : isDash(open) else { return nil }
            end = open
        }
        // "X, citing Y, advised": skip back over an apposition between commas.
        if end > floor, view.isToken(end - 1, ",") {
            var comma = end - 2
            while comma > floor, comma > end - 26, !view.isToken(comma, ",") { comma -= 1 }
            guard comma > floor, view.isToken(comma, ",") else { return nil }
            // "the ministry's spokesperson, Lim Soo-suk, emphasized": the named person speaks.
            let apposition = (comma + 1)..<(end - 1)
            if !apposition.isEmpty {
                let span = Span(start: view.tokens[apposition.lowerBound].span.start, end: view.tokens[apposition.upperBound - 1].span.end)
                if let index = view.mentionIndex(containing: span), view.labels[index] == .person, view.mentions[index].span == span {
                    return apposition
                }
            }
            end = comma
            // An age between commas ("Marley Anderson, 21, a student from Las Vegas, said").
            if end - 2 > floor, view.isToken(end - 2, ","), view.tokens[end - 1].span.length <= 3,
               (48...57).contains(view.firstByte(end - 1)) {
                end -= 2
            }
        }
        guard end > floor else { return nil }
        // A subject pronoun right before the cue is the subject on its own ("with Putin they agreed").
        if view.tokens[end - 1].kind == .word, view.isIn(end - 1, .pronoun) { return (end - 1)..<end }
        var start = end
        while start > floor, start > end - 9 {
            let previous = start - 1
            let token = view.tokens[previous]
            if token.kind == .punctuation {
                // Possessive clitics, hyphens and periods stay inside names; other punctuation stops.
                if view.isPunctuation(previous, in: Self.stopPunctuation) || isQuoteMark(previous) { break }
                if view.isToken(previous, "-") || view.isToken(previous, ".") { start = previous; continue }
                break
            }
            // "for" and "of" stay inside descriptions ("a spokesman for the ministry", "head of state"),
            // and "and" between names ("Putin and Kim").
            let joinsNames = previous > floor && view.isWord(previous, "and") && view.isCapitalized(previous - 1) && view.isCapitalized(start)
            if (view.isIn(previous, .boundary) && !view.isWord(previous, "for") && !view.isWord(previous, "of") && !joinsNames)
                || (cue(at: previous, limit: end) != nil && previous < end - 1) { break }
            // Without the animacy test the phrase must not run back over a verb ("Police received 911 calls").
            if !requireAnimate, view.endsWith(previous, "ed") || view.isIn(previous, [.auxiliary, .beForm]) { break }
            start = previous
            // A capitalised determiner inside the phrase starts it ("in the last hours The British government").
            if previous > floor, view.isCapitalized(previous), view.isAnyWord(previous, ["the", "a", "an"]) { break }
        }
        guard start < end else { return nil }
        while start < end, view.tokens[start].kind == .word, view.isAnyWord(start, ["for", "of"]) { start += 1 }
        guard let range = trimmed(start..<end), !requireAnimate || isAnimate(range) else { return nil }
        return range
    }

    /// Nouns that name people or bodies that speak.
    static let speakingNouns: Set<String> = Set("""
        official officials spokesman spokeswoman spokesperson spokespeople minister ministers ministry president
        leader leaders government governments analyst analysts expert experts source sources diplomat diplomats
        observer observers critic critics lawmaker lawmakers senator senators aide aides adviser advisers advisor
        advisors agency media office department administration authorities authority committee council party
        parties side sides nation nations country countries state officer officers commander commanders army
        military police prosecutor prosecutors judge court campaign team staff spokesmen researchers researcher
        scientists economists economist people residents citizens voters members member chairman chairwoman
        director executive executives company firm bank group union newspaper paper statement report study survey
        poll document letter website editorial board delegation embassy kremlin white house pentagon guard press
        man woman men women person he she they we i you it candidate candidates secretary governor mayor envoy ambassador
        email emails memo ad ads article post tweet book filing lawsuit complaint ruling resolution others some many
        spokesmen supporters opponents protesters democrats republicans conservatives liberals activists
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))

    /// `speakingNouns` and the regular plurals of its singular nouns ("unions", "agencies").
    static let speakingNounsWithPlurals: Set<String> = speakingNouns.union(speakingNouns.compactMap { noun in
        guard noun.count > 2, !noun.hasSuffix("s"), !pronouns.contains(noun) else { return nil }
        if noun.hasSuffix("y"), let last = noun.dropLast().last, !"aeiou".contains(last) { return noun.dropLast() + "ies" }
        if noun.hasSuffix("man") { return noun.dropLast(3) + "men" }
        if noun.hasSuffix("ch") || noun.hasSuffix("sh") || noun.hasSuffix("x") { return noun + "es" }
        return noun + "s"
    })

    /// Whether a subject can speak: it ends in a name (a capitalised word), a pronoun or a noun for
    /// people or bodies ("analysts", "the ministry"); "the meeting" or "Kim's visit" cannot.
    func isAnimate(_ range: Range<Int>) -> Bool {
        if isAnimateHead(range.upperBound - 1) { return true }
        // "Some advocates for stem cell research", "47 percent of registered voters": the head
        // comes before the first preposition.
        if let preposition = range.dropFirst().first(where: { view.isAnyWord($0, ["of", "for", "from", "in", "at", "with", "on"]) }) {
            return isAnimateHead(preposition - 1)
        }
        return false
    }

    private func isAnimateHead(_ last: Int) -> Bool {
        let lastSpan = view.tokens[last].span
        if let index = view.mentionIndex(containing: lastSpan) {
            return !view.labels[index].isInanimate
        }
        if view.isCapitalized(last) { return true }
        if view.isIn(last, [.speakingNoun, .pronoun, .sourceNoun]) { return true }
        // Nouns for people by their ending: businessman, announcer, columnist, historian, resident.
        let length = view.tokens[last].span.length
        return Self.peopleEndings.contains { length > $0.utf8CodeUnitCount + 2 && view.endsWith(last, $0) }
    }

    private static let peopleEndings: [StaticString] = ["man", "men", "woman", "women", "person", "er", "ers", "or", "ors", "ist", "ists",
                                                         "ian", "ians", "ent", "ents", "ant", "ants"]

    /// Sources of information that attribution corpora treat as speakers ("exit polls suggested",
    /// "public records show"), and shares of people ("47 percent said", "half say").
    static let sourceNouns: Set<String> = Set("""
        polls surveys reports studies documents records data findings results numbers figures estimates
        projections analysis analyses research evidence memos letters statements filings emails tweets
        records polling census indictment complaint lawsuits audit review investigation inquiry
        percent half third quarter majority minority plurality most all both advocates allies donors
        fans friends family aides staffers backers delegates superdelegates insiders strategists pollsters
        pundits commentators observers colleagues rivals opponents americans everyone nobody someone many few
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))

    /// The speaker after an inverted cue (`said Moon Seong-Mook, an analyst ...`): up to the next
    /// comma, stop or quotation mark, at most 10 tokens.
    func speaker(after cueEnd: Int, limit: Int) -> Range<Int>? {
        // "said of Mr. Rubio" is about him, not by him.
        if cueEnd < limit, view.isAnyWord(cueEnd, ["of", "about", "that", "to", "in", "on", "at"]) { return nil }
        var end = cueEnd
        while end < limit, end < cueEnd + 10 {
            if view.tokens[end].kind == .punctuation,
               view.isPunctuation(end, in: Self.stopPunctuation) || isQuoteMark(end) || view.isToken(end, ".") { break }
            if view.tokens[end].kind == .word, view.isIn(end, .boundary),
               !view.isAnyWord(end, ["of", "for"]) { break }
            end += 1
        }
        return end > cueEnd ? trimmed(cueEnd..<end) : nil
    }

    /// Sentence-initial function words that are not part of a subject ("And then Trump ...").
    /// Articles and demonstratives: a verb form after one is a noun or an adjective.
    static let determiners: Set<String> = ["a", "an", "the", "this", "these", "those", "every", "each"]

    /// Prepositions that open an adverbial phrase before the subject ("Alongside military technology, Kim ...").
    static let openingPrepositions: Set<String> = ["alongside", "besides", "beside", "among", "amid", "amidst", "despite",
                                                      "following", "under", "unlike", "like", "against", "through",
                                                      "throughout", "within", "across", "beyond", "toward", "towards",
                                                      "regarding", "ahead", "aside", "apart", "upon", "over", "around"]

    static let openers: Set<String> = Set("""
        and but so then yet also still now later meanwhile however instead thus when while after before as if
        in on at for with from by during since until though although because earlier today yesterday last this
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))

    /// The subject of the sentence's main clause, for cues in a participle or a coordinated clause
    /// ("Trump went on the attack, saying, “...”", "Mrs. Clinton shook her head and said, “No.”"):
    /// the first pronoun or capitalised name before the cue, skipping opening words.
    func sentenceSubject(from start: Int, before cueIndex: Int) -> Range<Int>? {
        var index = start
        // An opening phrase up to the first comma is not the subject: one that opens with an opener
        // ("On Tuesday, Mr. McConnell ...") or a short one with a preposition or a number that does not
        // open with a name ("Back in 1999, Mr. Trump ..."; not "Vladimir Putin went on the attack, saying").
        if index < cueIndex {
            var comma = index
            var preposition = false
            while comma < cueIndex, comma < index + 12, !view.isToken(comma, ",") {
                if comma > index, view.tokens[comma].kind == .word,
                   view.isAnyWord(comma, ["in", "on", "at", "during", "after", "before", "since", "from", "with", "without", "amid", "despite"])
                    || (48...57).contains(view.firstByte(comma)) {
                    preposition = true
                }
                comma += 1
            }
            let opener = view.isIn(index, .opener) || view.endsWith(index, "ly") || view.isIn(index, .openingPreposition)
            let adverbial = preposition && comma - index <= 5 && view.mentionIndex(containing: view.tokens[index].span) == nil
            if opener || adverbial, comma < cueIndex, view.isToken(comma, ",") { index = comma + 1 }
        }
        while index < cueIndex {
            let token = view.tokens[index]
            if token.kind == .punctuation || view.isIn(index, .opener) && !view.isCapitalized(index + 1 < cueIndex ? index : index) {
                index += 1
                continue
            }
            if view.isIn(index, .opener) { index += 1; continue }
            if view.isIn(index, .pronoun) { return index..<(index + 1) }
            // "The Arizona Republican survived ... and says": a determiner, then names or a noun for speakers.
            if view.isAnyWord(index, ["the", "a", "an"]) {
                var end = index + 1
                var head: Int?
                while end < cueIndex, end < index + 6, view.tokens[end].kind == .word {
                    if view.isCapitalized(end) || view.isIn(end, .speakingNoun) || view.isIn(end, .sourceNoun) {
                        head = end + 1
                    } else if head != nil {
                        break
                    }
                    end += 1
                }
                return head.map { index..<$0 }
            }
            guard view.isCapitalized(index), !view.isAnyWord(index, ["this", "that", "these", "those"]) else { return nil }
            var end = index + 1
            while end < cueIndex, view.isCapitalized(end) || view.isToken(end, ".") || (isClitic(end)) { end += 1 }
            // "Hillary Clinton’s right-hand woman": the name, not its clitic.
            if end - 1 > index, isClitic(end - 1) { end -= 1 }
            return index..<end
        }
        return nil
    }

    private func isClitic(_ index: Int) -> Bool {
        let span = view.tokens[index].span
        return span.length == 2 && view.bytes[Int(span.end) - 1] | 0x20 == UInt8(ascii: "s")
            || span.length == 4 && view.bytes[Int(span.end) - 1] | 0x20 == UInt8(ascii: "s") && view.bytes[Int(span.start)] == 0xE2
    }

    /// Drops leading and trailing punctuation.
    private func trimmed(_ range: Range<Int>) -> Range<Int>? {
        var start = range.lowerBound, end = range.upperBound
        while start < end, view.tokens[start].kind == .punctuation { start += 1 }
        while end > start, view.tokens[end - 1].kind == .punctuation, !view.isToken(end - 1, ".") { end -= 1 }
        return start < end ? start..<end : nil
    }

    /// Whether token `index` is a dash that sets off an aside (— – --).
    func isDash(_ index: Int) -> Bool {
        let span = view.tokens[index].span
        if span.length == 2 { return view.isToken(index, "--") }
        guard span.length == 3, view.bytes[Int(span.start)] == 0xE2, view.bytes[Int(span.start) + 1] == 0x80 else { return false }
        return (0x93...0x95).contains(view.bytes[Int(span.start) + 2])
    }

    /// Whether token `index` is a quotation mark.
    @inline(__always)
    func isQuoteMark(_ index: Int) -> Bool { Self.isQuoteMark(index, in: view) }

    /// Whether token `index` of `view` is a quotation mark (" « » and the curly ones).
    @inline(__always)
    static func isQuoteMark(_ index: Int, in view: TextView) -> Bool {
        let span = view.tokens[index].span
        let first = view.bytes[Int(span.start)]
        // Most tokens start with a letter or digit: one test rejects them.
        if first != 0x22 && first != 0xC2 && first != 0xE2 && first != 0x27 && first != 0x60 { return false }
        return isQuoteMarkSlow(index, first: first, span: span, in: view)
    }

    private static func isQuoteMarkSlow(_ index: Int, first: UInt8, span: Span, in view: TextView) -> Bool {
        if first == 0x22 { return true }
        // The newswire '' and `` are two one-character tokens: the first stands for the mark.
        if (first == 0x27 || first == 0x60), span.length == 1 {
            return index + 1 < view.tokens.count && view.tokens[index + 1].span.start == span.end
                && view.bytes[Int(span.end)] == first
                && !(index > 0 && view.tokens[index - 1].span.end == span.start && view.bytes[Int(span.start) - 1] == first)
        }
        if first == 0xC2, span.length >= 2 { return view.bytes[Int(span.start) + 1] == 0xAB || view.bytes[Int(span.start) + 1] == 0xBB }
        if first == 0xE2, span.length >= 3, view.bytes[Int(span.start) + 1] == 0x80 {
            // A curly apostrophe with letters ("’s") is a clitic, not a mark.
            let third = view.bytes[Int(span.start) + 2]
            // Nor is a ’ glued to a word in -s ("Sanders’ comments").
            if third == 0x99, index > 0, view.tokens[index - 1].span.end == span.start, view.endsWith(index - 1, "s") { return false }
            return (0x98...0x9E).contains(third) && (span.length == 3 || third >= 0x9C)
        }
        return false
    }

    /// Whether a range is a single subject pronoun.
    func isPronoun(_ range: Range<Int>) -> Bool {
        range.count == 1 && view.isIn(range.lowerBound, .pronoun)
    }
}

extension Array {
    /// The element at `index`, or `nil` when out of range.
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}

/// The sentence of a token for tokens asked about in increasing order: a pointer into a document's
/// sentence token ranges that only moves forward.
struct ForwardSentenceCursor {
    private let ranges: [Range<Int>]
    private var pointer = 0

    init(ranges: [Range<Int>]) { self.ranges = ranges }

    /// The first sentence whose tokens end after token `index`, or the last sentence (0 when there is none).
    mutating func sentence(of index: Int) -> Int {
        while pointer < ranges.count && ranges[pointer].upperBound <= index { pointer += 1 }
        return min(pointer, max(0, ranges.count - 1))
    }
}
