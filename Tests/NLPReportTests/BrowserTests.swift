import Foundation
import Testing

/// The report in headless Chromium: the DOM after its script ran, and a screenshot.
@Suite(.enabled(if: Chromium.enabled, "Chromium is not installed (apt-get install -y chromium); required when CI is set"))
struct BrowserTests {
    private func count(_ needle: String, in text: String) -> Int { text.components(separatedBy: needle).count - 1 }

    @Test func syntheticReportRendersHighlightsQuotesAndTheMatrix() throws {
        let directory = try SyntheticCorpus.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = directory + "/report.html"
        _ = try SyntheticCorpus.run(report: path)
        let dom = try Chromium.dumpDOM(path)
        #expect(dom.contains("<title>synthetic · nlp report</title>"), "the document text must not run as script")
        #expect(count("data-entity=\"kim-jong-un\"", in: dom) == 3)
        #expect(dom.contains("class=\"ent\" data-type=\"PERSON\" data-entity=\"vladimir-putin\""))
        #expect(dom.contains(">Kim Jong Un</span>") && dom.contains("class=\"who\""))
        #expect(dom.contains("class=\"who unlinked\"") && dom.contains(">Officials</span>"))
        #expect(dom.contains("&lt;/script&gt;&lt;script&gt;document.title='pwned'&lt;/script&gt; &amp; &lt;b&gt;tags&lt;/b&gt;"))
        #expect(count("class=\"quote-row\"", in: dom) == 3)
        #expect(count("class=\"cell", in: dom) == 3)
        #expect(dom.contains("This document failed: input: not valid UTF-8"))
        #expect(count("class=\"evidence-item\"", in: dom) == 1)
        let linked = try Chromium.dumpDOM(path, fragment: "#stance=2")
        #expect(linked.contains("<h3>Vladimir Putin → Kyiv</h3>"))
        #expect(linked.contains("<mark>condemned</mark>"))
        // An evidence link opens its document with the sentence outlined.
        #expect(linked.contains("href=\"#doc=0&amp;at=62\""))
        let opened = try Chromium.dumpDOM(path, fragment: "#doc=0&at=62")
        let flashed = opened.components(separatedBy: "<span class=\"s flash\"").dropFirst().map { $0.prefix { $0 != ">" } }
        #expect(!flashed.isEmpty && flashed.allSatisfy { $0.contains("data-at=\"62\"") })
    }

    @Test func seedsReportThroughTheCommandLine() throws {
        let directory = try SyntheticCorpus.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let run = try NLPBinary.run(["run", "pipelines/summit.pipe", "--output", directory + "/summit.jsonl",
                                     "--report", directory + "/summit.html"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("report → \(directory)/summit.html"))
        let records = try String(contentsOfFile: directory + "/summit.jsonl", encoding: .utf8).split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        let quotes = records.reduce(0) { $0 + (($1["quotes"] as? [Any])?.count ?? 0) }
        let dom = try Chromium.dumpDOM(directory + "/summit.html")
        #expect(count("class=\"doc\"", in: dom) == 5)
        #expect(count("data-entity=\"kim-jong-un\"", in: dom) > 20)
        #expect(dom.contains("data-type=\"PERSON\" data-entity=\"vladimir-putin\""))
        #expect(dom.contains("class=\"who\"") && dom.contains(">Vladimir Putin</span>"))
        #expect(count("class=\"quote-row\"", in: dom) == min(quotes, 100))
        // The stance heat map, with the strongest cell's evidence shown: Kim Jong Un → Russia.
        #expect(records.contains { !(($0["stance"] as? [Any]) ?? []).isEmpty })
        let matrixURL = URL(fileURLWithPath: directory + "/summit.stance.json")
        let matrix = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: matrixURL)) as? [String: Any])
        let first = try #require((matrix["cells"] as? [[String: Any]])?.first)
        let holder = try #require((first["holder"] as? [String: Any])?["name"] as? String)
        let target = try #require((first["target"] as? [String: Any])?["name"] as? String)
        #expect(count("class=\"cell", in: dom) > 0)
        #expect(dom.contains("<h3>\(holder) → \(target)</h3>"))
        #expect(count("class=\"evidence-item\"", in: dom) == min((first["evidence"] as? [Any])?.count ?? 0, 20))
        try Chromium.screenshot(directory + "/summit.html", to: directory + "/summit.png")
        let png = try Data(contentsOf: URL(fileURLWithPath: directory + "/summit.png"))
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]) && png.count > 50_000)
    }
}
