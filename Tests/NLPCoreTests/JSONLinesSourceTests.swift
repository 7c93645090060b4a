import Foundation
import Testing
@testable import NLPCore

@Suite struct JSONLinesSourceTests {
    private func items(_ content: String, maxLineBytes: Int = 1 << 20) throws -> [InputItem] {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("nlp-\(UUID().uuidString).jsonl").path
        try content.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        var source = try InputSpec(path).open(maxDocumentBytes: maxLineBytes)
        var out: [InputItem] = []
        while let item = try source.next() { out.append(item) }
        return out
    }

    @Test func readsLinesAndNumbersThem() throws {
        let read = try items("{\"id\":\"a\",\"text\":\"x\"}\n{\"id\":\"b\",\"text\":\"y\"}\r\n{\"id\":\"c\",\"text\":\"z\"}")
        #expect(read.count == 3)
        #expect(read.map(\.source).map { $0.split(separator: ":").last.map(String.init) } == ["1", "2", "3"])
        #expect(read.map { (try? $0.decode().get())?.id } == ["a", "b", "c"])
    }

    /// One item per input line, so a filter's output lines match its input lines one to one.
    @Test func aBlankLineYieldsAFailureItemWithItsLineNumber() throws {
        let read = try items("{\"id\":\"a\",\"text\":\"x\"}\n\n \t\r\n{\"id\":\"b\",\"text\":\"y\"}\n  ")
        #expect(read.count == 5)
        #expect(read.map(\.source).map { $0.split(separator: ":").last.map(String.init) } == ["1", "2", "3", "4", "5"])
        #expect(read.map { (try? $0.decode().get())?.id } == ["a", nil, nil, "b", nil])
        for index in [1, 2, 4] {
            guard case .failure(let id, let message) = read[index].payload else {
                Issue.record("line \(index + 1): expected a failure item")
                continue
            }
            #expect(id.hasSuffix(":\(index + 1)"))
            #expect(message.contains("blank line"))
        }
        // A final newline ends the last line; it does not start a blank one.
        #expect(try items("{\"id\":\"a\",\"text\":\"x\"}\n").count == 1)
    }

    @Test func anOverlongLineIsReportedWithoutStoppingTheRest() throws {
        let long = "{\"id\":\"big\",\"text\":\"" + String(repeating: "x", count: 5000) + "\"}"
        let read = try items("{\"id\":\"a\",\"text\":\"x\"}\n" + long + "\n{\"id\":\"b\",\"text\":\"y\"}\n", maxLineBytes: 1000)
        #expect(read.count == 3)
        guard case .failure(_, let message) = read[1].payload else {
            Issue.record("expected a failure item")
            return
        }
        #expect(message.contains("over the limit of 1000"))
        #expect((try? read[2].decode().get())?.id == "b")
    }

    @Test func textFilePatternsExpandSortedAndIdsDropTheExtension() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("nlp-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        for name in ["b.txt", "a.txt", "c.md"] { try "text".write(toFile: directory + "/" + name, atomically: true, encoding: .utf8) }
        var source = try InputSpec(directory).open(maxDocumentBytes: 100)
        var ids: [String] = []
        while let item = try source.next() { ids.append(item.fallbackID) }
        #expect(ids == ["a", "b"])
        #expect(throws: InputError.self) { try InputSpec(directory + "/*.none").open(maxDocumentBytes: 100) }
    }
}
