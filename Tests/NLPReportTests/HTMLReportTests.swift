import Foundation
import Testing
@testable import NLPCore
@testable import NLPReport

@Suite struct HTMLReportTests {
    /// The text of `<script type="application/json" id="ID">`.
    static func data(_ html: String, _ id: String) -> String? {
        guard let open = html.range(of: "<script type=\"application/json\" id=\"\(id)\">"),
              let close = html.range(of: "</script>", range: open.upperBound..<html.endIndex) else { return nil }
        return String(html[open.upperBound..<close.lowerBound])
    }

    /// The parsed JSON of `<script type="application/json" id="ID">`.
    static func json(_ html: String, _ id: String) throws -> Any {
        let text = try #require(data(html, id))
        return try JSONSerialization.jsonObject(with: Data(text.utf8))
    }

    @Test func oneSelfContainedFileWithEscapedDataAndNoLeftovers() throws {
        let directory = try SyntheticCorpus.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = directory + "/sub/report.html"
        let bytes = try #require(try SyntheticCorpus.run(report: path).reportBytes)
        let html = try String(contentsOfFile: path, encoding: .utf8)
        #expect(html.utf8.count == bytes)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory + "/sub") == ["report.html"])
        // Nothing from the network: no external scripts, styles, fonts or images.
        for external in ["http://", "https://", "<link", " src=", "@import", "url("] { #expect(!html.contains(external), "\(external)") }
        // Every script element closes where it should: the hostile text adds no `</script>`.
        #expect(html.components(separatedBy: "<script").count == html.components(separatedBy: "</script>").count)
        #expect(html.contains(#"\u003c/script>\u003cscript>document.title='pwned'\u003c/script> & \u003cb>tags\u003c/b>"#))
        #expect(html.contains("id=\"d0\"") && html.contains("id=\"d1\"") && !html.contains("id=\"d2\""))
        let index = try #require(try Self.json(html, "index") as? [[Any]])
        #expect(index.map { $0[0] as? String } == ["a-1", "b-2", "c-3"])
        #expect(index[2][8] as? String == "input: not valid UTF-8 (first bad byte at offset 3)")
        let quotes = try #require(try Self.json(html, "quotes") as? [[Any]])
        #expect(quotes.count == 3 && quotes[2][1] as? String == "Officials" && quotes[2][2] is NSNull)
        let entities = try #require(try Self.json(html, "entities") as? [[Any]])
        #expect(entities.first?[0] as? String == "kim-jong-un" && (entities.first?[5] as? [[Any]])?.count == 2)
        let stance = try #require(try Self.json(html, "stance") as? [String: Any])
        #expect((stance["cells"] as? [Any])?.count == 3)
        #expect(html.hasPrefix("<!DOCTYPE html>") && html.contains("<title>synthetic · nlp report</title>"))
    }

    @Test func escapesTheTitle() {
        #expect(HTMLReport.escapeHTML("a<b & \"c\">") == "a&lt;b &amp; &quot;c&quot;&gt;")
        #expect(ScriptSafeJSON.escape(Array(#"{"t":"</script>"}"#.utf8)) == Array(#"{"t":"\u003c/script>"}"#.utf8))
    }
}
