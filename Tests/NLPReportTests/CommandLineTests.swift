import Foundation
import Testing

/// The summary, the report options and colour, through the `nlp` binary.
@Suite struct CommandLineTests {
    @Test func summaryGoesToStderrInPlainTextWhenPiped() throws {
        let result = try NLPBinary.run(["run", "pipelines/summit.pipe", "--output", "-"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stderr.contains("\u{1B}"))
        for heading in ["nlp: summit: 5 documents", "Entities", "Quotes by speaker", "Sentiment  mean"] {
            #expect(result.stderr.contains(heading), "\(heading)")
        }
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 5)
        #expect(lines.allSatisfy { (try? JSONSerialization.jsonObject(with: Data($0.utf8))) is [String: Any] })
    }

    @Test func quietPrintsNothing() throws {
        let result = try NLPBinary.run(["run", "pipelines/summit.pipe", "--output", "/dev/null", "--quiet"])
        #expect(result.status == 0 && result.stderr.isEmpty, "\(result.stderr)")
    }

    @Test func outputToADeviceWritesNoStanceMatrixBesideIt() throws {
        let result = try NLPBinary.run(["run", "pipelines/summit.pipe", "--output", "/dev/null"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("Stance  ") && !result.stderr.contains("stance matrix →"))
        #expect(!FileManager.default.fileExists(atPath: "/dev/null.stance.json"))
    }

    @Test func reportKeyIsRelativeToThePipelineFile() throws {
        let directory = try SyntheticCorpus.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try """
            input: \(NLPBinary.root)/seeds/*.txt
            output: out/t.jsonl
            report: out/t.html
            stages:
              - segmenter
              - gazetteer: { lists: [\(NLPBinary.root)/pipelines/gazetteers/summit.tsv] }

            """.write(toFile: directory + "/t.pipe", atomically: true, encoding: .utf8)
        let result = try NLPBinary.run(["run", directory + "/t.pipe", "--quiet"])
        #expect(result.status == 0, "\(result.stderr)")
        let html = try String(contentsOfFile: directory + "/out/t.html", encoding: .utf8)
        #expect(html.contains("id=\"d4\""))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory + "/out").sorted() == ["t.html", "t.jsonl"])
        let refused = try NLPBinary.run(["run", directory + "/t.pipe", "--report", "-"])
        #expect(refused.status == 64 && refused.stderr.contains("--report must be a file path"))
    }

    @Test(.enabled(if: NLPBinary.script != nil, "needs script(1) for a terminal"))
    func colourOnATerminalUnlessNoColor() throws {
        let script = try #require(NLPBinary.script)
        let command = "\(NLPBinary.path) run pipelines/summit.pipe --output /dev/null"
        var environment = ProcessInfo.processInfo.environment
        environment["TERM"] = "xterm-256color"
        environment["NO_COLOR"] = nil
        let coloured = try NLPBinary.execute(script, ["-qec", command, "/dev/null"], environment: environment)
        #expect(coloured.status == 0, "\(coloured.stdout)")
        #expect(coloured.stdout.contains("\u{1B}[1mEntities\u{1B}[0m"))
        environment["NO_COLOR"] = "1"
        let plain = try NLPBinary.execute(script, ["-qec", command, "/dev/null"], environment: environment)
        #expect(plain.stdout.contains("Entities") && !plain.stdout.contains("\u{1B}["))
    }
}
