import Foundation
import Testing
@testable import NLPCore

@Suite struct JSONWriterTests {
    @Test func escapesStringsAndRoundTripsThroughFoundation() throws {
        var writer = JSONWriter()
        writer.beginObject()
        writer.key("text")
        writer.value("quote \" backslash \\ newline \n tab \t bell \u{7} “curly” Kim Jong Un’s 😀")
        writer.key("n")
        writer.value(-12345)
        writer.key("x")
        writer.value(0.25)
        writer.key("whole")
        writer.value(3.0)
        writer.key("list")
        writer.beginArray()
        writer.value(true)
        writer.null()
        writer.value(0)
        writer.endArray()
        writer.endObject()
        let object = try #require(try JSONSerialization.jsonObject(with: Data(writer.bytes)) as? [String: Any])
        #expect(object["text"] as? String == "quote \" backslash \\ newline \n tab \t bell \u{7} “curly” Kim Jong Un’s 😀")
        #expect(object["n"] as? Int == -12345)
        #expect(object["x"] as? Double == 0.25)
        #expect(object["whole"] as? Double == 3.0)
        #expect((object["list"] as? [Any])?.count == 3)
    }

    /// The escape scan skips eight bytes at a time: every special byte at every position of strings
    /// longer than a word, beside multi-byte characters, must still be escaped exactly.
    @Test func escapesEverySpecialByteAtEveryPosition() throws {
        let specials: [Character] = ["\"", "\\", "\n", "\r", "\t", "\u{1}", "\u{1F}"]
        let fillers = ["abcdefghijklmnopqrstuvwxyz", "ä’“😀é ~ }{ 0x7F\u{7F}"]
        for filler in fillers {
            let base = Array(filler)
            for special in specials {
                for position in 0...base.count {
                    var characters = base
                    characters.insert(special, at: position)
                    let text = String(characters)
                    var writer = JSONWriter()
                    writer.beginArray()
                    writer.value(text)
                    text.utf8.withContiguousStorageIfAvailable { bytes in
                        writer.value(Span(start: 0, end: Int32(bytes.count)), in: bytes)
                        writer.composed(bound: JSONComposer.bound(ofString: bytes.count)) { $0.string(bytes) }
                    }
                    writer.composed(bound: JSONComposer.bound(ofString: text.utf8.count)) { $0.string(text) }
                    writer.endArray()
                    let values = try #require(try JSONSerialization.jsonObject(with: Data(writer.bytes)) as? [String])
                    #expect(values == [text, text, text, text], "special \(special.unicodeScalars.first!.value) at \(position)")
                    // Nothing but the special byte is escaped.
                    let escapes = String(decoding: writer.bytes, as: UTF8.self).filter { $0 == "\\" }.count
                    #expect(escapes == 4 * (special == "\\" ? 2 : 1))
                }
            }
        }
    }

    /// A span's last, partial word is loaded whole while the text goes on: the bytes after the span
    /// (quotes and backslashes here) must never reach the output, and a byte to escape inside the
    /// span must be escaped wherever it falls, for every span of the text.
    @Test func spanStringsStopAtTheSpanEndWhateverFollows() throws {
        let text = "Kim said \"yes\"\tand\\no’s 😀 “x”\n" + String(repeating: "\"\\", count: 9)
        let bytes = Array(text.utf8)
        let boundaries = bytes.indices.filter { bytes[$0] & 0xC0 != 0x80 } + [bytes.count]
        try bytes.withUnsafeBufferPointer { buffer in
            for start in boundaries {
                for end in boundaries where end >= start {
                    var writer = JSONWriter()
                    writer.beginArray()
                    writer.composed(bound: JSONComposer.bound(ofString: end - start)) {
                        $0.string(Span(start: Int32(start), end: Int32(end)), in: buffer)
                    }
                    writer.endArray()
                    let values = try #require(try JSONSerialization.jsonObject(with: Data(writer.bytes)) as? [String])
                    #expect(values == [String(decoding: bytes[start..<end], as: UTF8.self)], "span \(start)..<\(end)")
                }
            }
        }
    }

    @Test func composedObjectsWithSpanFieldsAndTexts() throws {
        let text = "Kim said: “Yes.”"
        let offsets = CodePointIndex(text)
        var writer = JSONWriter()
        writer.beginArray()
        text.utf8.withContiguousStorageIfAvailable { bytes in
            let span = Span(start: 10, end: Int32(bytes.count))
            for _ in 0..<2 {
                writer.composed(bound: 200) { json in
                    json.literal("{")
                    json.spanFields(span, offsets: offsets)
                    json.literal(",\"text\":")
                    json.string(span, in: bytes)
                    json.literal(",\"cue\":{")
                    json.spanFields(Span(start: 4, end: 8), offsets: offsets)
                    json.literal(",\"text\":")
                    json.string(Span(start: 4, end: 8), in: bytes)
                    json.literal("}}")
                }
            }
        }
        writer.endArray()
        let line = String(decoding: writer.bytes, as: UTF8.self)
        let object = #"{"start":10,"end":16,"text":"“Yes.”","cue":{"start":4,"end":8,"text":"said"}}"#
        #expect(line == "[" + object + "," + object + "]")
    }

    @Test func nonFiniteNumbersBecomeNull() {
        var writer = JSONWriter()
        writer.beginArray()
        writer.value(Double.nan)
        writer.value(Double.infinity)
        writer.endArray()
        #expect(String(decoding: writer.bytes, as: UTF8.self) == "[null,null]")
    }
}
