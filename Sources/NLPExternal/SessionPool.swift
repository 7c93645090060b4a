import Synchronization

/// Idle processes of one external stage, handed to workers and taken back when they finish, so
/// that processes are reused across runs of the same pipeline. There are never more than the
/// number of workers that ran at once. When the stage is released, every idle process is asked
/// to stop (stdin closed) and killed if it has not exited within two seconds.
final class SessionPool: Sendable {
    private let idle = Mutex<[StageSession]>([])

    /// A pool holding `sessions` (a process started by `nlp check`, say).
    init(_ sessions: [StageSession] = []) {
        idle.withLock { $0 = sessions }
    }

    /// An idle session, if there is one.
    func take() -> StageSession? {
        idle.withLock { $0.popLast() }
    }

    /// The process ids of the idle sessions.
    var idleProcessIDs: [Int] { idle.withLock { $0.map { Int($0.process.pid) } } }

    /// Returns a healthy session for reuse.
    func give(_ session: StageSession) {
        idle.withLock { $0.append(session) }
    }

    deinit {
        let sessions = idle.withLock { sessions in
            defer { sessions.removeAll() }
            return sessions
        }
        for session in sessions { session.process.closeAll() }
        let deadline = ContinuousClock.now + .seconds(2)
        for session in sessions { session.process.shutDown(deadline: deadline) }
    }
}
