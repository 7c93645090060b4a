import NLPCore

/// Reads stance relations from one document's sentences, entity mentions and quotations.
///
/// The rules, in the order a cue is read (docs/stance.md):
/// 1. a cue of the lexicon is matched (longest first) outside entity names;
/// 2. its holder is the nearest holder-capable mention before it in its clause that is not the
///    object of a preposition or of an earlier cue; a possessor (`South Korea's`) counts; `he`/`she`
///    resolve to the last person named; inside a quotation `we`/`I`/`our` is the speaker;
/// 3. its target is the first mention after it in its clause (with coordinated ones: `X and Y`);
///    a second cue met first composes with it (`backed sanctions against X`: oppose X);
/// 4. passive (`X was condemned by Y`) swaps them; negation within three words before the cue
///    (`did not condemn`, `refused to back`) flips the polarity and halves the score;
/// 5. an entity never holds a stance toward itself.
struct StanceFinder {
    let lexicon: StanceLexicon
    let holderLabels: [String]
    let useQuotes: Bool

    static let beForms: Set<String> = ["is", "was", "were", "are", "been", "being", "be", "am", "'s", "get", "got", "gets"]
    static let negators: Set<String> = ["not", "n't", "never", "no", "neither", "nor", "without", "cannot"]
    static let negatingVerbs: Set<String> = ["refuse", "refused", "refuses", "refusing", "decline", "declined", "declines",
                                              "declining", "fail", "failed", "fails", "failing", "stopped", "stop"]
    static let prepositions: Set<String> = ["in", "at", "on", "from", "to", "with", "by", "for", "about", "against", "between",
                                             "into", "toward", "towards", "across", "over", "under", "within", "near", "during",
                                             "after", "before", "since", "like", "than", "including", "among", "amid", "through",
                                             "via", "despite", "unlike", "alongside", "beside", "besides", "onto", "upon", "without"]
    static let determiners: Set<String> = ["the", "a", "an", "its", "his", "her", "their", "our", "my", "your", "'s", "this",
                                            "these", "those", "whose", "any", "no", "such", "more", "less", "much", "of"]
    static let clauseBreakers: Set<String> = [";", ":", "that", "which", "who", "whom", "whose", "whether", "while", "because",
                                               "although", "though", "if", "when", "where", "but", "as"]
    /// Words at which the search for a holder stops going left: reporting verbs (`officials said
    /// the conference welcomed ...`) and subordinators (`... when Sadat broke with`).
    static let leftClauseBreakers: Set<String> = ["said", "says", "say", "told", "tells", "added", "adds", "stated",
                                                  "noted", "reported", "according", "when", "while", "because",
                                                  "although", "though", "if", "unless", "whereas", "after", "before",
                                                  "since", "until"]
    /// Words that may come between the start of reported content and its cue when the speaker is
    /// the cue's subject (`refused [to] back`, `said [it would] back`).
    static let auxiliaries: Set<String> = ["to", "would", "will", "could", "should", "might", "may", "must", "can", "not",
                                           "n't", "also", "never", "did", "does", "do", "had", "has", "have", "it", "he",
                                           "she", "they", "we", "i", "'d", "'ll", "always", "still", "fully", "strongly"]
    /// Prepositions that start a place or time adjunct rather than the object of a cue.
    static let adjunctPrepositions: Set<String> = ["at", "during", "after", "before", "since", "until", "amid",
                                                   "near", "from", "within", "throughout", "inside"]
    /// Dash tokens.
    static let dashes: Set<String> = ["-", "\u{2013}", "\u{2014}", "--"]
    /// Pronouns that can be a clause's subject.
    static let subjectPronouns: Set<String> = ["he", "she", "it", "they"]
    /// Verbs whose subject a following pronoun refers to (`X said it would ...`).
    static let reportingVerbs: Set<String> = ["said", "says", "say", "told", "tells", "added", "stated", "announced",
                                              "declared", "insisted", "warned", "indicated", "confirmed", "promised",
                                              "pledged", "vowed"]
    /// Possessive pronouns (`X said its forces ...`).
    static let possessivePronouns: Set<String> = ["its", "his", "her", "their"]
    /// Finite verbs that start a clause after a name (`and West Germany has ...`).
    static let finiteVerbs: Set<String> = ["has", "have", "had", "will", "would", "can", "could", "should", "may", "might",
                                           "must", "did", "does", "do", "said", "says", "remains", "remain", "wants"]
    static let quoteMarks: Set<String> = ["\"", "\u{201C}", "\u{201D}", "\u{00AB}", "\u{00BB}", "\u{2018}", "``", "''"]
    static let firstPerson: Set<String> = ["we", "i", "our", "my", "us", "me", "ourselves"]
    static let personPronouns: Set<String> = ["he", "she"]
    static let stopVerbs: Set<String> = ["stop", "halt", "cease", "end", "refrain", "abandon", "withdraw", "drop", "reverse",
                                         "scrap", "suspend", "quit", "curb", "abstain", "desist"]

    /// Verbs whose subject owns the noun cue they take: `expressed support for`, `waged war on`.
    static let lightVerbs: Set<String> = Set(["express", "voice", "offer", "pledge", "reiterate", "reaffirm", "extend",
                                              "declare", "announce", "promise", "vow", "provide", "wage", "launch",
                                              "continue", "show", "step", "signal", "stress", "emphasize", "repeat", "expression",
                                              "declaration"]
        .flatMap { base -> [String] in
            let forms = EnglishInflection.verbForms(base)
            return [base, forms.third, forms.past, forms.gerund]
        } + ["shown", "gave", "give", "gives", "given", "giving", "stepped", "stepping", "vowed"])
    /// Words after which a base or -s form reads as a verb (`will support`, `Russia backs`).
    static let verbContext: Set<String> = ["to", "will", "would", "can", "could", "should", "must", "may", "might", "shall",
                                           "not", "n't", "do", "does", "did", "also", "always", "never", "still", "we", "i",
                                           "they", "you", "he", "she", "it", "who", "which", "that", "and", "openly",
                                           "publicly", "continue", "continues", "'ll", "'d"]

    /// One quotation as the rules use it: its token range in the current sentence and its speaker.
    struct QuoteRegion {
        var tokens: Range<Int>
        var speaker: StanceParty
        var confidence: Double
        /// Whether it is reported speech (no quotation marks; its speaker is the clause's subject).
        var isReported: Bool
    }

    /// A matched cue.
    struct CueMatch {
        var cue: StanceCue
        var tokens: ClosedRange<Int>
    }

    /// All relations of a document, in text order.
    func relations(bytes: UnsafeBufferPointer<UInt8>, tokens: [Token], sentences: [Span], mentions: [EntityMention],
                   quotations: [Quotation]) -> [StanceRelation] {
        let mentions = mentions.filter { mention in holderLabels.contains { $0 == mention.label } }
        let quotations = useQuotes ? quotations.filter { $0.speaker?.entityID != nil } : []
        guard !mentions.isEmpty else { return [] }
        var results: [StanceRelation] = []
        var words = SentenceWords()
        var tokenIndex = 0
        var mentionIndex = 0
        var lastPerson: (mention: EntityMention, sentence: Int)?
        for (sentenceNumber, sentence) in sentences.enumerated() {
            while tokenIndex < tokens.count && tokens[tokenIndex].span.start < sentence.start { tokenIndex += 1 }
            var tokenEnd = tokenIndex
            while tokenEnd < tokens.count && tokens[tokenEnd].span.end <= sentence.end { tokenEnd += 1 }
            while mentionIndex < mentions.count && mentions[mentionIndex].span.start < sentence.start { mentionIndex += 1 }
            var mentionEnd = mentionIndex
            var distinct = 0   // 0, 1, or 2 for "two or more"
            while mentionEnd < mentions.count && mentions[mentionEnd].span.end <= sentence.end {
                if distinct == 0 { distinct = 1 } else if distinct == 1, mentions[mentionEnd].id != mentions[mentionIndex].id { distinct = 2 }
                mentionEnd += 1
            }
            defer {
                if let person = mentions[mentionIndex..<mentionEnd].last(where: { $0.label == "PERSON" }) {
                    lastPerson = (person, sentenceNumber)
                }
                tokenIndex = tokenEnd
                mentionIndex = mentionEnd
            }
            guard distinct > 0, distinct == 2 || !quotations.isEmpty || lastPerson != nil else { continue }
            // Every relation needs a cue: a sentence with no cue word is skipped without building
            // its word list (a Bloom filter rejects almost every other word without a string).
            guard tokens[tokenIndex..<tokenEnd].contains(where: { token in
                token.kind == .word && lexicon.startsCue(UnsafeBufferPointer(rebasing: bytes[token.span.utf8Range]))
            }) else { continue }
            let overlapping = quotations.filter { $0.span.overlaps(sentence) }
            guard distinct == 2 || !overlapping.isEmpty || lastPerson != nil else { continue }
            words.load(bytes: bytes, tokens: tokens[tokenIndex..<tokenEnd], mentions: mentions[mentionIndex..<mentionEnd])
            let regions = overlapping.compactMap { quote -> QuoteRegion? in
                guard let speaker = quote.speaker, let id = speaker.entityID else { return nil }
                guard let first = words.spans.firstIndex(where: { $0.start >= quote.span.start }),
                      let last = words.spans.lastIndex(where: { $0.end <= quote.span.end }), first <= last else { return nil }
                return QuoteRegion(tokens: first..<(last + 1),
                                   speaker: StanceParty(span: speaker.span, entityID: id, canonical: speaker.canonical ?? id),
                                   confidence: quote.confidence, isReported: quote.kind == .reported)
            }
            let recentPerson = lastPerson.flatMap { sentenceNumber - $0.sentence <= 2 ? $0.mention : nil }
            var reader = SentenceReader(finder: self, words: words, regions: regions, sentence: sentence, recentPerson: recentPerson)
            results.append(contentsOf: reader.read())
        }
        return results
    }
}
