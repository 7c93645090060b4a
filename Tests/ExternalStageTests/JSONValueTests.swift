import Foundation
import NLPCore
@testable import NLPExternal
import Testing

/// The JSON reader for replies, and the conversion of returned spans from code points to UTF-8.
@Suite struct JSONValueTests {
    @Test func parsesEveryKindOfValueKeepingMemberOrder() throws {
        let value = try JSONValueParser.parse(#" {"b": [1, -2, 3.5, 1e3, true, false, null], "a": "x\"\u00e9\ud83d\ude00\n", "c": {}} "#)
        #expect(value == .object([
            JSONMember("b", .array([.integer(1), .integer(-2), .number(3.5), .number(1000), .bool(true), .bool(false), .null])),
            JSONMember("a", .string("x\"é😀\n")),
            JSONMember("c", .object([])),
        ]))
        #expect(value.jsonText == #"{"b":[1,-2,3.5,1000.0,true,false,null],"a":"x\"é😀\n","c":{}}"#)
    }

    @Test(arguments: [
        ("", "column 1: unexpected end, expected a value"),
        ("{\"a\": 1,}", "column 9: expected a member name"),
        ("{\"a\": 1, \"a\": 2}", "column 10: duplicate member 'a'"),
        ("[01]", "column 3: invalid number (leading zero)"),
        ("[1.]", "column 4: invalid number (no digit after '.')"),
        ("\"\\ud800\"", "column 8: unpaired surrogate in \\u escape"),
        ("{\"a\": tru}", "column 7: invalid literal"),
        ("{} {}", "column 4: unexpected data after the value"),
        ("[1e999]", "column 2: number out of range"),
    ])
    func rejectsInvalidJSONWithAColumn(text: String, expected: String) {
        #expect(throws: JSONValueParser.SyntaxError.self) { try JSONValueParser.parse(text) }
        do {
            _ = try JSONValueParser.parse(text)
        } catch {
            #expect(error.description == expected)
        }
    }

    @Test func spansConvertFromCodePointsToUTF8AndBackAtAnyDepth() throws {
        let document = Document(id: "d", text: "a😀 é — b")
        let returned = try JSONValueParser.parse(#"[{"start": 1, "end": 2, "label": "emoji", "cue": {"start": 3, "end": 4}}, {"start": 8, "end": 8}]"#)
        let layer = try LayerImport.layer(returned, named: "things", offsets: CodePointOffsets(document))
        let first = try #require(layer.value.items?.first)
        #expect(first["start"] == .integer(1) && first["end"] == .integer(5))
        #expect(first["cue"]?["start"] == .integer(6) && first["cue"]?["end"] == .integer(8))
        #expect(layer.value.items?.last?["start"] == .integer(14))
        var writer = JSONWriter()
        layer.writeJSON(to: &writer, document: document, offsets: CodePointIndex(document.text))
        #expect(try JSONValueParser.parse(String(decoding: writer.bytes, as: UTF8.self)) == returned)
    }

    @Test func valuesThatAreNotSpansPassThrough() throws {
        let document = Document(id: "d", text: "plain")
        let returned = try JSONValueParser.parse(#"{"score": 0.5, "labels": ["x"], "range": {"from": 1, "to": 9}}"#)
        let layer = try LayerImport.layer(returned, named: "doc", offsets: CodePointOffsets(document))
        #expect(layer.value == returned)
    }

    @Test(arguments: [
        (#"[{"start": 0, "end": 6}]"#, "out of range"),
        (#"[{"start": 2, "end": 1}]"#, "out of range"),
        (#"[{"start": 0}]"#, "a span needs whole-number 'start' and 'end' (start 0, end missing)"),
        (#"[{"start": 0.5, "end": 1}]"#, "a span needs whole-number 'start' and 'end' (start 0.5, end 1)"),
        (#"{"inner": [{"start": "0", "end": 1}]}"#, "things.inner[0]: a span needs"),
    ])
    func badSpansAreRefusedNamingThePlace(json: String, expected: String) throws {
        let document = Document(id: "d", text: "héllo")
        let value = try JSONValueParser.parse(json)
        do {
            _ = try LayerImport.layer(value, named: "things", offsets: CodePointOffsets(document))
            Issue.record("accepted \(json)")
        } catch {
            #expect(error.description.contains(expected), "\(error.description)")
        }
    }
}
