import NLPCore

/// A canonical entity as the matcher reports it.
struct EntityInfo: Sendable {
    var id: String
    var type: String
    var canonical: String
    var attributes: [(String, String)]
    var file: String
    var line: Int
    var order: Int
}

/// One way a trie node can end a match: which entity, how, and the case it demands.
struct Candidate: Sendable {
    var entity: Int32
    var link: EntityLink
    var mode: CaseMode
    /// Whether this form is the entity's canonical name (used to resolve ambiguity).
    var isCanonical: Bool
    /// Start of this form's per-token requirements (`requirements` for smart, `exactKeys` for exact).
    var detailStart: Int32
    var tokenCount: Int32
    /// Where the form was written, for warnings.
    var next: Int32
}

/// Gazetteers compiled into a token trie: the vocabulary of normalised tokens, the trie's edges, and
/// at each node the entities a match ending there names.
struct CompiledGazetteer: Sendable {
    /// Per-token case requirement of smart-case forms.
    enum Requirement: UInt8 { case any = 0, capitalInitial = 1, capitals = 2 }

    private(set) var entities: [EntityInfo] = []
    private(set) var vocabulary: ByteKeyTable
    private(set) var transitions: TransitionTable
    private(set) var firstCandidate: [Int32] = [-1]
    private(set) var candidates: [Candidate] = []
    private(set) var requirements: [UInt8] = []
    private(set) var exactKeys: [[UInt8]] = []
    /// Unambiguous surnames: token id → entity index.
    private(set) var surnames: [Int32: Int32] = [:]
    /// Ambiguous aliases found while compiling (the first `maxWarnings` of them).
    private(set) var warnings: [String] = []
    /// How many ambiguous aliases were found in all.
    private(set) var ambiguousCount = 0
    /// How many ambiguities are described one by one.
    static let maxWarnings = 20
    /// Number of surface forms compiled.
    private(set) var formCount = 0

    /// Compiles entries (later `order` overrides an earlier entry with the same id); problems that
    /// make an alias unusable are appended to `problems`.
    init(entries: [GazetteerEntry], problems: inout [String]) {
        var byID: [String: Int] = [:]
        var merged: [GazetteerEntry] = []
        for entry in entries {
            if let index = byID[entry.id] { merged[index] = entry } else {
                byID[entry.id] = merged.count
                merged.append(entry)
            }
        }
        let estimatedForms = merged.reduce(0) { $0 + $1.forms.count }
        vocabulary = ByteKeyTable(capacity: estimatedForms + 1024)
        transitions = TransitionTable(capacity: estimatedForms * 2 + 1024)
        firstCandidate.reserveCapacity(estimatedForms * 2)
        candidates.reserveCapacity(estimatedForms)
        requirements.reserveCapacity(estimatedForms * 2)
        var normalizer = KeyNormalizer()
        var tokenIDs: [Int32] = []
        var tokenRequirements: [UInt8] = []
        var tokenExact: [[UInt8]] = []
        var vocabulary = self.vocabulary
        self.vocabulary = ByteKeyTable(capacity: 1)
        for entry in merged {
            let entity = Int32(entities.count)
            entities.append(EntityInfo(id: entry.id, type: entry.type, canonical: entry.name,
                                       attributes: entry.attributes, file: entry.file, line: entry.line, order: entry.order))
            for form in entry.forms {
                tokenIDs.removeAll(keepingCapacity: true)
                tokenRequirements.removeAll(keepingCapacity: true)
                tokenExact.removeAll(keepingCapacity: true)
                form.bytes.withUnsafeBufferPointer { buffer in
                    let base = form.bytes.startIndex
                    AliasTokenizer.forEachToken(form.bytes) { range in
                        let token = UnsafeBufferPointer(rebasing: buffer[(range.lowerBound - base)..<(range.upperBound - base)])
                        let found: Void? = normalizer.key(token, fold: true) { key, shape in
                            tokenIDs.append(vocabulary.insert(key))
                            if form.mode == .smart {
                                let requirement: Requirement = shape.isAcronym ? .capitals : shape.isCapitalized ? .capitalInitial : .any
                                tokenRequirements.append(requirement.rawValue)
                            }
                        }
                        if found != nil && form.mode == .exact {
                            tokenExact.append(normalizer.key(token, fold: false) { key, _ in Array(key) } ?? [])
                        }
                    }
                }
                guard !tokenIDs.isEmpty else {
                    problems.append("\(entry.file):\(entry.line): the name '\(form.text)' of '\(entry.id)' has no letters or digits to match")
                    continue
                }
                formCount += 1
                add(tokenIDs, requirements: tokenRequirements, exact: tokenExact, entity: entity, form: form,
                    isCanonical: form.link == .alias && form.bytes.elementsEqual(entry.forms[0].bytes))
            }
        }
        self.vocabulary = vocabulary
        findSurnames(normalizer: &normalizer)
    }

    /// The node reached from the root along `tokens`, creating nodes as needed.
    private mutating func node(for tokens: [Int32]) -> Int32 {
        var node: Int32 = 0
        for token in tokens {
            let next = transitions.child(node, token)
            if next >= 0 { node = next; continue }
            let created = Int32(firstCandidate.count)
            firstCandidate.append(-1)
            transitions.insert(node, token, child: created)
            node = created
        }
        return node
    }

    private mutating func add(_ tokens: [Int32], requirements formRequirements: [UInt8], exact: [[UInt8]],
                              entity: Int32, form: SurfaceForm, isCanonical: Bool) {
        let node = node(for: tokens)
        // Same surface, same case demands: one entity keeps it.
        var index = firstCandidate[Int(node)]
        while index >= 0 {
            let existing = candidates[Int(index)]
            if existing.mode == form.mode && sameDetails(existing, formRequirements, exact) {
                if existing.entity == entity {
                    if form.link == .alias && existing.link == .demonym { candidates[Int(index)].link = .alias }
                    return
                }
                let keepExisting: Bool
                if existing.isCanonical != isCanonical {
                    keepExisting = existing.isCanonical
                } else {
                    keepExisting = entities[Int(existing.entity)].order > entities[Int(entity)].order
                }
                ambiguousCount += 1
                if warnings.count < Self.maxWarnings {
                    let old = entities[Int(existing.entity)], new = entities[Int(entity)]
                    let winner = keepExisting ? old.id : new.id
                    warnings.append("\(new.file):\(new.line): alias '\(form.text)' of '\(new.id)' is also an alias of '\(old.id)' (\(old.file):\(old.line)); '\(winner)' keeps it")
                }
                if !keepExisting {
                    candidates[Int(index)].entity = entity
                    candidates[Int(index)].link = form.link
                    candidates[Int(index)].isCanonical = isCanonical
                }
                return
            }
            index = existing.next
        }
        let detailStart: Int32
        switch form.mode {
        case .smart:
            detailStart = Int32(requirements.count)
            requirements.append(contentsOf: formRequirements)
        case .exact:
            detailStart = Int32(exactKeys.count)
            exactKeys.append(contentsOf: exact)
        case .any:
            detailStart = 0
        }
        let candidate = Candidate(entity: entity, link: form.link, mode: form.mode, isCanonical: isCanonical,
                                  detailStart: detailStart, tokenCount: Int32(tokens.count), next: -1)
        // Keep exact forms first, then smart, then any: the most specific demand is tried first.
        let newIndex = Int32(candidates.count)
        candidates.append(candidate)
        var slot = firstCandidate[Int(node)]
        if slot < 0 || form.mode == .exact {
            candidates[Int(newIndex)].next = slot
            firstCandidate[Int(node)] = newIndex
        } else {
            while candidates[Int(slot)].next >= 0 { slot = candidates[Int(slot)].next }
            candidates[Int(slot)].next = newIndex
        }
    }

    private func sameDetails(_ candidate: Candidate, _ formRequirements: [UInt8], _ exact: [[UInt8]]) -> Bool {
        let start = Int(candidate.detailStart), count = Int(candidate.tokenCount)
        switch candidate.mode {
        case .smart: return requirements[start..<(start + count)].elementsEqual(formRequirements)
        case .exact: return exactKeys[start..<(start + count)].elementsEqual(exact)
        case .any: return true
        }
    }

    /// Last words of `PERSON` canonical names that belong to one person only and are not common words.
    private mutating func findSurnames(normalizer: inout KeyNormalizer) {
        var owners: [Int32: Int32] = [:]
        var ambiguous: Set<Int32> = []
        for (index, entity) in entities.enumerated() where entity.type == "PERSON" {
            let name = Array(entity.canonical.utf8)[...]
            var last: Range<Int>?
            var words = 0
            AliasTokenizer.forEachToken(name) { range in words += 1; last = range }
            guard words >= 2, let last, last.count >= 3 else { continue }
            let found: (Int32, Bool)? = name.withUnsafeBufferPointer { buffer in
                normalizer.key(UnsafeBufferPointer(rebasing: buffer[last]), fold: true) { key, shape in
                    (vocabulary.find(key), shape.isCapitalized && !CommonWords.contains(Array(key)))
                }
            }
            guard let (id, usable) = found, usable, id >= 0 else { continue }
            if let owner = owners[id], owner != Int32(index) { ambiguous.insert(id) } else { owners[id] = Int32(index) }
        }
        for (token, entity) in owners where !ambiguous.contains(token) {
            // A surname that is a whole alias of some entity is matched by the trie instead.
            let node = transitions.child(0, token)
            if node >= 0 && firstCandidate[Int(node)] >= 0 { continue }
            surnames[token] = entity
        }
    }

    // MARK: Matching support

    /// The child of `node` along `token`, or -1.
    @inline(__always)
    func child(_ node: Int32, _ token: Int32) -> Int32 { transitions.child(node, token) }

    /// The first candidate at `node`, or -1.
    @inline(__always)
    func firstCandidate(at node: Int32) -> Int32 { firstCandidate[Int(node)] }

    /// The candidate at `index`.
    @inline(__always)
    func candidate(_ index: Int32) -> Candidate { candidates[Int(index)] }

    /// The smart-case requirement of a candidate's `position`-th token.
    @inline(__always)
    func requirement(_ candidate: Candidate, _ position: Int) -> Requirement {
        Requirement(rawValue: requirements[Int(candidate.detailStart) + position]) ?? .any
    }

    /// The exact (case-kept) key of a candidate's `position`-th token.
    func exactKey(_ candidate: Candidate, _ position: Int) -> [UInt8] {
        exactKeys[Int(candidate.detailStart) + position]
    }

    /// The number of trie nodes.
    var nodeCount: Int { firstCandidate.count }
}
