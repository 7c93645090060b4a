import Foundation
import NLPCore
import Synchronization

/// The process `nlp check` (or `nlp run`, before building) started to learn an external stage's
/// contract. The validator configures it; building takes it, once, as the first worker process.
final class PreparedSession: PreparedStage {
    private let session: Mutex<StageSession?>

    init(_ session: StageSession) { self.session = Mutex(session) }

    /// Sends the validated declared options; throws the stage's refusal.
    func configure(options: Data) throws {
        let value: JSONValue
        do {
            value = try options.withUnsafeBytes { raw throws(JSONValueParser.SyntaxError) in
                try JSONValueParser.parse(raw.bindMemory(to: UInt8.self))
            }
        } catch {
            throw StageError("the options are not valid JSON: \(error)", option: "options")
        }
        try session.withLock { session throws(StageError) in try session?.configure(options: value) }
    }

    /// The process id, if it has not been taken yet.
    var processID: Int? { session.withLock { $0.map { Int($0.process.pid) } } }

    /// What the process declared, if it has not been taken yet.
    var declaration: StageDeclaration? { session.withLock { $0?.declaration } }

    /// The session, configured with `options`, if it has not been taken yet.
    func take(configuredWith options: JSONValue) -> StageSession? {
        session.withLock { session in
            defer { session = nil }
            return session?.configuredOptions == options ? session : nil
        }
    }
}
