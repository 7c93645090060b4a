/// A one-line progress display for long runs on a terminal: documents done, rate and, when the
/// input's size is known, how far along and the time left. Redrawn in place (`\r`) at most four
/// times a second, only once the run has lasted half a second, and cleared before the summary.
public struct ProgressLine {
    /// What the run's input amounts to, when known.
    public enum Total: Sendable, Equatable {
        /// A file (or standard input redirected from one) of this many bytes.
        case bytes(Int)
        /// This many documents (text files listed).
        case documents(Int)
        /// Unknown (a pipe).
        case unknown
    }

    private let total: Total
    private let width: Int
    private let write: (String) -> Void
    private let start: ContinuousClock.Instant
    private var lastDraw: ContinuousClock.Instant?
    private var visible = false
    /// Time between redraws.
    static let interval = Duration.milliseconds(250)
    /// Nothing is shown before the run has lasted this long.
    static let delay = Duration.milliseconds(500)

    /// A progress line against `total`, at most `width` columns, drawn with `write`.
    public init(total: Total, width: Int = 80, start: ContinuousClock.Instant = .now, write: @escaping (String) -> Void) {
        self.total = total
        self.width = max(40, width)
        self.start = start
        self.write = write
    }

    /// Redraws if it is time: `documents` written (`failed` of them failed), `inputBytes` read.
    public mutating func update(documents: Int, failed: Int, inputBytes: Int, now: ContinuousClock.Instant = .now) {
        let elapsed = now - start
        guard elapsed >= Self.delay else { return }
        if let lastDraw, now - lastDraw < Self.interval { return }
        lastDraw = now
        let fraction: Double? = switch total {
        case .bytes(let size): size > 0 ? min(1, Double(inputBytes) / Double(size)) : nil
        case .documents(let count): count > 0 ? min(1, Double(documents) / Double(count)) : nil
        case .unknown: nil
        }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        var line = Self.text(documents: documents, failed: failed, seconds: seconds, fraction: fraction)
        if line.count > width - 1 { line = String(line.prefix(width - 1)) }
        write("\r" + line + "\u{1B}[K")
        visible = true
    }

    /// Erases the line, if shown.
    public mutating func clear() {
        guard visible else { return }
        write("\r\u{1B}[K")
        visible = false
    }

    /// `nlp: 12,345 documents, 4,210/s, 58%, about 0:03 left` (the last two when the total is known).
    static func text(documents: Int, failed: Int, seconds: Double, fraction: Double?) -> String {
        var parts = ["nlp: \(TerminalSummary.grouped(documents)) document\(documents == 1 ? "" : "s")"]
        if failed > 0 { parts[0] += " (\(TerminalSummary.grouped(failed)) failed)" }
        parts.append("\(TerminalSummary.grouped(Int((Double(documents) / max(seconds, 1e-3)).rounded())))/s")
        if let fraction {
            parts.append("\(Int((fraction * 100).rounded(.down)))%")
            if fraction > 0.005 {
                parts.append("about \(clock(seconds * (1 - fraction) / fraction)) left")
            }
        } else {
            parts.append(clock(seconds) + " elapsed")
        }
        return parts.joined(separator: ", ")
    }

    /// `0:07`, `12:34`, `1:02:03`.
    static func clock(_ seconds: Double) -> String {
        let total = Int(seconds.rounded())
        let (hours, minutes, rest) = (total / 3600, total / 60 % 60, total % 60)
        let twoDigits = { (value: Int) in value < 10 ? "0\(value)" : "\(value)" }
        return hours > 0 ? "\(hours):\(twoDigits(minutes)):\(twoDigits(rest))" : "\(minutes):\(twoDigits(rest))"
    }
}
