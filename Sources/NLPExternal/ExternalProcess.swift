import CProcessSpawn
import NLPCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// One running child process and its three pipes, exchanging newline-delimited messages.
///
/// All three pipes are non-blocking and every exchange polls them together: the request is
/// written while the reply and stderr are read, so neither side can block the other on a full
/// pipe. stderr is drained on every exchange, and its last few KiB are kept for error messages.
/// An instance is used by one thread at a time (a worker, or the pool under its lock).
///
/// Starting the first process makes this process ignore SIGPIPE (as `nlp run` does anyway), so
/// that writing to a stage that has just died fails with EPIPE instead of killing nlp; the stage
/// processes themselves start with default signal handling.
final class ExternalProcess: @unchecked Sendable {
    /// The process id, also its process group id.
    let pid: pid_t
    /// The command, for messages.
    let command: [String]
    private var input: Int32
    private var output: Int32
    private var errors: Int32
    private var pending: [UInt8] = []
    private var readBuffer = [UInt8](repeating: 0, count: 1 << 16)
    private var stderrTail = OutputTail(capacity: 8192)
    private var exitStatus: Int32?

    private init(pid: pid_t, command: [String], input: Int32, output: Int32, errors: Int32) {
        self.pid = pid
        self.command = command
        self.input = input
        self.output = output
        self.errors = errors
    }

    deinit { shutDown(deadline: .now + .seconds(2)) }

    private static let brokenPipesFailWrites: Void = { _ = signal(SIGPIPE, SIG_IGN) }()

    /// Starts `command` (its first item is looked up in PATH unless it holds a `/`) in `directory`.
    static func start(command: [String], directory: String) throws(ProcessFailure) -> ExternalProcess {
        Self.brokenPipesFailWrites
        guard let program = command.first, !program.isEmpty else { throw .cannotStart("the command is empty") }
        var arguments: [UnsafeMutablePointer<CChar>?] = command.map { strdup($0) }
        arguments.append(nil)
        defer { for argument in arguments { free(argument) } }
        var spawned = nlp_spawned_process()
        let status = arguments.withUnsafeBufferPointer { argv in
            argv.baseAddress!.withMemoryRebound(to: UnsafePointer<CChar>?.self, capacity: argv.count) { pointer in
                nlp_spawn(pointer, directory, &spawned)
            }
        }
        guard status == 0 else {
            let reason = status == ENOENT
                ? (program.contains("/") ? "no such file (relative to \(directory))" : "no such program in PATH")
                : String(cString: strerror(status))
            throw .cannotStart("cannot run '\(program)': \(reason)")
        }
        let process = ExternalProcess(pid: spawned.pid, command: command, input: spawned.input, output: spawned.output,
                                      errors: spawned.errors)
        RunningProcesses.add(process)
        return process
    }

    /// Writes `request` (a whole line) and returns the one line the process writes back, without
    /// its newline, reading stderr meanwhile. Fails if no reply comes within `timeout`, if the
    /// process exits, if it replies before reading the whole request, if it writes more than one
    /// line, or if the line grows past `maxReplyBytes`.
    func exchange(_ request: [[UInt8]], timeout: Duration, maxReplyBytes: Int) throws(ProcessFailure) -> [UInt8] {
        let deadline = ContinuousClock.now + timeout
        stderrTail.startSection()
        try checkForUnsolicitedOutput()
        guard input >= 0 else { throw .protocolViolation("it closed its stdin") }
        var chunk = 0
        var offset = 0
        var scanned = 0
        var writing = try write(request, chunk: &chunk, offset: &offset)
        while true {
            var fds = [pollfd(fd: output, events: Int16(POLLIN), revents: 0),
                       pollfd(fd: errors, events: Int16(POLLIN), revents: 0),
                       pollfd(fd: writing ? input : -1, events: Int16(POLLOUT), revents: 0)]
            let remaining = deadline - ContinuousClock.now
            guard remaining > .zero else { throw .timedOut(timeout) }
            let ready = poll(&fds, 3, Self.milliseconds(remaining))
            if ready < 0 {
                if errno == EINTR { continue }
                throw .io("poll failed: \(String(cString: strerror(errno)))")
            }
            if ready == 0 { continue }
            if fds[2].revents != 0 { writing = try write(request, chunk: &chunk, offset: &offset) }
            if fds[1].revents != 0 { drainErrors() }
            guard fds[0].revents != 0 else { continue }
            guard try readOutput() else {
                throw .exited(try finishAfterOutputClosed(), stderr: stderrTail.text)
            }
            if let newline = pending[scanned...].firstIndex(of: UInt8(ascii: "\n")) {
                let line = Array(pending[..<newline])
                let rest = pending.count - newline - 1
                pending.removeAll(keepingCapacity: true)
                if writing || chunk < request.count {
                    throw .protocolViolation("it replied before reading the whole request: \(Self.preview(line))")
                }
                if rest > 0 {
                    throw .protocolViolation("it wrote more than one line for one request: \(Self.preview(line)) "
                                             + "then \(rest) more bytes (write diagnostics to stderr, not stdout)")
                }
                return line
            }
            scanned = pending.count
            if pending.count > maxReplyBytes {
                throw .protocolViolation("its reply is longer than \(maxReplyBytes) bytes: \(Self.preview(pending))")
            }
        }
    }

    /// Output left over from an earlier exchange, or written since, means the process wrote
    /// something nobody asked for.
    private func checkForUnsolicitedOutput() throws(ProcessFailure) {
        guard output >= 0 else { throw .io("its stdout is closed") }
        if pending.isEmpty {
            guard try readOutput() else { throw .exited(try finishAfterOutputClosed(), stderr: stderrTail.text) }
        }
        if !pending.isEmpty {
            let text = Self.preview(pending)
            pending.removeAll(keepingCapacity: true)
            throw .unsolicitedOutput(text)
        }
    }

    /// Writes as much of the request as the pipe takes; returns whether some is left. A process
    /// that closed its stdin stops the writing (its exit or silence is noticed by the caller).
    private func write(_ request: [[UInt8]], chunk: inout Int, offset: inout Int) throws(ProcessFailure) -> Bool {
        while chunk < request.count {
            let bytes = request[chunk]
            if offset == bytes.count {
                chunk += 1
                offset = 0
                continue
            }
            let written = bytes.withUnsafeBytes { buffer in
                Glibc.write(input, buffer.baseAddress! + offset, buffer.count - offset)
            }
            if written > 0 {
                offset += written
            } else if written < 0 && errno == EINTR {
                continue
            } else if written < 0 && (errno == EAGAIN || errno == EWOULDBLOCK) {
                return true
            } else {
                // EPIPE: it closed its stdin, or died; keep reading to find out which.
                closeInput()
                return false
            }
        }
        return false
    }

    /// Reads what stdout has; returns false at end of file.
    private func readOutput() throws(ProcessFailure) -> Bool {
        while true {
            let count = readBuffer.withUnsafeMutableBytes { Glibc.read(output, $0.baseAddress!, $0.count) }
            if count > 0 {
                readBuffer.withUnsafeBytes { pending.append(contentsOf: $0.prefix(count)) }
                if count < readBuffer.count { return true }
            } else if count == 0 {
                return false
            } else if errno == EINTR {
                continue
            } else if errno == EAGAIN || errno == EWOULDBLOCK {
                return true
            } else {
                throw .io("reading its stdout failed: \(String(cString: strerror(errno)))")
            }
        }
    }

    /// Reads what stderr has into the tail; closes it at end of file.
    private func drainErrors() {
        guard errors >= 0 else { return }
        while true {
            let count = readBuffer.withUnsafeMutableBytes { Glibc.read(errors, $0.baseAddress!, $0.count) }
            if count > 0 {
                readBuffer.withUnsafeBytes { stderrTail.append(UnsafeRawBufferPointer(rebasing: $0.prefix(count))) }
            } else if count < 0 && errno == EINTR {
                continue
            } else {
                if count == 0 {
                    close(errors)
                    errors = -1
                }
                return
            }
        }
    }

    /// After stdout closed: collects the rest of stderr and the exit status (within a second,
    /// else the process is killed), and describes how it ended.
    private func finishAfterOutputClosed() throws(ProcessFailure) -> String {
        let deadline = ContinuousClock.now + .seconds(1)
        while errors >= 0 {
            let remaining = deadline - ContinuousClock.now
            guard remaining > .zero else { break }
            var fds = [pollfd(fd: errors, events: Int16(POLLIN), revents: 0)]
            if poll(&fds, 1, Self.milliseconds(remaining)) > 0 { drainErrors() }
        }
        closeAll()
        let status = reap(until: deadline)
        return Self.describe(status)
    }

    /// Waits for the process to end until `deadline`, then kills its process group; returns the
    /// wait status.
    private func reap(until deadline: ContinuousClock.Instant) -> Int32 {
        if let exitStatus { return exitStatus }
        RunningProcesses.reaped(pid: pid)
        var status: Int32 = 0
        while true {
            let result = waitpid(pid, &status, WNOHANG)
            if result == pid || (result < 0 && errno != EINTR) { break }
            if ContinuousClock.now >= deadline {
                Glibc.kill(-pid, SIGKILL)
                while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
                break
            }
            usleep(2_000)
        }
        exitStatus = status
        return status
    }

    /// "exited with status 1", "was killed by signal 9 (Killed)".
    static func describe(_ status: Int32) -> String {
        let signal = status & 0x7F
        if signal == 0 { return "exited with status \((status >> 8) & 0xFF)" }
        return "was killed by signal \(signal) (\(String(cString: strsignal(signal))))"
    }

    /// Kills the process group at once and reaps the process.
    func kill() {
        if exitStatus == nil { Glibc.kill(-pid, SIGKILL) }
        closeAll()
        _ = reap(until: .now)
    }

    /// Closes stdin (the process should then exit) and the other pipes, waits until `deadline`,
    /// then kills the process group.
    func shutDown(deadline: ContinuousClock.Instant) {
        closeAll()
        _ = reap(until: deadline)
    }

    /// Closes stdin and the other pipes without waiting: the first half of ``shutDown(deadline:)``,
    /// so that many processes can be asked to stop at once.
    func closeAll() {
        RunningProcesses.closed(pid: pid)
        closeInput()
        if output >= 0 { close(output); output = -1 }
        if errors >= 0 { close(errors); errors = -1 }
    }

    private func closeInput() {
        if input >= 0 { close(input); input = -1 }
    }

    /// What stderr said lately (for messages).
    var recentErrors: String { stderrTail.text }

    private static func milliseconds(_ duration: Duration) -> Int32 {
        let (seconds, attoseconds) = duration.components
        let milliseconds = seconds * 1000 + (attoseconds + 999_999_999_999_999) / 1_000_000_000_000_000
        return Int32(clamping: max(1, milliseconds))
    }

    /// The start of a line of output, for messages.
    static func preview(_ bytes: [UInt8]) -> String {
        var text = String(decoding: bytes.prefix(160), as: UTF8.self).unicodeScalars
            .map { $0 == "\n" ? "\\n" : $0 == "\r" ? "\\r" : String($0) }.joined()
        if bytes.count > 160 { text += "…" }
        return "'" + text + "'"
    }
}
