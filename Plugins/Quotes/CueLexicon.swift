/// Speech verbs and phrases that introduce quotations and reported speech, in every inflection.
///
/// The lexicon is built from base forms (`say`, `emphasize`, `point out`) with regular English
/// inflection rules plus a table of irregular forms, and can be extended from the stage's options.
struct CueLexicon: Sendable {
    /// Base forms of speech and attribution verbs.
    static let baseVerbs = """
        say tell add note assure respond stress emphasize emphasise urge warn insist claim state announce
        declare explain argue suggest indicate report confirm deny acknowledge admit accuse allege predict
        promise pledge vow threaten write ask reply remark observe comment describe agree caution concede
        contend estimate maintain recall reveal tweet testify underline underscore highlight mention hint
        signal complain criticize criticise condemn praise demand propose recommend reiterate repeat
        assert affirm counter retort quip joke boast lament concur disclose inform advise tout dismiss
        blame question reckon believe think expect hope fear worry continue conclude confess snap shout yell scream
        exclaim proclaim murmur whisper plead beg chant sigh grumble mutter gush interject email text post echo
        know cite call plan attack find rule want consider view regard label dub brand blast slam defend
        oppose reject challenge recognize learn hear decide refuse doubt imply prefer urge acknowledge
        realize understand remember forget speculate hypothesize hypothesise theorize theorise surmise posit
        clarify elaborate reassure implore bemoan deplore brag gloat taunt attest presume suppose imagine
        insinuate recount forecast
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)

    /// Base forms of verbs of attitude, evaluation and evidence, which attribution corpora (PolNeAR)
    /// annotate like speech verbs: support and opposition (`endorsed Clinton`, `backs him`), praise and
    /// blame (`mocked`, `thanked`), intention (`seeks to`, `declined to`), perception and evidence
    /// (`polls show`, `sees ... as`), and talk about a topic (`spoke about`, `referring to`).
    static let attitudeVerbs = """
        show endorse support back favor oppose champion embrace welcome applaud congratulate commend hail celebrate
        thank approve disapprove mock ridicule lambaste denounce decry rail rebuke scold chide insult apologize
        dispute rebut refute justify characterize portray compare deem envision anticipate express voice
        seek offer decline refer speak talk discuss address feel see encourage remind invite request push
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)

    /// Verbs whose base and -s forms are more often nouns ("a report", "the claims", "member states"):
    /// only their -ed and -ing forms are cues.
    static let nounLike: Set<String> = Set("""
        report state claim note comment question promise hope fear signal highlight praise demand estimate
        caution joke blame counter answer charge mention respond reply text post email snap sigh
        call plan attack rule view regard label brand blast slam doubt challenge back favor address voice
        request push support dispute offer recount forecast
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))

    /// Irregular or spelling-special inflections: base → forms.
    static let irregular: [String: [String]] = [
        "say": ["says", "said", "saying"], "tell": ["tells", "told", "telling"], "write": ["writes", "wrote", "written", "writing"],
        "think": ["thinks", "thought", "thinking"], "fear": ["fears", "feared", "fearing"],
        "admit": ["admits", "admitted", "admitting"], "know": ["knows", "knew", "known", "knowing"],
        "find": ["finds", "found", "finding"], "hear": ["hears", "heard", "hearing"], "learn": ["learns", "learned", "learnt", "learning"],
        "understand": ["understands", "understood", "understanding"], "forget": ["forgets", "forgot", "forgotten", "forgetting"],
        "plan": ["plans", "planned", "planning"], "slam": ["slams", "slammed", "slamming"], "dub": ["dubs", "dubbed", "dubbing"],
        "label": ["labels", "labeled", "labelled", "labeling", "labelling"], "prefer": ["prefers", "preferred", "preferring"], "quip": ["quips", "quipped", "quipping"],
        "concur": ["concurs", "concurred", "concurring"], "signal": ["signals", "signaled", "signalled", "signaling", "signalling"],
        "underline": ["underlines", "underlined", "underlining"],
        "show": ["shows", "showed", "shown", "showing"], "seek": ["seeks", "sought", "seeking"], "see": ["sees", "saw", "seen", "seeing"],
        "speak": ["speaks", "spoke", "spoken", "speaking"], "feel": ["feels", "felt", "feeling"],
        "rebut": ["rebuts", "rebutted", "rebutting"], "refer": ["refers", "referred", "referring"],
        "forecast": ["forecasts", "forecast", "forecasted", "forecasting"], "brag": ["brags", "bragged", "bragging"],
        "taunt": ["taunts", "taunted", "taunting"],
    ]

    /// Nouns that report what someone said or thinks when a possessor precedes them and a clause or
    /// object follows ("Trump’s claim that ...", "his criticism of ...", "her call for ..."), and the
    /// raising verbs of appearance ("the plan seemed to fail"), whose content is their whole clause.
    static let nouns = """
        claim claims statement statements warning warnings assertion suggestion argument arguments accusation
        accusations allegation allegations belief insistence promise promises pledge vow call calls demand demands
        proposal proposals plan plans criticism criticisms endorsement support opposition view views position
        comments remarks message decision admission announcement denial threat fear fears hope hopes concern concerns
        complaint complaints charge prediction contention attacks praise defense refusal desire
        seem seems seemed appear appears appeared expected
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)

    /// Multi-word cues, lower-cased token sequences.
    static let phrases: [[String]] = [
        ["according", "to"], ["point", "out"], ["points", "out"], ["pointed", "out"], ["pointing", "out"],
        ["went", "on", "to", "say"], ["made", "clear"], ["makes", "clear"], ["made", "it", "clear"],
        ["shot", "back"], ["fired", "back"], ["hit", "back"], ["put", "it"],
        ["point", "to"], ["points", "to"], ["pointed", "to"], ["pointing", "to"],
        ["issued", "a", "statement"], ["released", "a", "statement"], ["puts", "it"],
        ["issued", "the", "following", "statement"], ["released", "the", "following", "statement"],
    ]

    /// `phrases` as word keys, in the same order.
    static let phraseKeys: [[WordKey]] = phrases.map { $0.map { WordKey($0)! } }

    /// What a word is, as `Kind` bits: one dictionary lookup per candidate word.
    private(set) var entries: [String: Kind] = [:]
    /// `entries` as a byte-keyed table.
    private var table = WordTable<Kind>([:])

    /// What a lexicon word is.
    struct Kind: OptionSet, Sendable {
        let rawValue: UInt8
        /// A cue verb form.
        static let verb = Kind(rawValue: 1)
        /// The -s form of a verb that is usually a noun ("claims").
        static let nounLikeThirdPerson = Kind(rawValue: 2)
        /// A noun cue or raising verb (`nouns`).
        static let noun = Kind(rawValue: 4)
        /// The first word of a multi-word cue.
        static let phraseStart = Kind(rawValue: 8)
    }

    /// Cheap fingerprints (length, first, second and last byte) of every cue word and phrase start,
    /// as a 65,536-bit filter: one bit test rejects almost every word.
    private var signatures = [UInt64](repeating: 0, count: 1024)

    /// The built-in lexicon plus `extra` forms (any inflection; added as written, lower-cased).
    init(extra: [String] = []) {
        for base in Self.baseVerbs + Self.attitudeVerbs {
            var forms = [base] + (Self.irregular[base] ?? Self.inflect(base))
            if Self.nounLike.contains(base) {
                for form in forms where !(form.hasSuffix("ed") || form.hasSuffix("ing")) && form != base { add(form, as: .nounLikeThirdPerson) }
                forms = forms.filter { $0.hasSuffix("ed") || $0.hasSuffix("ing") || $0.hasSuffix("ied") }
            }
            for form in forms { add(form) }
        }
        for form in extra { add(form.lowercased()) }
        for phrase in Self.phrases { add(phrase[0], as: .phraseStart) }
        for noun in Self.nouns { add(noun, as: .noun) }
        table = WordTable(entries)
    }

    /// The fingerprint of a lower-case word: no string is built to reject a non-cue.
    @inline(__always)
    static func signature(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        guard let first = bytes.first, let last = bytes.last else { return 0 }
        let second = bytes[bytes.startIndex + min(1, bytes.count - 1)]
        let third = bytes[bytes.startIndex + min(2, bytes.count - 1)]
        return UInt64(min(bytes.count, 255)) << 32 | UInt64(first) << 24 | UInt64(third) << 16 | UInt64(second) << 8 | UInt64(last)
    }

    @inline(__always)
    private static func bit(_ signature: UInt64) -> Int { Int(truncatingIfNeeded: (signature &* 0x9E37_79B9_7F4A_7C15) >> 48) }

    private mutating func insertSignature(_ signature: UInt64) {
        let bit = Self.bit(signature)
        signatures[bit >> 6] |= 1 << UInt64(bit & 63)
    }

    /// Calls `body` with the fingerprint filter, for `mayBeCue(signature:filter:)` in a loop.
    func withCueFilter<R>(_ body: (UnsafeBufferPointer<UInt64>) throws -> R) rethrows -> R {
        try signatures.withUnsafeBufferPointer(body)
    }

    /// Whether a word with this fingerprint may be a cue, by the filter `withCueFilter` gives.
    @inline(__always)
    static func mayBeCue(signature: UInt64, filter: UnsafeBufferPointer<UInt64>) -> Bool {
        let bit = Self.bit(signature)
        return filter[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }

    private mutating func add(_ form: String, as kind: Kind = .verb) {
        entries[form, default: []].insert(kind)
        insertSignature(Self.signature(Array(form.utf8)[...]))
    }

    /// -s, -ed and -ing forms by the usual spelling rules.
    static func inflect(_ base: String) -> [String] {
        let vowels = Set("aeiou")
        var third = base + "s", past = base + "ed", gerund = base + "ing"
        if base.hasSuffix("e") {
            past = base + "d"
            gerund = String(base.dropLast()) + "ing"
        } else if base.hasSuffix("y"), let before = base.dropLast().last, !vowels.contains(before) {
            third = String(base.dropLast()) + "ies"
            past = String(base.dropLast()) + "ied"
        } else if base.hasSuffix("s") || base.hasSuffix("sh") || base.hasSuffix("ch") || base.hasSuffix("x") {
            third = base + "es"
        }
        return [third, past, gerund]
    }


    /// Whether `word` (lower-case) is a cue word.
    func contains(_ word: String) -> Bool { entries[word]?.contains(.verb) ?? false }

    /// What the word with this key is in the lexicon; empty when it is not in it.
    func kind(of key: WordKey) -> Kind { table.value(for: key) }

    /// Whether `word` is the -s form of a verb that is usually a noun ("reports", "claims").
    func containsNounLikeThirdPerson(_ word: String) -> Bool { entries[word]?.contains(.nounLikeThirdPerson) ?? false }
}
