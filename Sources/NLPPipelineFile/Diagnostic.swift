/// A problem found in a pipeline file, located by line and column, in the form editors understand:
/// `path:line:column: error: message`, then indented notes.
public struct Diagnostic: Sendable, Equatable, CustomStringConvertible {
    /// The file as the user named it.
    public var file: String
    /// 1-based line.
    public var line: Int
    /// 1-based column (in Unicode scalars).
    public var column: Int
    /// What is wrong.
    public var message: String
    /// Extra lines: suggestions, the valid choices.
    public var notes: [String]

    /// A diagnostic at `line:column` of `file`.
    public init(file: String, line: Int, column: Int, message: String, notes: [String] = []) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
        self.notes = notes
    }

    /// `file:line:column: error: message` followed by `  note` lines.
    public var description: String {
        ([("\(file):\(line):\(column): error: \(message)")] + notes.map { "  " + $0 }).joined(separator: "\n")
    }
}

/// All the problems of one pipeline file; nothing runs when there is one.
public struct PipelineFileError: Error, Sendable, CustomStringConvertible {
    /// The file as the user named it.
    public var file: String
    /// Every problem, in file order.
    public var diagnostics: [Diagnostic]

    /// The diagnostics, then `error: N problems in FILE; nothing was run`.
    public var description: String {
        let count = diagnostics.count
        let summary = "error: \(count) problem\(count == 1 ? "" : "s") in \(file); nothing was run"
        return (diagnostics.map(\.description) + [summary]).joined(separator: "\n")
    }
}
