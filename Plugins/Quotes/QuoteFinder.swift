/// A span of text between quotation marks, as the finder paired them.
struct QuoteMarks: Equatable {
    /// The opening mark's first byte.
    var start: Int
    /// One past the closing mark (or the end of the capped text).
    var end: Int
    /// Whether no closing mark was found and the quote was cut at the end of its paragraph.
    var capped: Bool
}

/// Pairs quotation marks in UTF-8 text.
///
/// - Curly double quotes (“ ”), low-9 (`„`), guillemets (« »), straight double quotes and the
///   newswire `''` (two apostrophes), whose direction is read from the neighbouring characters.
/// - Single curly quotes (‘ ’) as quotation marks only when no double quote is open, `‘` follows a
///   space or an opening bracket, and `’` is not followed by a letter (so `Russia’s` and `That’s`
///   are apostrophes).
/// - A quote that runs over a paragraph break continues only if the next paragraph opens with a
///   quotation mark (the news convention: each paragraph reopens, only the last one closes);
///   otherwise it is capped at the end of its paragraph, so an unbalanced mark never swallows the
///   rest of the document.
enum QuoteFinder {
    private enum Mark { case openDouble, closeDouble, straightDouble, openSingle, closeSingle }

    /// Bytes that can start a quotation mark or a line break; everything else is skipped at once.
    private static let interesting: [Bool] = (0...255).map { [0x0A, 0x22, 0x27, 0x60, 0xC2, 0xE2].contains($0) }

    /// The bytes of `word` equal to `byte`, as their high bits; the lowest one set is exact (higher
    /// ones may be false after a match).
    @inline(__always)
    private static func matches(_ word: UInt64, _ byte: UInt8) -> UInt64 {
        let value = word ^ (0x0101_0101_0101_0101 &* UInt64(byte))
        return (value &- 0x0101_0101_0101_0101) & ~value & 0x8080_8080_8080_8080
    }

    /// The offset in `word` of its first byte that may be `interesting`, or 8 if it has none. With
    /// bit 5 set in every byte, five comparisons cover the six bytes (0xC2 and 0xE2 both become
    /// 0xE2); the few other bytes they let through (`*`, `@`, two control characters) are rejected
    /// by the `interesting` table.
    @inline(__always)
    private static func firstInteresting(_ word: UInt64) -> Int {
        let folded = word | 0x2020_2020_2020_2020
        let found = matches(folded, 0x2A) | matches(folded, 0x22) | matches(folded, 0x27) | matches(folded, 0x60)
            | matches(folded, 0xE2)
        return found.trailingZeroBitCount >> 3
    }

    static func find(in bytes: UnsafeBufferPointer<UInt8>) -> [QuoteMarks] {
        var quotes: [QuoteMarks] = []
        var open: (start: Int, straight: Bool)?
        var openSingle: Int?
        var index = 0
        let count = bytes.count
        func isSpace(_ position: Int) -> Bool {
            guard position >= 0 && position < count else { return true }
            let byte = bytes[position]
            return byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
        }
        func isLetterOrDigit(_ position: Int) -> Bool {
            guard position >= 0 && position < count else { return false }
            let byte = bytes[position]
            return (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || byte >= 0xC3
        }
        func lastContent(before position: Int) -> Int {
            var end = position
            while end > 0 && isSpace(end - 1) { end -= 1 }
            return end
        }
        let base = bytes.baseAddress.map(UnsafeRawPointer.init)
        while index < count {
            // Eight bytes at a time to the next byte that may start a quotation mark or a line break.
            if let base, index + 8 <= count {
                let skip = Self.firstInteresting(base.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                if skip == 8 {
                    index += 8
                    continue
                }
                index += skip
            }
            let byte = bytes[index]
            if !Self.interesting[Int(byte)] {
                index += 1
                continue
            }
            // Paragraph break while a quote is open: continue only if the next paragraph reopens.
            if byte == 0x0A, let current = open {
                var next = index + 1
                var breaks = 1
                while next < count && isSpace(next) { if bytes[next] == 0x0A { breaks += 1 }; next += 1 }
                if breaks >= 2 {
                    let reopens = next < count && (bytes[next] == 0x22 || (next + 1 < count && bytes[next] == 0x27 && bytes[next + 1] == 0x27) || (next + 2 < count && bytes[next] == 0xE2 && bytes[next + 1] == 0x80
                        && (bytes[next + 2] == 0x9C || bytes[next + 2] == 0x9E)) || (next + 1 < count && bytes[next] == 0xC2 && bytes[next + 1] == 0xAB))
                    if reopens {
                        index = next + (bytes[next] == 0x22 ? 1 : (bytes[next] == 0xC2 || bytes[next] == 0x27 ? 2 : 3))
                        continue
                    }
                    quotes.append(QuoteMarks(start: current.start, end: lastContent(before: index), capped: true))
                    open = nil
                    openSingle = nil
                }
                index = next
                continue
            }
            var mark: Mark?
            var width = 1
            if byte == 0x22 {
                mark = .straightDouble
            } else if byte == 0x27, index + 1 < count, bytes[index + 1] == 0x27 {
                // Two apostrophes stand for a straight double quote (a newswire convention); three are
                // a single quote nested at its edge (`'''College Bowl,''' he replied`).
                mark = .straightDouble
                width = index + 2 < count && bytes[index + 2] == 0x27 ? 3 : 2
            } else if byte == 0x60, index + 1 < count, bytes[index + 1] == 0x60 {
                mark = .openDouble
                width = 2
            } else if byte == 0xE2, index + 2 < count, bytes[index + 1] == 0x80 {
                width = 3
                switch bytes[index + 2] {
                case 0x9C, 0x9E: mark = .openDouble
                case 0x9D: mark = .closeDouble
                case 0x98: mark = .openSingle
                case 0x99: mark = .closeSingle
                default: break
                }
            } else if byte == 0xC2, index + 1 < count, bytes[index + 1] == 0xAB || bytes[index + 1] == 0xBB {
                width = 2
                mark = bytes[index + 1] == 0xAB ? .openDouble : .closeDouble
            }
            switch mark {
            case .openDouble? where open != nil && !isSpace(index - 1) && (isSpace(index + width) || index + width >= count):
                // A mark typed the wrong way round at the end of a quotation (`unusual,“ said`) closes it.
                quotes.append(QuoteMarks(start: open!.start, end: index + width, capped: false))
                open = nil
                openSingle = nil
            case .openDouble?:
                if let current = open {
                    // A new opening mark while one is open: the earlier one was never closed.
                    quotes.append(QuoteMarks(start: current.start, end: lastContent(before: index), capped: true))
                }
                open = (index, false)
                openSingle = nil
            case .closeDouble?:
                if let current = open {
                    quotes.append(QuoteMarks(start: current.start, end: index + width, capped: false))
                    open = nil
                    openSingle = nil
                }
            case .straightDouble?:
                if let current = open {
                    quotes.append(QuoteMarks(start: current.start, end: index + width, capped: false))
                    open = nil
                    openSingle = nil
                } else if !isSpace(index + 1) || isSpace(index - 1) {
                    open = (index, true)
                }
            case .openSingle?:
                if open == nil, isSpace(index - 1) || index == 0 || bytes[index - 1] == UInt8(ascii: "(") || bytes[index - 1] == UInt8(ascii: "[") {
                    openSingle = index
                }
            case .closeSingle?:
                if open == nil, let start = openSingle, !isLetterOrDigit(index + width), index > start + 3 {
                    quotes.append(QuoteMarks(start: start, end: index + width, capped: false))
                    openSingle = nil
                }
            case nil:
                break
            }
            index += width
        }
        if let current = open {
            quotes.append(QuoteMarks(start: current.start, end: lastContent(before: count), capped: true))
        }
        return quotes.sorted { $0.start < $1.start }
    }
}
