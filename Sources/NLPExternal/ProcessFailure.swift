/// Why an exchange with an external process failed. Every case but ``cannotStart`` leaves the
/// process unusable: it is killed and a new one is started for the next document.
enum ProcessFailure: Error, CustomStringConvertible {
    /// The command could not be run at all.
    case cannotStart(String)
    /// No reply within the time allowed.
    case timedOut(Duration)
    /// The process ended (how, and the end of what it wrote to stderr).
    case exited(String, stderr: String)
    /// It broke the protocol (replied early, wrote two lines, wrote too much).
    case protocolViolation(String)
    /// It wrote to stdout when no request was pending.
    case unsolicitedOutput(String)
    /// A system call on its pipes failed.
    case io(String)

    /// A sentence for error records and diagnostics.
    var description: String {
        switch self {
        case .cannotStart(let message): message
        case .timedOut(let limit): "no reply within \(Self.seconds(limit)); the process was killed"
        case .exited(let how, let stderr):
            "the process \(how)" + (stderr.isEmpty ? " (it wrote nothing to stderr)" : "; its stderr ends with:\n\(stderr)")
        case .protocolViolation(let message): "the process broke the protocol: \(message)"
        case .unsolicitedOutput(let text): "the process wrote to stdout without being asked (a second reply to the previous document?): \(text)"
        case .io(let message): message
        }
    }

    /// "10 s", "0.5 s".
    static func seconds(_ duration: Duration) -> String {
        let (seconds, attoseconds) = duration.components
        if attoseconds == 0 { return "\(seconds) s" }
        let value = Double(seconds) + Double(attoseconds) / 1e18
        return "\((value * 1000).rounded() / 1000) s"
    }
}
