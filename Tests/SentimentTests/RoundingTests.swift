@testable import Sentiment
import Testing

/// `round(x, digits)` as CPython computes it; expected values printed by Python 3.11.
@Suite("Python rounding")
struct RoundingTests {
    @Test("ties go to even on the exact binary value", arguments: [
        (0.0625, 0.062, 0.0625), (0.00015, 0.0, 0.0001), (0.00025, 0.0, 0.0003), (-0.00005, -0.0, -0.0001),
        (-0.00015, -0.0, -0.0001), (0.12345, 0.123, 0.1235), (0.5, 0.5, 0.5), (0.0005, 0.001, 0.0005),
        (0.9999, 1.0, 0.9999), (0.99995, 1.0, 1.0), (-0.99995, -1.0, -1.0), (1e-300, 0.0, 0.0),
        (0.28125, 0.281, 0.2812),
    ])
    func round(_ value: Double, _ three: Double, _ four: Double) {
        #expect(PythonRounding.round(value, digits: 3) == three)
        #expect(PythonRounding.round(value, digits: 4) == four)
        #expect(PythonRounding.round(value, digits: 3).sign == three.sign)
    }

    @Test("scores are written as Python writes them")
    func formatting() {
        let values = [0.0, -0.0, 1.0, -1.0, 0.5, 0.8439, -0.0435, 0.001, 0.1, 0.25]
        let bytes = ScoreFormatter.decimals.withUnsafeBufferPointer { table in
            [UInt8](unsafeUninitializedCapacity: values.count * 32) { buffer, count in
                var out = ScoreFormatter(cursor: buffer.baseAddress!, table: table.baseAddress!)
                for value in values {
                    out.appendScore(value)
                    out.append(UInt8(ascii: " "))
                }
                count = out.cursor - buffer.baseAddress!
            }
        }
        #expect(String(decoding: bytes, as: UTF8.self) == "0.0 -0.0 1.0 -1.0 0.5 0.8439 -0.0435 0.001 0.1 0.25 ")
    }
}
