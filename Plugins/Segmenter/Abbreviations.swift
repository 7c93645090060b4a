/// How a period after an abbreviation behaves at a sentence boundary.
enum AbbreviationKind: UInt8 {
    /// Titles and the like ("Mr.", "Gen.", "e.g."): the period never ends a sentence.
    case title
    /// "No.", "Sept.", "p.": the period does not end a sentence before a number.
    case beforeNumber
    /// Initials and initialisms ("F.", "U.S.", "St.", "Jr."): the period ends a sentence only
    /// before a typical sentence starter ("He", "The", "But", ...).
    case initial
    /// "Inc.", "etc.", "approx.": the period does not end a sentence before a lowercase word or a number.
    case company
}

/// A short ASCII word (letters and periods, case folded) packed into an integer for fast lookup.
enum WordKey {
    /// Longest word that has a key.
    static let maxLength = 12

    /// The key of `bytes[range]`, or nil if it is longer than ``maxLength`` or holds anything but
    /// ASCII letters and periods.
    @inline(__always)
    static func make(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt64? {
        guard range.count <= maxLength, !range.isEmpty else { return nil }
        var key: UInt64 = 0
        for index in range {
            let byte = bytes[index]
            let code: UInt8
            if TextBytes.isASCIILetter(byte) { code = (byte | 0x20) &- 0x60 }
            else if byte == 0x2E { code = 27 }
            else { return nil }
            key = key << 5 | UInt64(code)
        }
        return key
    }

    /// The key of an ASCII string, or nil (see ``make(_:_:)``).
    static func make(_ word: String) -> UInt64? {
        let bytes = Array(word.utf8)
        return bytes.withUnsafeBufferPointer { make($0, 0..<$0.count) }
    }
}

/// The English abbreviations and sentence starters that decide whether a period ends a sentence,
/// and whether a token keeps its period.
struct Abbreviations: Sendable {
    private let kinds: [UInt64: AbbreviationKind]
    private let starters: Set<UInt64>
    private let places: Set<UInt64>

    /// The built-in lists plus `extra` words that never end a sentence ("Gen", "approx.", "Ph.D.").
    /// Throws the words that cannot be used: not ASCII letters and periods, or too long.
    init(extra: [String]) throws(InvalidAbbreviations) {
        var kinds: [UInt64: AbbreviationKind] = [:]
        func add(_ words: String, _ kind: AbbreviationKind) {
            for word in words.split(separator: " ") { kinds[WordKey.make(String(word))!] = kind }
        }
        add(Self.titles, .title)
        add(Self.beforeNumber, .beforeNumber)
        add(Self.initials, .initial)
        add(Self.companies, .company)
        var invalid: [String] = []
        for word in extra {
            var trimmed = Substring(word)
            while trimmed.last == "." { trimmed.removeLast() }
            guard let key = WordKey.make(String(trimmed)) else { invalid.append(word); continue }
            kinds[key] = .title
        }
        if !invalid.isEmpty { throw InvalidAbbreviations(words: invalid) }
        self.kinds = kinds
        self.starters = Set(Self.sentenceStarters.split(separator: " ").map { WordKey.make(String($0))! })
        self.places = Set(Self.capitalizedPlaces.split(separator: " ").map { WordKey.make(String($0))! })
    }

    /// What kind of abbreviation `bytes[range]` is (the word before a period, without it), if any.
    @inline(__always)
    func kind(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> AbbreviationKind? {
        if range.count == 1 {
            let byte = bytes[range.lowerBound]
            if byte >= 0x41 && byte <= 0x5A { return .initial }
        }
        guard let key = WordKey.make(bytes, range) else { return nil }
        if let kind = kinds[key] { return kind }
        let first = bytes[range.lowerBound]
        if first >= 0x41 && first <= 0x5A && places.contains(key) { return .company }
        return Self.isInitialism(bytes, range) ? .initial : nil
    }

    /// Whether `bytes[range]` is a word that typically starts a sentence ("The", "He", "However").
    @inline(__always)
    func isSentenceStarter(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        guard let key = WordKey.make(bytes, range) else { return false }
        return starters.contains(key)
    }

    /// Letters in groups of one to three separated by single periods ("U.S", "a.m", "Ph.D").
    static func isInitialism(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        var group = 0
        var groups = 0
        for index in range {
            if bytes[index] == 0x2E {
                if group == 0 { return false }
                groups += 1
                group = 0
            } else {
                group += 1
                if group > 3 { return false }
            }
        }
        return groups >= 1 && group > 0
    }

    // Titles and words that are never followed by a sentence end.
    private static let titles = """
        mr mrs ms messrs mmes mme mlle msgr dr drs prof profs gen gens lt lieut col maj capt cpt sgt adm cmdr \
        cdr comdr ens cpl pvt pfc spc brig sen sens rep reps gov govs pres rev hon rt supt insp det amb \
        atty asst fr vs v e.g i.e cf viz
        """
    // Words that are followed by a number, not a sentence end ("No. 5", "Sept. 13", "p. 12").
    private static let beforeNumber = """
        jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri \
        no nos art arts vol vols pp p fig figs ch chap sec secs para paras ext tel op eq eqs ref c ca nr pt pg
        """
    // Initials that usually continue a name ("St. Louis", "Jr.", "et al.").
    private static let initials = "st mt ft jr sr al"
    // Abbreviations that may end a sentence but not before a lowercase word or a number.
    private static let companies = """
        inc corp co ltd bros llc plc cos etc approx est dept depts ave blvd rd hwy sq ste apt univ assn assoc \
        esq mfg intl natl govt mgmt div dist min max hr hrs yr yrs mo mos wk wks lb lbs oz mln bln dlr dlrs pct cts
        """
    // US state abbreviations (AP style), which count only when capitalised ("Calif.", "Ill.").
    private static let capitalizedPlaces = """
        ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn miss mo mont neb nebr \
        nev okla ore oreg pa penn tenn tex va vt wash wis wisc wyo
        """
    // Capitalised words that typically begin a sentence; after an initial they mark a sentence end.
    private static let sentenceStarters = """
        i you he she it we they his her its our their my your who whom whose what which where when why how \
        the a an this that these those some any each every all both either neither no none many much most \
        more few several such another other others one and but or nor so yet for if because although though \
        while whereas unless until since as after before once whether however meanwhile still then now there \
        here also instead thus therefore moreover furthermore nevertheless nonetheless indeed otherwise \
        besides hence finally later earlier today yesterday tomorrow recently currently eventually perhaps \
        maybe even just only not never sometimes often already again yes thanks please in on at to from \
        with without by under over during despite among between through against about around like unlike \
        within into is are was were do does did has have had will would can could should might must let
        """
}

/// Abbreviations given in the options that the segmenter cannot use.
struct InvalidAbbreviations: Error {
    var words: [String]
}
