/// Regular English inflection by the usual spelling rules, for stages that build word lists from
/// base forms (speech verbs, stance cues). Irregular forms are the caller's to list.
public enum EnglishInflection {
    /// The -s, -ed and -ing forms of a regular verb: `criticize` → `criticizes`, `criticized`,
    /// `criticizing`; `deny` → `denies`, `denied`; `push` → `pushes`.
    public static func verbForms(_ base: String) -> (third: String, past: String, gerund: String) {
        var third = base + "s", past = base + "ed", gerund = base + "ing"
        if base.hasSuffix("ee") {
            past = base + "d"
        } else if base.hasSuffix("e") {
            past = base + "d"
            gerund = String(base.dropLast()) + "ing"
        } else if base.hasSuffix("y"), let before = base.dropLast().last, !isVowel(before) {
            third = String(base.dropLast()) + "ies"
            past = String(base.dropLast()) + "ied"
        } else if base.hasSuffix("s") || base.hasSuffix("sh") || base.hasSuffix("ch") || base.hasSuffix("x") {
            third = base + "es"
        }
        return (third, past, gerund)
    }

    /// The plural of a regular noun: `sanction` → `sanctions`, `hostility` → `hostilities`,
    /// `crash` → `crashes`.
    public static func plural(_ noun: String) -> String {
        if noun.hasSuffix("y"), let before = noun.dropLast().last, !isVowel(before) { return String(noun.dropLast()) + "ies" }
        if noun.hasSuffix("s") || noun.hasSuffix("sh") || noun.hasSuffix("ch") || noun.hasSuffix("x") { return noun + "es" }
        return noun + "s"
    }

    private static func isVowel(_ character: Character) -> Bool { "aeiou".contains(character) }
}
