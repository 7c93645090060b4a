import NLPCore

/// Converts Unicode code-point offsets of one document's text into UTF-8 byte offsets: the
/// inverse of `CodePointIndex`, for spans that external stages return.
struct CodePointOffsets {
    /// The text's length in code points.
    let count: Int
    /// The byte offset of each code point, then the text's byte count; empty for ASCII text,
    /// whose offsets are the same in both units.
    private let byteOffsets: [Int32]

    /// Builds the table for `document`'s text (nothing to build when it is ASCII).
    init(_ document: Document) {
        var offsets: [Int32] = []
        var isASCII = true
        document.withUTF8 { bytes in
            for byte in bytes where byte >= 0x80 {
                isASCII = false
                break
            }
            guard !isASCII else { return }
            offsets.reserveCapacity(bytes.count + 1)
            for (offset, byte) in bytes.enumerated() where byte & 0xC0 != 0x80 {
                offsets.append(Int32(truncatingIfNeeded: offset))
            }
            offsets.append(Int32(truncatingIfNeeded: bytes.count))
        }
        self.byteOffsets = offsets
        self.count = isASCII ? document.utf8Count : offsets.count - 1
    }

    /// The UTF-8 byte offset of a code-point offset in `0...count`.
    func utf8Offset(_ codePoints: Int) -> Int32 {
        byteOffsets.isEmpty ? Int32(truncatingIfNeeded: codePoints) : byteOffsets[codePoints]
    }
}
