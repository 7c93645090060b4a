import NLPCore

/// One worker's handle on an external stage: sends each document to the worker's process.
struct ExternalProcessor: DocumentProcessor {
    let lease: SessionLease

    /// Annotates `document`; on a crash, timeout or bad reply, kills the process (the next
    /// document gets a new one) and fails this document only.
    mutating func process(_ document: inout Document) throws {
        let session: StageSession
        do {
            session = try lease.acquire()
        } catch {
            throw StageError("could not restart the stage's process: \(error.message)")
        }
        do {
            try session.annotate(&document)
        } catch .rejected(let message) {
            throw StageError(message)
        } catch .broken(let message) {
            lease.discard()
            throw StageError(message + "\n(the process was stopped; a new one takes the next document)")
        }
    }
}

/// The process a worker is using, returned to the stage's pool when the worker finishes.
final class SessionLease {
    private let stage: ExternalStage
    private var session: StageSession?

    init(stage: ExternalStage) { self.stage = stage }

    /// The current process, or an idle one from the pool, or a new one.
    @discardableResult
    func acquire() throws(StageError) -> StageSession {
        if let session { return session }
        let next: StageSession
        if let idle = stage.pool.take() { next = idle } else { next = try stage.startSession() }
        session = next
        return next
    }

    /// Kills the current process; the next ``acquire()`` starts another.
    func discard() {
        session?.process.kill()
        session = nil
    }

    deinit {
        if let session { stage.pool.give(session) }
    }
}
