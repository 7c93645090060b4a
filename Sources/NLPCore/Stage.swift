/// A processing stage: built once per pipeline from its options, then shared by all workers.
///
/// A stage is immutable after `init` and must be safe to call from several threads at once.
/// Mutable per-thread state (an ICU break iterator, a buffer) goes in ``Scratch``: each worker
/// makes its own with ``makeScratch()`` and passes it to every ``process(_:scratch:)`` call.
///
/// ```swift
/// struct Shout: Stage {
///     struct Options: StageOptions { static let schema: [OptionSpec] = [] }
///     static let name = "shout"
///     static let summary = "Upper-cases nothing; an example."
///     static let requires: Set<LayerID> = [.tokens]
///     static let produces: Set<LayerID> = []
///     init(options: Options, context: StageContext) {}
///     func process(_ document: inout Document, scratch: inout Void) throws {}
/// }
/// ```
public protocol Stage: Sendable {
    /// The stage's options, decoded from its entry in a pipeline file.
    associatedtype Options: StageOptions
    /// Per-worker mutable state; `Void` for stateless stages.
    associatedtype Scratch = Void

    /// The kebab-case name used in pipeline files.
    static var name: String { get }
    /// One line saying what the stage does, shown by `nlp stages`.
    static var summary: String { get }
    /// Layers that an earlier stage must produce.
    static var requires: Set<LayerID> { get }
    /// Layers this stage adds to every document it processes.
    static var produces: Set<LayerID> { get }

    /// Builds the stage, loading and compiling its resources once.
    init(options: Options, context: StageContext) throws

    /// Makes one worker's mutable state.
    func makeScratch() throws -> Scratch

    /// Annotates one document. Throwing fails this document only.
    func process(_ document: inout Document, scratch: inout Scratch) throws
}

extension Stage where Scratch == Void {
    /// Stateless stages need no scratch.
    public func makeScratch() throws {}
}

/// What a stage is given when it is built.
public struct StageContext: Sendable {
    /// The directory that relative resource paths are resolved against (the pipeline file's).
    public var baseDirectory: String
    /// Receives warnings a stage finds while it is built (an ambiguous gazetteer alias, say); the
    /// command line prints them on stderr.
    public var warn: @Sendable (String) -> Void

    /// A context resolving paths against `baseDirectory` (default: the current directory).
    public init(baseDirectory: String = ".", warn: @escaping @Sendable (String) -> Void = { _ in }) {
        self.baseDirectory = baseDirectory
        self.warn = warn
    }

    /// `path` resolved against ``baseDirectory`` unless it is absolute.
    public func resolve(_ path: String) -> String {
        if path.hasPrefix("/") || baseDirectory.isEmpty { return Self.normalize(path) }
        return Self.normalize(baseDirectory + "/" + path)
    }

    /// Removes `.` and `name/..` components and repeated slashes, lexically.
    public static func normalize(_ path: String) -> String {
        let absolute = path.hasPrefix("/")
        var parts: [Substring] = []
        for part in path.split(separator: "/") {
            if part == "." { continue }
            if part == "..", let last = parts.last, last != ".." {
                parts.removeLast()
            } else if part == "..", absolute {
                continue
            } else {
                parts.append(part)
            }
        }
        let joined = parts.joined(separator: "/")
        return absolute ? "/" + joined : (joined.isEmpty ? "." : joined)
    }
}

/// An error a stage throws for one document or at build time, with a message for users.
public struct StageError: Error, Sendable, CustomStringConvertible {
    /// What went wrong, in words a user can act on.
    public var message: String
    /// The option at fault, if one is: a key such as `command`, or a dotted path into a mapping
    /// option such as `options.model`. `nlp check` then points at that option's value.
    public var option: String?

    /// An error with the given message, blaming `option` if given.
    public init(_ message: String, option: String? = nil) {
        self.message = message
        self.option = option
    }

    /// The message.
    public var description: String { message }
}
