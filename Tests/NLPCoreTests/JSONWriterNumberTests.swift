@testable import NLPCore
import Testing

/// Numbers with few decimals take a fast path that must print exactly what `description` prints.
@Suite struct JSONWriterNumberTests {
    private func written(_ number: Double) -> String {
        var writer = JSONWriter()
        writer.value(number)
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    @Test func shortDecimalsMatchDescription() {
        for units in -30_000...30_000 {
            for divisor in [10.0, 100.0, 1000.0, 10000.0] {
                let number = Double(units) / divisor
                let expected = number == number.rounded() ? String(Int(number)) + ".0" : number.description
                #expect(written(number) == expected, "\(units)/\(divisor)")
            }
        }
        for number in [0.0005, -0.0001, 123456.789, 1e-7, 0.1 + 0.2, 1.0 / 3, 1e20, -2.5e-5] {
            #expect(written(number) == number.description)
        }
    }

    @Test func hundredthsPrintWhatTheGeneralPathPrints() {
        var probes = (0...100_000).map { Double($0) / 100_000 }
        probes += [-0.004, -0.006, -0.5, 1.004, 1.006, 2.5, 0.125, 0.375, 0.005, 0.015, 0.995, -1e300, .nan, .infinity]
        for value in probes {
            var fast = JSONWriter(), general = JSONWriter()
            fast.beginArray()
            fast.composed(bound: JSONComposer.numberBound) { $0.hundredths(value) }
            fast.composed(bound: JSONComposer.numberBound) { $0.hundredths(value) }
            fast.endArray()
            general.beginArray()
            general.value((value * 100).rounded() / 100)
            general.value((value * 100).rounded() / 100)
            general.endArray()
            #expect(fast.bytes == general.bytes, "\(value)")
        }
    }
}
