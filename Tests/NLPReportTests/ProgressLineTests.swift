import Testing
import NLPCore
@testable import NLPReport

@Suite struct ProgressLineTests {
    final class Screen { var writes: [String] = [] }

    @Test func drawsAfterHalfASecondAtMostFourTimesASecondAndClears() {
        let screen = Screen()
        let start = ContinuousClock.now
        var progress = ProgressLine(total: .bytes(1_000), start: start) { screen.writes.append($0) }
        progress.update(documents: 10, failed: 0, inputBytes: 100, now: start.advanced(by: .milliseconds(300)))
        #expect(screen.writes.isEmpty)
        progress.update(documents: 20, failed: 0, inputBytes: 250, now: start.advanced(by: .milliseconds(1_000)))
        #expect(screen.writes == ["\rnlp: 20 documents, 20/s, 25%, about 0:03 left\u{1B}[K"])
        progress.update(documents: 21, failed: 0, inputBytes: 260, now: start.advanced(by: .milliseconds(1_100)))
        #expect(screen.writes.count == 1)
        progress.update(documents: 40, failed: 2, inputBytes: 500, now: start.advanced(by: .milliseconds(2_000)))
        #expect(screen.writes.last == "\rnlp: 40 documents (2 failed), 20/s, 50%, about 0:02 left\u{1B}[K")
        progress.clear()
        #expect(screen.writes.last == "\r\u{1B}[K")
        progress.clear()
        #expect(screen.writes.count == 3)
    }

    @Test func aShortRunShowsNothingAndClearsNothing() {
        let screen = Screen()
        var progress = ProgressLine(total: .unknown) { screen.writes.append($0) }
        progress.update(documents: 5, failed: 0, inputBytes: 0)
        progress.clear()
        #expect(screen.writes.isEmpty)
    }

    @Test func textForEachKindOfTotal() {
        #expect(ProgressLine.text(documents: 1_500, failed: 0, seconds: 3, fraction: nil) == "nlp: 1,500 documents, 500/s, 0:03 elapsed")
        #expect(ProgressLine.text(documents: 1, failed: 0, seconds: 0.5, fraction: 0.001) == "nlp: 1 document, 2/s, 0%")
        #expect(ProgressLine.clock(3_725) == "1:02:05" && ProgressLine.clock(65) == "1:05")
    }

    @Test func aMeteredSourceCountsItemsAndBytes() throws {
        struct Lines: DocumentSource {
            var left = 3
            mutating func next() throws -> InputItem? {
                guard left > 0 else { return nil }
                left -= 1
                return InputItem(source: "x", fallbackID: "x", payload: .jsonLine(bytes: Array("{\"text\":\"ab\"}".utf8)))
            }
        }
        let meter = InputMeter()
        var source = MeteredSource(Lines(), meter: meter)
        while try source.next() != nil {}
        #expect(meter.items == 3 && meter.bytes == 3 * 14)
    }
}
