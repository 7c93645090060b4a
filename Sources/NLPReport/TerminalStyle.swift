#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// How text for a terminal is styled: ANSI colours or none, and the width to fit.
public struct TerminalStyle: Sendable, Equatable {
    /// Whether to use ANSI colours and bold.
    public var color: Bool
    /// Columns available.
    public var width: Int

    /// A style.
    public init(color: Bool, width: Int = 100) {
        self.color = color
        self.width = max(60, width)
    }

    /// Plain text, 100 columns: for pipes and files.
    public static let plain = TerminalStyle(color: false)

    /// Whether `descriptor` is a terminal.
    public static func isTerminal(_ descriptor: Int32) -> Bool { isatty(descriptor) == 1 }

    /// The style for `descriptor` (standard error by default): colour only on a terminal, and not
    /// when `NO_COLOR` is set to anything non-empty or `TERM` is `dumb`; the terminal's width.
    public static func detect(descriptor: Int32 = 2, environment: [String: String]) -> TerminalStyle {
        guard isTerminal(descriptor) else { return .plain }
        let noColor = !(environment["NO_COLOR"] ?? "").isEmpty || environment["TERM"] == "dumb"
        return TerminalStyle(color: !noColor, width: columns(descriptor) ?? 100)
    }

    /// The terminal's width in columns, if it says.
    public static func columns(_ descriptor: Int32) -> Int? {
        var size = winsize()
        guard ioctl(descriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }

    /// Bold (headings).
    func bold(_ text: String) -> String { wrap(text, "1") }
    /// Dim (secondary details).
    func dim(_ text: String) -> String { wrap(text, "2") }
    /// Green (positive, support).
    func green(_ text: String) -> String { wrap(text, "32") }
    /// Red (negative, oppose, failures).
    func red(_ text: String) -> String { wrap(text, "31") }
    /// Cyan (names).
    func cyan(_ text: String) -> String { wrap(text, "36") }

    /// `text` coloured by the sign of `score`: green above the neutral band, red below, plain inside.
    func signed(_ text: String, _ score: Double) -> String {
        score >= SentimentStats.neutralBand ? green(text) : score <= -SentimentStats.neutralBand ? red(text) : text
    }

    private func wrap(_ text: String, _ code: String) -> String {
        color && !text.isEmpty ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
