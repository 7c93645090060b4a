import NLPCore
import Segmenter
import Testing

/// A small deterministic generator (SplitMix64), so that failures reproduce.
private struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

@Suite("Robustness")
struct RobustnessTests {
    /// Pieces that stress the rules: abbreviations, quotes, line breaks, clitics, URLs, odd scalars.
    private static let pieces = [
        "Mr.", "U.S.", "a.m.", "F.", "Inc.", "No.", "Sept.", "etc.", "e.g.", "He", "The", "word", "words", "x",
        "don't", "Russia’s", "O'Brien", "'", "’", "s", "n't", "1990", "3.5", "1,000", "10:30", "08/16", "-", "--",
        ".", "..", "...", "…", "!", "?", "?!", ":", ";", ",", "\"", "“", "”", "(", ")", "[", "]", "[12]", "[…]",
        " ", "  ", "\t", "\n", "\n\n", "\r\n", "\r", "\u{00A0}", "\u{2028}", "\u{2029}", "\u{3000}", "\u{FEFF}",
        "\u{200B}", "\u{0301}", "é", "Ω", "日本", "。", "😀", "👍🏽", "👨‍👩‍👧", "http://x.org/a?b=c.", "www.a.com",
        "a@b.com", "@", "\u{0}", "\u{7F}", "ß", "İ", "ǅ",
    ]

    @Test("random texts give well-formed layers", arguments: 0..<40)
    func randomText(_ seed: Int) throws {
        var generator = SplitMix(state: UInt64(seed) &* 7919 &+ 17)
        var text = ""
        let length = Int.random(in: 1...400, using: &generator)
        for _ in 0..<length {
            text += Self.pieces.randomElement(using: &generator)!
            if Bool.random(using: &generator) { text += " " }
        }
        let document = try segment(text)
        expectWellFormed(document)
        // Every non-whitespace character is inside a sentence.
        let sentences = try #require(document[Sentences.self]).spans
        var offset = 0
        var index = 0
        for scalar in text.unicodeScalars {
            let width = String(scalar).utf8.count
            defer { offset += width }
            if scalar.properties.isWhitespace || scalar == "\u{FEFF}" || scalar == "\u{200B}" { continue }
            while index < sentences.count && Int(sentences[index].end) <= offset { index += 1 }
            #expect(index < sentences.count && Int(sentences[index].start) <= offset,
                    "\(scalar.debugDescription) at \(offset) is outside every sentence")
        }
    }
}
