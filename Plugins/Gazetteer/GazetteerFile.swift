import Foundation
import NLPCore

/// Reads gazetteer files (TSV with a header; see docs/gazetteers.md) into entries, collecting every
/// problem as `FILE:LINE: message`.
struct GazetteerFile {
    /// The columns every file must have.
    static let requiredColumns = ["id", "type", "name"]
    /// Columns with a meaning of their own; any other column is an attribute.
    static let knownColumns: Set<String> = ["id", "type", "name", "aliases", "demonyms"]

    /// Parses `contents` of `file`; `order` numbers entries across files.
    static func parse(_ contents: String, file: String, firstOrder: Int,
                      problems: inout [String], caseDefault: CaseMode) -> [GazetteerEntry] {
        var entries: [GazetteerEntry] = []
        var header: [String]?
        var columnIndex: [String: Int] = [:]
        var seen: [String: Int] = [:]
        var lineNumber = 0
        for rawLine in contents.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            var line = rawLine
            if line.hasSuffix("\r") { line = line.dropLast() }
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) || line.hasPrefix("#") { continue }
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespaces) }
            guard let columns = header else {
                let names = cells.map { $0.lowercased() }
                var missing: [String] = []
                for required in requiredColumns where !names.contains(required) { missing.append(required) }
                if !missing.isEmpty {
                    problems.append("\(file):\(lineNumber): the header must name the columns id, type and name (tab-separated); missing: \(missing.joined(separator: ", "))")
                    return []
                }
                for (index, name) in names.enumerated() {
                    if columnIndex[name] != nil {
                        problems.append("\(file):\(lineNumber): column '\(name)' appears twice in the header")
                    } else {
                        columnIndex[name] = index
                    }
                }
                header = names
                continue
            }
            if cells.count > columns.count {
                problems.append("\(file):\(lineNumber): \(cells.count) cells but the header has \(columns.count) columns")
                continue
            }
            func cell(_ name: String) -> String {
                guard let index = columnIndex[name], index < cells.count else { return "" }
                return cells[index]
            }
            let id = cell("id"), type = cell("type"), name = cell("name")
            var bad = false
            for (column, value) in [("id", id), ("type", type), ("name", name)] where value.isEmpty {
                problems.append("\(file):\(lineNumber): empty '\(column)'")
                bad = true
            }
            if id.contains(" ") {
                problems.append("\(file):\(lineNumber): id '\(id)' contains a space")
                bad = true
            }
            if !type.isEmpty && !type.unicodeScalars.allSatisfy({ ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "_" }) {
                problems.append("\(file):\(lineNumber): type '\(type)' must be written in capitals, digits and '_' (PERSON, GPE, LOC, ORG, FAC, NORP, EVENT, ...)")
                bad = true
            }
            if let first = seen[id], !id.isEmpty {
                problems.append("\(file):\(lineNumber): id '\(id)' is already defined on line \(first) of this file")
                bad = true
            }
            if bad { continue }
            seen[id] = lineNumber
            var forms = Self.forms(name, link: .alias, caseDefault: caseDefault)
            forms.append(contentsOf: Self.forms(cell("aliases"), link: .alias, caseDefault: caseDefault))
            forms.append(contentsOf: Self.forms(cell("demonyms"), link: .demonym, caseDefault: caseDefault))
            var attributes: [(String, String)] = []
            for (index, column) in columns.enumerated() where !knownColumns.contains(column) && index < cells.count && !cells[index].isEmpty {
                attributes.append((column, cells[index]))
            }
            entries.append(GazetteerEntry(id: id, type: type, name: Self.stripPrefix(name), forms: forms, attributes: attributes,
                                          file: file, line: lineNumber, order: firstOrder + entries.count))
        }
        if header == nil { problems.append("\(file):1: no header line (id, type, name, ... separated by tabs)") }
        return entries
    }

    private static func stripPrefix(_ text: String) -> String {
        text.hasPrefix("=") || text.hasPrefix("~") ? String(text.dropFirst()) : text
    }

    /// `|`-separated forms, each with an optional `=` (exact case) or `~` (any case) prefix.
    private static func forms(_ cell: String, link: EntityLink, caseDefault: CaseMode) -> [SurfaceForm] {
        cell.split(separator: "|").compactMap { part in
            var text = part.trimmingCharacters(in: .whitespaces)
            var mode = caseDefault
            if text.hasPrefix("=") { mode = .exact; text.removeFirst() } else if text.hasPrefix("~") { mode = .any; text.removeFirst() }
            return text.isEmpty ? nil : SurfaceForm(text: text, mode: mode, link: link)
        }
    }
}
