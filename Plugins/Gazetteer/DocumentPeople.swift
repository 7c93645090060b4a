/// The people mentioned so far in one document, for resolving a bare first or last name.
///
/// A short form goes to the person mentioned in the same or the previous sentence if there is one
/// (the nearer person wins: "Kim Myong Sik ... Kim nodded"); otherwise to the person of the document
/// with that short form who has been mentioned most (the story's Kim, not a Kim named once in
/// passing three sentences back); ties go to the most recent.
struct DocumentPeople {
    private var byShortForm: [Int32: [Int32]] = [:]
    private var lastSentence: [Int32: Int] = [:]
    private var mentionCount: [Int32: Int] = [:]

    /// Makes `token` (a vocabulary id) a short form of `person`.
    mutating func register(shortForm token: Int32, person: Int32) {
        if !(byShortForm[token]?.contains(person) ?? false) { byShortForm[token, default: []].append(person) }
    }

    /// Records a mention of `person` in sentence number `sentence`.
    mutating func mentioned(_ person: Int32, inSentence sentence: Int) {
        lastSentence[person] = sentence
        mentionCount[person, default: 0] += 1
    }

    /// The person a bare `token` in sentence number `sentence` names, if any.
    func resolve(_ token: Int32, inSentence sentence: Int) -> Int32? {
        guard let people = byShortForm[token], !people.isEmpty else { return nil }
        let recency = { (person: Int32) in lastSentence[person] ?? -1 }
        let count = { (person: Int32) in mentionCount[person] ?? 0 }
        let near = people.filter { recency($0) >= sentence - 1 }
        if !near.isEmpty {
            return near.max { (recency($0), count($0)) < (recency($1), count($1)) }
        }
        return people.max { (count($0), recency($0)) < (count($1), recency($1)) }
    }
}
