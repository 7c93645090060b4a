import Foundation
import Testing

/// Headless Chromium, to check that reports render in a real browser.
///
/// Tests using it are skipped when no Chromium is installed, except under CI (`CI` set), where
/// a missing browser fails them: `.ci/run` installs it.
enum Chromium {
    /// The browser's path, if one is on `PATH`.
    static let path: String? = {
        let directories = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        for name in ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"] {
            for directory in directories where FileManager.default.isExecutableFile(atPath: "\(directory)/\(name)") {
                return "\(directory)/\(name)"
            }
        }
        return nil
    }()

    /// Whether browser tests run: Chromium is installed, or CI requires it.
    static let enabled = path != nil || inCI

    /// Whether `CI` is set (to anything but empty, `0` or `false`).
    static let inCI = ProcessInfo.processInfo.environment["CI"].map { !["", "0", "false"].contains($0.lowercased()) } ?? false

    /// The DOM after the page's scripts ran.
    static func dumpDOM(_ file: String, fragment: String = "") throws -> String {
        try run(["--dump-dom", url(file, fragment)])
    }

    /// Renders the page to a PNG of `width` × `height` pixels.
    static func screenshot(_ file: String, to png: String, width: Int = 1280, height: Int = 2000) throws {
        _ = try run(["--hide-scrollbars", "--screenshot=\(png)", "--window-size=\(width),\(height)", url(file, "")])
    }

    private static func url(_ file: String, _ fragment: String) -> String {
        URL(fileURLWithPath: file).absoluteString + fragment
    }

    private static func run(_ arguments: [String]) throws -> String {
        guard let path else {
            Issue.record("Chromium is required under CI (apt-get install -y chromium)")
            throw CocoaError(.fileNoSuchFile)
        }
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent("nlp-chromium-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: profile) }
        let output = profile + ".out"
        defer { try? FileManager.default.removeItem(atPath: output) }
        _ = FileManager.default.createFile(atPath: output, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--user-data-dir=\(profile)"] + arguments
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: output))
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(90)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        if process.isRunning {
            process.terminate()
            Issue.record("Chromium did not finish in 90 s")
        }
        process.waitUntilExit()
        return (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
    }
}
