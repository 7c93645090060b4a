import Foundation
import Testing

@Suite struct CheckAndStagesTests {
    @Test func checkAcceptsTheDemoPipeline() throws {
        let result = try NLPProcess.run(["check", "pipelines/summit.pipe"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("pipelines/summit.pipe: ok"))
    }

    @Test func checkReportsEveryProblemLocatedAndExits64() throws {
        let directory = try NLPProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let file = directory + "/broken.pipe"
        try """
            name: broken
            input: missing/*.txt
            workers: 2
            stages:
              - segmentr: { locale: en }
              - segmenter: { locale: 3, lokale: en }
            """.write(toFile: file, atomically: true, encoding: .utf8)
        let result = try NLPProcess.run(["check", file])
        #expect(result.status == 64)
        let lines = result.stderr
        #expect(lines.contains("\(file):2:8: error: no input files match"))
        #expect(lines.contains("\(file):3:1: error: unknown key 'workers'"))
        #expect(lines.contains("\(file):5:5: error: unknown stage 'segmentr'; did you mean 'segmenter'?"))
        #expect(lines.contains("available stages: ") && lines.contains("segmenter"))
        #expect(lines.contains("\(file):6:26: error: option 'locale' of stage 'segmenter' must be a string, not the integer 3"))
        #expect(lines.contains("\(file):6:29: error: unknown option 'lokale' for stage 'segmenter'; did you mean 'locale'?"))
        #expect(lines.contains("error: 5 problems in \(file); nothing was run"))
    }

    @Test func runRefusesAnInvalidPipelineWithTheSameMessages() throws {
        let directory = try NLPProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let file = directory + "/broken.pipe"
        try "stages:\n  - segmenter: { locale: [en] }\n".write(toFile: file, atomically: true, encoding: .utf8)
        let result = try NLPProcess.run(["run", file, "--input", "seeds"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("\(file):2:26: error: option 'locale' of stage 'segmenter' must be a string, not a list"))
    }

    @Test func stagesListsOptionsRequirementsAndProducts() throws {
        let result = try NLPProcess.run(["stages"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("segmenter\n"))
        #expect(result.stdout.contains("produces: sentences, tokens"))
        #expect(result.stdout.contains("locale (string; default: en)"))
    }
}
