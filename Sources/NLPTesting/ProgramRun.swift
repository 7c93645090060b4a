import Foundation

/// Runs a program (such as the built `nlp`) the way a user would and captures what it printed,
/// for end-to-end tests of the command line and of stage packages.
public struct ProgramRun: Sendable {
    /// The exit status.
    public var status: Int32
    /// Everything written to standard output.
    public var stdout: String
    /// Everything written to standard error.
    public var stderr: String

    /// The directory of the running test executable, where SwiftPM also puts the package's
    /// executables (`ProgramRun.buildDirectory + "/nlp"`).
    public static let buildDirectory: String = {
        let me = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        return URL(fileURLWithPath: me).deletingLastPathComponent().path
    }()

    /// Runs `executable` with `arguments` in `directory`, feeding `stdin` (or nothing) and capturing
    /// its output in files, so that no pipe can fill up and block it.
    public static func run(_ executable: String, _ arguments: [String], in directory: String,
                           environment: [String: String]? = nil, stdin: Data? = nil) throws -> ProgramRun {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("nlp-run-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        if let environment { process.environment = environment }
        let outPath = scratch + "/stdout", errPath = scratch + "/stderr"
        _ = FileManager.default.createFile(atPath: outPath, contents: nil)
        _ = FileManager.default.createFile(atPath: errPath, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: outPath))
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: errPath))
        if let stdin {
            let inPath = scratch + "/stdin"
            _ = FileManager.default.createFile(atPath: inPath, contents: stdin)
            process.standardInput = try FileHandle(forReadingFrom: URL(fileURLWithPath: inPath))
        } else {
            process.standardInput = FileHandle.nullDevice
        }
        try process.run()
        process.waitUntilExit()
        return ProgramRun(status: process.terminationStatus,
                          stdout: (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? "",
                          stderr: (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? "")
    }
}
