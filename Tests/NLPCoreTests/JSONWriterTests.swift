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

    @Test func nonFiniteNumbersBecomeNull() {
        var writer = JSONWriter()
        writer.beginArray()
        writer.value(Double.nan)
        writer.value(Double.infinity)
        writer.endArray()
        #expect(String(decoding: writer.bytes, as: UTF8.self) == "[null,null]")
    }
}
