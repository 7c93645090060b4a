import NLPCore

/// An external process that has answered the handshake: it knows what the stage declared and,
/// once configured, annotates documents one at a time. Used by one thread at a time.
final class StageSession: @unchecked Sendable {
    /// Why a document could not be annotated.
    enum Failure: Error {
        /// The stage refused the document with an error reply; the process is fine.
        case rejected(String)
        /// The process crashed, timed out or broke the protocol; it must be replaced.
        case broken(String)
    }

    /// The running process.
    let process: ExternalProcess
    /// What the stage declared in its handshake.
    let declaration: StageDeclaration
    private let settings: ExternalStageSettings
    private let requiredLayers: [LayerID]
    private let producedLayers: [LayerID]
    /// The options the process accepted, once it has.
    private(set) var configuredOptions: JSONValue?

    private init(process: ExternalProcess, declaration: StageDeclaration, settings: ExternalStageSettings) {
        self.process = process
        self.declaration = declaration
        self.settings = settings
        self.requiredLayers = declaration.requires.sorted()
        self.producedLayers = declaration.produces.sorted()
    }

    /// Starts the command and does the first half of the handshake (`hello` → `stage`).
    static func start(_ settings: ExternalStageSettings) throws(StageError) -> StageSession {
        let process: ExternalProcess
        let reply: [UInt8]
        do {
            process = try ExternalProcess.start(command: settings.command, directory: settings.directory)
        } catch {
            throw StageError(Self.handshakeMessage(error), option: "command")
        }
        do {
            reply = try process.exchange(ProtocolMessage.hello(), timeout: settings.startupTimeout, maxReplyBytes: 1 << 20)
        } catch {
            process.kill()
            throw StageError(Self.handshakeMessage(error), option: "command")
        }
        do {
            let message = try Self.parse(reply)
            let declaration = try StageDeclaration(message: message)
            return StageSession(process: process, declaration: declaration, settings: settings)
        } catch let problem as StageDeclaration.Invalid {
            process.kill()
            throw StageError("the handshake is invalid: \(problem)\nthe stage sent: \(ExternalProcess.preview(reply))",
                             option: "command")
        } catch {
            process.kill()
            throw StageError("the handshake is invalid: \(error)", option: "command")
        }
    }

    private static func handshakeMessage(_ failure: ProcessFailure) -> String {
        switch failure {
        case .cannotStart(let message): message
        case .timedOut(let limit): "no handshake within \(ProcessFailure.seconds(limit)) (startup-timeout); the process was killed"
        case .exited(let how, let stderr):
            "the process \(how) during the handshake" + (stderr.isEmpty ? " (it wrote nothing to stderr)" : "; its stderr ends with:\n\(stderr)")
        default: "during the handshake, \(failure)"
        }
    }

    /// One reply line as a JSON object.
    private static func parse(_ line: [UInt8]) throws -> JSONValue {
        let value: JSONValue
        do {
            value = try line.withUnsafeBufferPointer { buffer throws(JSONValueParser.SyntaxError) in try JSONValueParser.parse(buffer) }
        } catch {
            throw StageError("its reply is not JSON (\(error)): \(ExternalProcess.preview(line)); "
                             + "a stage must write only protocol messages to stdout and diagnostics to stderr")
        }
        guard value.members != nil else { throw StageError("its reply is \(value.kind), not a JSON object") }
        return value
    }

    /// Second half of the handshake: sends the options (defaults filled in, paths made
    /// absolute), expects `ready`.
    func configure(options: JSONValue) throws(StageError) {
        let reply: [UInt8]
        do {
            let sent = DeclaredOptionsCheck.absolutePaths(options, schema: declaration.options)
            reply = try process.exchange(ProtocolMessage.configure(options: sent), timeout: settings.startupTimeout,
                                         maxReplyBytes: 1 << 20)
        } catch {
            process.kill()
            throw StageError(Self.handshakeMessage(error), option: "command")
        }
        let message: JSONValue
        do {
            message = try Self.parse(reply)
        } catch {
            process.kill()
            throw StageError("the handshake is invalid: \(error)", option: "command")
        }
        switch message["type"]?.stringValue {
        case "ready":
            configuredOptions = options
        case "error":
            let text = message["message"]?.stringValue ?? "(no message)"
            let option = message["option"]?.stringValue.map { "options.\($0)" } ?? "options"
            throw StageError("the stage refused its options: \(text)", option: option)
        default:
            process.kill()
            throw StageError("the handshake is invalid: expected {\"type\": \"ready\"} or {\"type\": \"error\", ...} "
                             + "after configure, got \(ExternalProcess.preview(reply))", option: "command")
        }
    }

    /// Sends the document and adds the layers the stage returns.
    func annotate(_ document: inout Document) throws(Failure) {
        let request: [[UInt8]]
        do {
            request = try ProtocolMessage.document(document, layers: requiredLayers)
        } catch {
            throw .rejected(error.message)
        }
        let line: [UInt8]
        do {
            line = try process.exchange(request, timeout: settings.timeout,
                                        maxReplyBytes: max(64 << 20, document.utf8Count * 32))
        } catch {
            throw .broken(error.description)
        }
        let reply: JSONValue
        do {
            reply = try Self.parse(line)
        } catch {
            throw .broken(String(describing: error))
        }
        if let id = reply["id"], id != .string(document.id) {
            throw .broken("the reply is for document \(id.jsonText), not \"\(document.id)\"")
        }
        switch reply["type"]?.stringValue {
        case "result":
            try add(reply["layers"], to: &document)
        case "error":
            guard let message = reply["message"]?.stringValue else {
                throw .broken("an error reply needs a 'message' string: \(ExternalProcess.preview(line))")
            }
            throw .rejected(message)
        default:
            throw .broken("expected a reply of type \"result\" or \"error\": \(ExternalProcess.preview(line))")
        }
    }

    /// Checks that `layers` holds exactly the declared layers, converts their spans and adds them.
    private func add(_ layers: JSONValue?, to document: inout Document) throws(Failure) {
        guard let members = layers?.members else {
            throw .broken("a result needs 'layers', an object, not \(layers?.kind ?? "nothing")")
        }
        let declared = declaration.produces
        if let extra = members.first(where: { !declared.contains(LayerID($0.key)) }) {
            let list = producedLayers.map(\.rawValue).joined(separator: ", ")
            throw .broken("the result has the layer '\(extra.key)', which the stage did not declare (it produces: \(list.isEmpty ? "nothing" : list))")
        }
        if let missing = producedLayers.first(where: { id in !members.contains { $0.key == id.rawValue } }) {
            throw .broken("the result lacks the layer '\(missing)', which the stage declared")
        }
        guard !members.isEmpty else { return }
        let offsets = CodePointOffsets(document)
        var converted: [(LayerID, JSONLayer)] = []
        for member in members {
            let id = LayerID(member.key)
            if document.has(id) { throw .broken("the document already has a '\(id)' layer") }
            do {
                converted.append((id, try LayerImport.layer(member.value, named: member.key, offsets: offsets)))
            } catch {
                throw .broken("bad offsets: \(error)")
            }
        }
        for (id, layer) in converted { document.set(layer, as: id) }
    }
}
