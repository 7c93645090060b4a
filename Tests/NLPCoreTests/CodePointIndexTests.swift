import Testing
@testable import NLPCore

@Suite struct CodePointIndexTests {
    @Test func asciiIsIdentity() {
        let index = CodePointIndex("plain ASCII text")
        #expect(index.isIdentity)
        #expect(index.codePoints(7) == 7)
    }

    @Test func convertsEveryScalarBoundaryOfMixedText() {
        // Long enough to cross several 64-byte checkpoints, with 2-, 3- and 4-byte scalars.
        let text = String(repeating: "Seoul — Kim Jong Un’s “front” 😀 £600m 北朝鮮 é. ", count: 20)
        let index = CodePointIndex(text)
        #expect(!index.isIdentity)
        var utf8Offset = 0
        var scalarOffset = 0
        for scalar in text.unicodeScalars {
            #expect(index.codePoints(utf8Offset) == scalarOffset)
            utf8Offset += UTF8.width(scalar)
            scalarOffset += 1
        }
        #expect(index.codePoints(utf8Offset) == scalarOffset)
    }
}
