import NLPCore

/// Finds the speaker span around a cue: the noun phrase before it (`Kim assured`, `The United States
/// has accused`) or, in the inverted order, after it (`said Moon Seong-Mook, an analyst`).
struct SpeakerFinder {
    let view: TextView
    let lexicon: CueLexicon
    /// For each token, one past the cue that starts there (phrases included), or 0.
    private let cueEnds: [Int]

    init(view: TextView, lexicon: CueLexicon) {
        self.view = view
        self.lexicon = lexicon
        var ends = [Int](repeating: 0, count: view.tokens.count)
        // One pass with a bit filter on raw bytes; only the few words that pass build a string.
        let bytes = view.bytes
        view.tokens.withUnsafeBufferPointer { tokens in
            view.sentenceOf.withUnsafeBufferPointer { sentenceOf in
                for index in 0..<tokens.count {
                    let token = tokens[index]
                    guard token.kind == .word else { continue }
                    let length = Int(token.span.end - token.span.start)
                    guard length >= 3 && length <= 14 else { continue }
                    let start = Int(token.span.start)
                    let first = bytes[start]
                    // Cues are written in lower case in running text ("States" in "United States"
                    // is not "states"), except at the start of a sentence ("According to ...").
                    let startsSentence = index == 0 || sentenceOf[index - 1] != sentenceOf[index]
                    guard (97...122).contains(first) || (startsSentence && (65...90).contains(first)) else { continue }
                    let signature = UInt32(length) << 24 | UInt32(first | 0x20) << 16
                        | UInt32(bytes[start + 1]) << 8 | UInt32(bytes[start + length - 1])
                    guard lexicon.mayBeCue(signature: signature) else { continue }
                    if let end = Self.confirmCue(at: index, view: view, lexicon: lexicon) { ends[index] = end }
                }
            }
        }
        self.cueEnds = ends
    }

    /// Words that may stand between a subject and its cue: auxiliaries and adverbs.
    static let betweenWords: Set<String> = Set("""
        has have had was were is are will would also later then repeatedly again recently previously once further
        separately immediately quickly simply just reportedly publicly privately strongly firmly clearly explicitly
        openly bluntly flatly sharply loudly angrily calmly quietly earlier today yesterday still already often
        never not n't did does do can could may might must should shall been being even only
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))

    /// Words that end a noun phrase when walking back from a cue.
    static let boundaryWords: Set<String> = Set("""
        that which who whom whose when while because although though if and but or so as than after before since
        until unless where whereas whether said says told to in on at with from by into during amid despite
        against about over under through without within among between via per
        monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow earlier later
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))

    /// Subject pronouns.
    static let pronouns: Set<String> = ["he", "she", "they", "it", "we", "i", "you"]

    private static let stopPunctuation: Set<UInt8> = Set(",;:()[]{}!?\"".utf8)

    /// A cue right after a quotation, where a few more verbs attribute it ("“...,” it read.").
    func cueAfterQuote(at index: Int, limit: Int) -> Int? {
        if let end = cue(at: index, limit: limit) { return end }
        let word = view.tokens[index].kind == .word ? view.lower(index) : ""
        return word == "read" || word == "reads" ? index + 1 : nil
    }

    /// Whether token `index` is a cue; returns the index one past the cue (multi-word cues), if the
    /// cue ends by `limit`.
    @inline(__always)
    func cue(at index: Int, limit: Int) -> Int? {
        let end = cueEnds[index]
        return end > 0 && end <= limit ? end : nil
    }

    /// Whether token `index`, which passed the byte filter, starts a cue.
    private static func confirmCue(at index: Int, view: TextView, lexicon: CueLexicon) -> Int? {
        let word = view.lower(index)
        let limit = view.tokens.count
        for phrase in CueLexicon.phrases where phrase[0] == word && index + phrase.count <= limit {
            if (1..<phrase.count).allSatisfy({ view.lower(index + $0) == phrase[$0] }) { return index + phrase.count }
        }
        if lexicon.contains(word) { return index + 1 }
        // "reports", "claims", "notes" are verbs when a clause or a quotation follows.
        if lexicon.containsNounLikeThirdPerson(word), index + 1 < limit,
           view.isToken(index + 1, ":") || view.lower(index + 1) == "that" || isQuoteMark(index + 1, in: view) {
            return index + 1
        }
        return nil
    }


    /// The subject before the cue at `cue`, not reaching before `floor`: skips auxiliaries and
    /// adverbs, then takes the noun phrase back to a boundary. `nil` if there is none.
    func subject(before cueIndex: Int, floor: Int) -> Range<Int>? {
        var end = cueIndex
        while end > floor, view.tokens[end - 1].kind == .word, Self.betweenWords.contains(view.lower(end - 1)) { end -= 1 }
        guard end > floor else { return nil }
        // "X, citing Y, advised": skip back over an apposition between commas.
        if view.isToken(end - 1, ",") {
            var comma = end - 2
            while comma > floor, comma > end - 26, !view.isToken(comma, ",") { comma -= 1 }
            guard comma > floor, view.isToken(comma, ",") else { return nil }
            // "the ministry's spokesperson, Lim Soo-suk, emphasized": the named person speaks.
            let apposition = (comma + 1)..<(end - 1)
            if !apposition.isEmpty, let first = view.tokens[safe: apposition.lowerBound],
               view.mentions.contains(where: { $0.label == "PERSON" && $0.span.start == first.span.start
                   && $0.span.end == view.tokens[apposition.upperBound - 1].span.end }) {
                return apposition
            }
            end = comma
        }
        // A subject pronoun right before the cue is the subject on its own ("with Putin they agreed").
        if view.tokens[end - 1].kind == .word, Self.pronouns.contains(view.lower(end - 1)) { return (end - 1)..<end }
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
            let word = view.lower(previous)
            // "for" and "of" stay inside descriptions ("a spokesman for the ministry", "head of state"),
            // and "and" between names ("Putin and Kim").
            let joinsNames = word == "and" && previous > floor && view.isCapitalized(previous - 1) && view.isCapitalized(start)
            if (Self.boundaryWords.contains(word) && word != "for" && word != "of" && !joinsNames)
                || (cue(at: previous, limit: end) != nil && previous < end - 1) { break }
            start = previous
            // A capitalised determiner inside the phrase starts it ("in the last hours The British government").
            if previous > floor, word == "the" || word == "a" || word == "an", view.isCapitalized(previous) { break }
        }
        guard start < end else { return nil }
        while start < end, view.tokens[start].kind == .word, ["for", "of"].contains(view.lower(start)) { start += 1 }
        guard let range = trimmed(start..<end), isAnimate(range) else { return nil }
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
        poll document letter website editorial board delegation embassy kremlin white house pentagon guard
        man woman men women he she they we i you it candidate candidates secretary governor mayor envoy ambassador
        email emails memo ad ads article post tweet book filing lawsuit complaint ruling resolution others some many
        spokesmen supporters opponents protesters democrats republicans conservatives liberals activists
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))

    /// Whether a subject can speak: it ends in a name (a capitalised word), a pronoun or a noun for
    /// people or bodies ("analysts", "the ministry"); "the meeting" or "Kim's visit" cannot.
    func isAnimate(_ range: Range<Int>) -> Bool {
        let last = range.upperBound - 1
        let lastSpan = view.tokens[last].span
        if let mention = view.mentions.first(where: { $0.span.contains(lastSpan) }) {
            return !["FAC", "LOC", "EVENT", "PRODUCT"].contains(mention.label)
        }
        if view.isCapitalized(last) { return true }
        let head = view.lower(last)
        if Self.speakingNouns.contains(head) || Self.pronouns.contains(head) { return true }
        // Nouns for people by their ending: businessman, announcer, columnist, historian, resident.
        return ["man", "men", "woman", "women", "person", "er", "ers", "or", "ors", "ist", "ists", "ian", "ians", "ent", "ents", "ant", "ants"]
            .contains { head.count > $0.count + 2 && head.hasSuffix($0) }
    }

    /// The speaker after an inverted cue (`said Moon Seong-Mook, an analyst ...`): up to the next
    /// comma, stop or quotation mark, at most 10 tokens.
    func speaker(after cueEnd: Int, limit: Int) -> Range<Int>? {
        // "said of Mr. Rubio" is about him, not by him.
        if cueEnd < limit, ["of", "about", "that", "to", "in", "on", "at"].contains(view.lower(cueEnd)) { return nil }
        var end = cueEnd
        while end < limit, end < cueEnd + 10 {
            if view.tokens[end].kind == .punctuation,
               view.isPunctuation(end, in: Self.stopPunctuation) || isQuoteMark(end) || view.isToken(end, ".") { break }
            if view.tokens[end].kind == .word, Self.boundaryWords.contains(view.lower(end)),
               !["of", "for"].contains(view.lower(end)) { break }
            end += 1
        }
        return end > cueEnd ? trimmed(cueEnd..<end) : nil
    }

    /// Sentence-initial function words that are not part of a subject ("And then Trump ...").
    private static let openers: Set<String> = Set("""
        and but so then yet also still now later meanwhile however instead thus when while after before as if
        in on at for with from by during since until though although because earlier today yesterday last this
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))

    /// The subject of the sentence's main clause, for cues in a participle or a coordinated clause
    /// ("Trump went on the attack, saying, “...”", "Mrs. Clinton shook her head and said, “No.”"):
    /// the first pronoun or capitalised name before the cue, skipping opening words.
    func sentenceSubject(from start: Int, before cueIndex: Int) -> Range<Int>? {
        var index = start
        // An opening phrase up to the first comma is not the subject ("On Tuesday, Mr. McConnell ...").
        if index < cueIndex, Self.openers.contains(view.lower(index)) || view.lower(index).hasSuffix("ly") {
            var comma = index
            while comma < cueIndex, comma < index + 12, !view.isToken(comma, ",") { comma += 1 }
            if comma < cueIndex, view.isToken(comma, ",") { index = comma + 1 }
        }
        while index < cueIndex {
            let token = view.tokens[index]
            if token.kind == .punctuation || Self.openers.contains(view.lower(index)) && !view.isCapitalized(index + 1 < cueIndex ? index : index) {
                index += 1
                continue
            }
            if Self.openers.contains(view.lower(index)) { index += 1; continue }
            if Self.pronouns.contains(view.lower(index)) { return index..<(index + 1) }
            guard view.isCapitalized(index), !["the", "a", "an", "this", "that", "these", "those"].contains(view.lower(index)) else { return nil }
            var end = index + 1
            while end < cueIndex, view.isCapitalized(end) || view.isToken(end, ".") || (isClitic(end)) { end += 1 }
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

    /// Whether token `index` is a quotation mark.
    func isQuoteMark(_ index: Int) -> Bool { Self.isQuoteMark(index, in: view) }

    /// Whether token `index` of `view` is a quotation mark (" « » and the curly ones).
    static func isQuoteMark(_ index: Int, in view: TextView) -> Bool {
        let span = view.tokens[index].span
        let first = view.bytes[Int(span.start)]
        if first == 0x22 { return true }
        if first == 0xC2, span.length >= 2 { return view.bytes[Int(span.start) + 1] == 0xAB || view.bytes[Int(span.start) + 1] == 0xBB }
        if first == 0xE2, span.length >= 3, view.bytes[Int(span.start) + 1] == 0x80 {
            return (0x98...0x9E).contains(view.bytes[Int(span.start) + 2])
        }
        return false
    }

    /// Whether a range is a single subject pronoun.
    func isPronoun(_ range: Range<Int>) -> Bool {
        range.count == 1 && Self.pronouns.contains(view.lower(range.lowerBound))
    }
}

extension Array {
    /// The element at `index`, or `nil` when out of range.
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
