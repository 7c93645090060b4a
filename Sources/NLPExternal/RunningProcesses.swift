import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// Every stage process that has not been reaped yet, so that none outlives nlp: when nlp exits,
/// their pipes are closed (they see end of input), they get two seconds to exit, and the rest are
/// killed. Processes are normally stopped earlier, when their stage is released; this covers an
/// exit that comes first.
enum RunningProcesses {
    private struct Entry: Sendable {
        weak var process: ExternalProcess?
        var closed = false
    }

    private static let entries = Mutex<[pid_t: Entry]>([:])
    private static let exitHandler: Void = { atexit { RunningProcesses.stopAll() } }()

    /// Records a started process.
    static func add(_ process: ExternalProcess) {
        exitHandler
        entries.withLock { $0[process.pid] = Entry(process: process) }
    }

    /// Notes that a process's owner has closed its pipes (it is stopping).
    static func closed(pid: pid_t) {
        entries.withLock { $0[pid]?.closed = true }
    }

    /// Forgets a process that is being reaped.
    static func reaped(pid: pid_t) {
        _ = entries.withLock { $0.removeValue(forKey: pid) }
    }

    /// Closes the pipes of every process still open, waits up to two seconds for all of them
    /// (so that their resource use is counted as nlp's), and kills the rest.
    private static func stopAll() {
        let remaining = entries.withLock { entries in
            defer { entries.removeAll() }
            return entries
        }
        for entry in remaining.values where !entry.closed { entry.process?.closeAll() }
        var waiting = Set(remaining.keys)
        let deadline = ContinuousClock.now + .seconds(2)
        while !waiting.isEmpty && ContinuousClock.now < deadline {
            var status: Int32 = 0
            waiting = waiting.filter { waitpid($0, &status, WNOHANG) == 0 }
            if !waiting.isEmpty { usleep(2_000) }
        }
        for pid in waiting {
            kill(-pid, SIGKILL)
            var status: Int32 = 0
            while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        }
    }
}
