/// A corpus-wide holder × target table of stance relations, built in input order from each
/// document's ``Stances`` layer.
///
/// Memory grows with the number of distinct holder–target pairs and the documents that mention
/// them, not with the corpus text: each cell keeps at most ``evidenceLimit`` evidence sentences.
public struct StanceMatrix: Sendable {
    /// One relation as the matrix keeps it: entity ids and names, and the evidence sentence's text.
    public struct Entry: Sendable, Equatable {
        /// The holder's entity id and canonical name.
        public var holder: (id: String, name: String)
        /// The target's entity id and canonical name.
        public var target: (id: String, name: String)
        /// Support or oppose.
        public var polarity: StancePolarity
        /// The relation's score in `[-1, 1]`.
        public var score: Double
        /// The cue's text.
        public var cue: String
        /// The evidence sentence: code-point offsets and text.
        public var evidence: (start: Int, end: Int, text: String)

        /// An entry.
        public init(holder: (id: String, name: String), target: (id: String, name: String), polarity: StancePolarity,
                    score: Double, cue: String, evidence: (start: Int, end: Int, text: String)) {
            self.holder = holder
            self.target = target
            self.polarity = polarity
            self.score = score
            self.cue = cue
            self.evidence = evidence
        }

        /// Entries are equal when every field is.
        public static func == (lhs: Entry, rhs: Entry) -> Bool {
            lhs.holder == rhs.holder && lhs.target == rhs.target && lhs.polarity == rhs.polarity
                && lhs.score == rhs.score && lhs.cue == rhs.cue && lhs.evidence == rhs.evidence
        }
    }

    /// Evidence kept for one cell.
    public struct Evidence: Sendable, Equatable {
        /// The document's id.
        public var document: String
        /// The evidence sentence's code-point offsets in that document.
        public var start: Int
        /// End of the evidence sentence (exclusive).
        public var end: Int
        /// The sentence's text.
        public var text: String
        /// The cue's text.
        public var cue: String
        /// Support or oppose.
        public var polarity: StancePolarity
        /// The relation's score.
        public var score: Double
    }

    /// All relations from one holder to one target.
    public struct Cell: Sendable, Equatable {
        /// The holder's entity id.
        public var holder: String
        /// The holder's canonical name.
        public var holderName: String
        /// The target's entity id.
        public var target: String
        /// The target's canonical name.
        public var targetName: String
        /// Relations of polarity support.
        public var support = 0
        /// Relations of polarity oppose.
        public var oppose = 0
        /// Sum of scores, for the mean.
        public var scoreSum = 0.0
        /// Documents with at least one such relation, in input order, each once.
        public var documents: [String] = []
        /// The first evidence sentences, at most ``StanceMatrix/evidenceLimit``.
        public var evidence: [Evidence] = []

        /// Support and oppose relations together.
        public var count: Int { support + oppose }
        /// The mean score, in `[-1, 1]`.
        public var meanScore: Double { count == 0 ? 0 : scoreSum / Double(count) }
        /// The polarity of the mean score.
        public var polarity: StancePolarity { meanScore < 0 ? .oppose : .support }
    }

    /// Evidence sentences kept per cell.
    public let evidenceLimit: Int
    /// Cells keyed by holder id, then target id.
    private var cells: [String: [String: Cell]] = [:]
    /// Documents that contributed at least one relation.
    public private(set) var documentCount = 0
    /// Relations added.
    public private(set) var relationCount = 0

    /// An empty matrix.
    public init(evidenceLimit: Int = 20) { self.evidenceLimit = evidenceLimit }

    /// The entries of a document's stance layer, ready to be sent from a worker to ``add(document:entries:)``.
    public static func entries(of document: Document, offsets: CodePointIndex? = nil) -> [Entry] {
        guard let relations = document[Stances.self]?.relations, !relations.isEmpty else { return [] }
        let offsets = offsets ?? CodePointIndex(document.text)
        return relations.map { relation in
            Entry(holder: (relation.holder.entityID, relation.holder.canonical),
                  target: (relation.target.entityID, relation.target.canonical),
                  polarity: relation.polarity, score: relation.score, cue: String(document.text(of: relation.cue)),
                  evidence: (offsets.codePoints(relation.evidence.start), offsets.codePoints(relation.evidence.end),
                             String(document.text(of: relation.evidence))))
        }
    }

    /// Adds one document's relations.
    public mutating func add(document: String, entries: [Entry]) {
        guard !entries.isEmpty else { return }
        documentCount += 1
        for entry in entries {
            relationCount += 1
            var cell = cells[entry.holder.id]?[entry.target.id]
                ?? Cell(holder: entry.holder.id, holderName: entry.holder.name,
                        target: entry.target.id, targetName: entry.target.name)
            switch entry.polarity {
            case .support: cell.support += 1
            case .oppose: cell.oppose += 1
            }
            cell.scoreSum += entry.score
            if cell.documents.last != document { cell.documents.append(document) }
            if cell.evidence.count < evidenceLimit {
                cell.evidence.append(Evidence(document: document, start: entry.evidence.start, end: entry.evidence.end,
                                              text: entry.evidence.text, cue: entry.cue,
                                              polarity: entry.polarity, score: entry.score))
            }
            cells[entry.holder.id, default: [:]][entry.target.id] = cell
        }
    }

    /// Every cell, most relations first (then holder and target name).
    public var sortedCells: [Cell] {
        cells.values.flatMap(\.values).sorted {
            ($0.count, $1.holderName, $1.targetName) > ($1.count, $0.holderName, $0.targetName)
        }
    }

    /// The cell for a holder and target id.
    public func cell(holder: String, target: String) -> Cell? { cells[holder]?[target] }

    /// Whether no relation was added.
    public var isEmpty: Bool { cells.isEmpty }

    /// The matrix as one JSON object: `{"documents", "relations", "cells": [{"holder": {"id", "name"},
    /// "target": {...}, "count", "support", "oppose", "mean_score", "polarity", "documents": [...],
    /// "evidence": [{"document", "start", "end", "text", "cue", "polarity", "score"}, ...]}, ...]}`.
    public func json() -> [UInt8] {
        var writer = JSONWriter(capacity: 4096)
        writer.beginObject()
        writer.key("documents")
        writer.value(documentCount)
        writer.key("relations")
        writer.value(relationCount)
        writer.key("cells")
        writer.beginArray()
        for cell in sortedCells {
            writer.beginObject()
            for (key, id, name) in [("holder", cell.holder, cell.holderName), ("target", cell.target, cell.targetName)] {
                writer.key(key)
                writer.beginObject()
                writer.key("id")
                writer.value(id)
                writer.key("name")
                writer.value(name)
                writer.endObject()
            }
            writer.key("count")
            writer.value(cell.count)
            writer.key("support")
            writer.value(cell.support)
            writer.key("oppose")
            writer.value(cell.oppose)
            writer.key("mean_score")
            writer.value((cell.meanScore * 1000).rounded() / 1000)
            writer.key("polarity")
            writer.value(cell.polarity.rawValue)
            writer.key("documents")
            writer.beginArray()
            for document in cell.documents { writer.value(document) }
            writer.endArray()
            writer.key("evidence")
            writer.beginArray()
            for evidence in cell.evidence {
                writer.beginObject()
                writer.key("document")
                writer.value(evidence.document)
                writer.key("start")
                writer.value(evidence.start)
                writer.key("end")
                writer.value(evidence.end)
                writer.key("text")
                writer.value(evidence.text)
                writer.key("cue")
                writer.value(evidence.cue)
                writer.key("polarity")
                writer.value(evidence.polarity.rawValue)
                writer.key("score")
                writer.value((evidence.score * 1000).rounded() / 1000)
                writer.endObject()
            }
            writer.endArray()
            writer.endObject()
        }
        writer.endArray()
        writer.endObject()
        writer.newline()
        return writer.record.bytes
    }
}
