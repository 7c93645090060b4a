import Foundation
import Testing

/// `nlp run` writes the corpus stance matrix next to its output.
@Suite struct StanceMatrixFileTests {
    @Test func matrixIsWrittenNextToTheOutputFile() throws {
        let directory = try NLPProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let result = try NLPProcess.run(["run", "pipelines/summit.pipe", "--output", directory + "/seeds.jsonl", "--quiet"])
        #expect(result.status == 0, "\(result.stderr)")
        let data = try #require(FileManager.default.contents(atPath: directory + "/seeds.stance.json"))
        let matrix = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(matrix["documents"] as? Int == 5)
        let cells = try #require(matrix["cells"] as? [[String: Any]])
        let kim = try #require(cells.first { cell in
            (cell["holder"] as? [String: Any])?["id"] as? String == "kim-jong-un"
                && (cell["target"] as? [String: Any])?["id"] as? String == "russia"
        })
        #expect(kim["polarity"] as? String == "support")
        #expect((kim["documents"] as? [String])?.count ?? 0 >= 3)
        let evidence = try #require((kim["evidence"] as? [[String: Any]])?.first)
        #expect((evidence["text"] as? String)?.contains("Russia") == true)
    }

    @Test func toStdoutOnlyWhenAsked() throws {
        let directory = try NLPProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let asked = try NLPProcess.run(["run", "pipelines/summit.pipe", "--output", "-", "--quiet",
                                        "--stance-matrix", directory + "/matrix.json"])
        #expect(asked.status == 0, "\(asked.stderr)")
        #expect(asked.stdout.split(separator: "\n").count == 5)
        #expect(FileManager.default.fileExists(atPath: directory + "/matrix.json"))
    }
}
