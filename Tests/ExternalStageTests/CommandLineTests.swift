import CProcessSpawn
import Foundation
import NLPTesting
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// End to end through the `nlp` binary: the Python example stage, `nlp stages`, `nlp new stage`.
@Suite struct CommandLineTests {
    typealias Result = ProgramRun

    /// The `nlp` binary next to the test bundle.
    static let binary = ProgramRun.buildDirectory + "/nlp"

    /// Runs `nlp` in the repository root.
    static func nlp(_ arguments: [String]) throws -> Result {
        try ProgramRun.run(binary, arguments, in: Support.root)
    }

    static func temporaryDirectory() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("nlp-ext-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test func thePythonExampleChecksAndRunsOverTheSeeds() throws {
        let check = try Self.nlp(["check", "examples/python-stage/capitalized.pipe"])
        #expect(check.status == 0, "\(check.stderr)")
        #expect(check.stdout == "examples/python-stage/capitalized.pipe: ok (2 stages: segmenter → capitalized (external))\n")

        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let output = directory + "/capitalized.jsonl"
        let run = try Self.nlp(["run", "examples/python-stage/capitalized.pipe", "--output", output, "--jobs", "2"])
        #expect(run.status == 0, "\(run.stderr)")
        let lines = try String(contentsOfFile: output, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 5)
        var names: Set<String> = []
        for line in lines {
            let record = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let text = try #require(record["text"] as? String)
            let runs = try #require(record["capitalized"] as? [[String: Any]])
            #expect(record["tokens"] != nil && record["sentences"] != nil)
            for run in runs {
                #expect(Support.slice(text, run) == run["text"] as? String)
                names.insert(run["text"] as? String ?? "")
            }
            // The ignore list (openers.txt) keeps sentence openers out.
            #expect(!runs.contains { $0["text"] as? String == "The" })
        }
        #expect(names.isSuperset(of: ["Kim Jong Un", "South Korea", "Vladimir Putin", "Russia"]))

        // The offsets hold from outside the process too.
        let offsets = Process()
        offsets.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        offsets.arguments = ["python3", Support.root + "/scripts/check_offsets.py", output]
        try offsets.run()
        offsets.waitUntilExit()
        #expect(offsets.terminationStatus == 0)
    }

    @Test func aBrokenExternalStageIsReportedByCheckAndRefusedByRun() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let file = directory + "/broken.pipe"
        try """
            stages:
              - segmenter
              - external:
                  command: [python3, \(Support.root)/examples/python-stage/capitalized.py]
                  options: { min-words: 0, ignroe: x.txt }
            """.write(toFile: file, atomically: true, encoding: .utf8)
        let check = try Self.nlp(["check", file])
        #expect(check.status == 64)
        #expect(check.stderr.contains("\(file):5:32: error: unknown option 'ignroe' for stage 'capitalized'; did you mean 'ignore'?"))
        try String(try String(contentsOfFile: file, encoding: .utf8).replacingOccurrences(of: ", ignroe: x.txt", with: ""))
            .write(toFile: file, atomically: true, encoding: .utf8)
        let refused = try Self.nlp(["run", file, "--input", "seeds"])
        #expect(refused.status == 64)
        #expect(refused.stderr.contains("\(file):5:29: error: stage 'capitalized': the stage refused its options: min-words must be at least 1"),
                "\(refused.stderr)")
    }

    @Test func ctrlCReachesNlpButNotItsStagesSoEveryWrittenRecordIsAnnotated() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let input = (0..<2_000).map { #"{"id": "d\#($0)", "text": "Document number \#($0)."}"# }.joined(separator: "\n")
        try input.write(toFile: directory + "/in.jsonl", atomically: true, encoding: .utf8)
        try """
            stages:
              - external: { command: [python3, \(Support.fixtures)/test_stage.py, --delay, "0.002"] }
            """.write(toFile: directory + "/slow.pipe", atomically: true, encoding: .utf8)
        // nlp in a process group of its own, as a shell runs a foreground job; a terminal's Ctrl-C
        // sends SIGINT to that whole group.
        let arguments = [Self.binary, "run", directory + "/slow.pipe", "--input", directory + "/in.jsonl",
                         "--output", directory + "/out.jsonl", "--jobs", "2", "--quiet"]
        let argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var spawned = nlp_spawned_process()
        let status = argv.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: UnsafePointer<CChar>?.self, capacity: buffer.count) {
                nlp_spawn($0, Support.root, &spawned)
            }
        }
        #expect(status == 0)
        defer { close(spawned.input); close(spawned.output); close(spawned.errors) }
        // The output file is created once the pipeline is checked and built; then documents flow.
        #expect(Support.eventually { FileManager.default.fileExists(atPath: directory + "/out.jsonl") })
        usleep(500_000)
        // Its stage processes each lead a process group of their own, outside nlp's.
        let children = Self.children(of: Int(spawned.pid))
        #expect(children.count == 2, "\(children)")
        #expect(children.allSatisfy { $0.group == $0.pid && $0.group != Int(spawned.pid) }, "\(children)")
        kill(-spawned.pid, SIGINT)
        var wait: Int32 = 0
        waitpid(spawned.pid, &wait, 0)
        #expect((wait >> 8) & 0xFF == 130, "exit status \((wait >> 8) & 0xFF), signal \(wait & 0x7F)")
        let output = try String(contentsOfFile: directory + "/out.jsonl", encoding: .utf8)
        let records = try output.split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        #expect(output.hasSuffix("\n") && records.count < 2_000)
        #expect(records.enumerated().allSatisfy { $0.element["id"] as? String == "d\($0.offset)" })
        #expect(records.allSatisfy { $0["marks"] != nil }, "\(records.compactMap { Support.error($0) }.prefix(3))")
    }

    /// The processes whose parent is `parent`, with their process groups (from /proc).
    static func children(of parent: Int) -> [(pid: Int, group: Int)] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.compactMap { entry in
            guard let pid = Int(entry), let stat = try? String(contentsOfFile: "/proc/\(entry)/stat", encoding: .utf8),
                  let close = stat.lastIndex(of: ")") else { return nil }
            // After "pid (name) ": state, ppid, pgrp, ...
            let fields = stat[stat.index(after: close)...].split(separator: " ")
            guard fields.count > 3, Int(fields[1]) == parent, let group = Int(fields[2]) else { return nil }
            return (pid, group)
        }
    }

    @Test func noStageProcessOutlivesNlp() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        // This stage ignores the end of its input for 30 s: nlp waits 2 s, then kills it.
        try """
            input: \(Support.root)/seeds
            stages:
              - external: { command: [python3, \(Support.fixtures)/test_stage.py, --linger, "30"] }
            """.write(toFile: directory + "/linger.pipe", atomically: true, encoding: .utf8)
        let clock = ContinuousClock.now
        let result = try Self.nlp(["run", directory + "/linger.pipe", "--output", directory + "/out.jsonl", "--jobs", "2"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(ContinuousClock.now - clock < .seconds(20))
        let records = try String(contentsOfFile: directory + "/out.jsonl", encoding: .utf8).split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        let pids = Set(records.compactMap(Support.pid))
        #expect(!pids.isEmpty)
        #expect(!pids.contains(where: Support.isRunning), "stage processes left running: \(pids.filter(Support.isRunning))")
    }

    @Test func stagesListsTheExternalStage() throws {
        let result = try Self.nlp(["stages"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("""
            external
                Runs a command as a stage (any language), over newline-delimited JSON; see docs/external-stages.md.
                requires, produces: declared by the stage when it starts (nlp check shows them)
                options:
                  command (list of strings; required)
            """))
        #expect(result.stdout.contains("      options (mapping; optional)\n"))
    }

    @Test func newStageWritesAPackageThatDependsOnThisCheckout() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let result = try Self.nlp(["new", "stage", "date-spans", "--path", directory])
        #expect(result.status == 0, "\(result.stderr)")
        let package = directory + "/date-spans"
        let expected = ["Package.swift", "README.md", ".gitignore", "Sources/DateSpans/DateSpansStage.swift",
                        "Sources/DateSpans/DateSpansLayer.swift", "Sources/DateSpansNLP/main.swift",
                        "Tests/DateSpansTests/DateSpansStageTests.swift", "pipelines/example.pipe", "samples/example.txt"]
        for file in expected {
            #expect(FileManager.default.fileExists(atPath: package + "/" + file), "\(file)")
        }
        let manifest = try String(contentsOfFile: package + "/Package.swift", encoding: .utf8)
        let relative = try #require(manifest.split(separator: "\n").first { $0.contains(".package(name: \"nlp\", path:") })
        let path = try #require(relative.split(separator: "\"").dropFirst(3).first)
        let resolved = URL(fileURLWithPath: package).appendingPathComponent(String(path)).resolvingSymlinksInPath().path
        #expect(resolved == URL(fileURLWithPath: Support.root).resolvingSymlinksInPath().path)
        #expect(manifest.contains(".executable(name: \"date-spans-nlp\", targets: [\"DateSpansNLP\"])"))
        let stage = try String(contentsOfFile: package + "/Sources/DateSpans/DateSpansStage.swift", encoding: .utf8)
        #expect(stage.contains("public static let name = \"date-spans\"") && stage.contains("[.dateSpans]"))

        let again = try Self.nlp(["new", "stage", "date-spans", "--path", directory])
        #expect(again.status != 0 && again.stderr.contains("exists and is not empty"))
        let bad = try Self.nlp(["new", "stage", "Date_Spans", "--path", directory])
        #expect(bad.status != 0 && bad.stderr.contains("must be kebab-case"))
    }
}
