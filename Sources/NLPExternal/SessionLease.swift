import NLPCore

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
