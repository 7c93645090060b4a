import Testing
@testable import NLPCore

@Suite struct JSONLineParserTests {
    private func parse(_ line: String) throws -> JSONLineParser.Fields {
        var copy = line
        return try copy.withUTF8 { buffer in try JSONLineParser.parse(buffer) }
    }

    @Test func readsIdAndTextAndSkipsOtherMembers() throws {
        let fields = try parse(#"{"meta": {"a": [1, 2.5e3, true, null, {"b": "c"}]}, "id": "doc-1", "text": "He said \"no\".\nA\u00e9\ud83d\ude00"}"#)
        #expect(fields.id == "doc-1")
        #expect(fields.text == "He said \"no\".\nAé😀")
    }

    @Test func numericIdIsKeptAsWritten() throws {
        #expect(try parse(#"{"id": 42, "text": "x"}"#).id == "42")
    }

    @Test func reportsMissingAndWronglyTypedText() throws {
        #expect(try parse(#"{"id": "a"}"#).text == nil)
        #expect(try parse(#"{"id": "a", "text": 5}"#).textHasWrongType)
    }

    @Test(arguments: [
        #"{"id": "a", "text": "unterminated}"#,
        #"{"id": "a" "text": "x"}"#,
        #"["not", "an", "object"]"#,
        #"{"id": "a", "text": "x"} trailing"#,
        #"{"id": "a", "text": "\ud800"}"#,
        #"{"id": tru}"#,
    ])
    func rejectsMalformedLinesWithAColumn(line: String) {
        #expect(throws: JSONLineParser.SyntaxError.self) { try parse(line) }
    }

    @Test func errorNamesTheColumn() {
        do {
            _ = try parse(#"{"id": "a",, "text": "x"}"#)
            Issue.record("expected an error")
        } catch let error as JSONLineParser.SyntaxError {
            #expect(error.column == 12)
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }
}
