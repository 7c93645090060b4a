/// Byte patterns the tokenizer looks for: clitics, contractions, URLs and repeatable marks.
enum TokenPatterns {
    /// Where an English clitic at the end of the word `start..<end` begins, if it has one and
    /// something before it.
    @inline(__always)
    static func cliticStart(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int? {
        let last = bytes[end - 1] | 0x20
        let apostropheEnd: Int
        switch last {
        case UInt8(ascii: "s"), UInt8(ascii: "d"), UInt8(ascii: "m"), UInt8(ascii: "t"):
            apostropheEnd = end - 1
        case UInt8(ascii: "e"):
            let before = bytes[end - 2] | 0x20
            guard before == UInt8(ascii: "r") || before == UInt8(ascii: "v") else { return nil }
            apostropheEnd = end - 2
        case UInt8(ascii: "l"):
            guard bytes[end - 2] | 0x20 == UInt8(ascii: "l") else { return nil }
            apostropheEnd = end - 2
        default:
            return nil
        }
        guard var clitic = apostropheStart(bytes, endingAt: apostropheEnd, after: start) else { return nil }
        if last == UInt8(ascii: "t") {
            guard clitic - 1 > start, bytes[clitic - 1] | 0x20 == UInt8(ascii: "n") else { return nil }
            clitic -= 1
        }
        return clitic > start ? clitic : nil
    }

    /// The start of a straight or curly (U+2019) apostrophe that ends at `end`, after `floor`.
    @inline(__always)
    private static func apostropheStart(_ bytes: UnsafeBufferPointer<UInt8>, endingAt end: Int, after floor: Int) -> Int? {
        if end - 1 > floor && bytes[end - 1] == 0x27 { return end - 1 }
        if end - 3 > floor && bytes[end - 1] == 0x99 && bytes[end - 2] == 0x80 && bytes[end - 3] == 0xE2 {
            return end - 3
        }
        return nil
    }

    /// Where the second half of "cannot", "gonna", "gotta" or "wanna" starts ("can" + "not",
    /// "gon" + "na"), if the word is one of them.
    @inline(__always)
    static func contractionSplit(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ length: Int) -> Int? {
        guard length == 5 || length == 6 else { return nil }
        @inline(__always) func matches(_ word: StaticString) -> Bool {
            guard word.utf8CodeUnitCount == length else { return false }
            let pointer = word.utf8Start
            for offset in 0..<length where bytes[start + offset] | 0x20 != pointer[offset] { return false }
            return true
        }
        if length == 6 { return matches("cannot") ? start + 3 : nil }
        switch bytes[start] | 0x20 {
        case UInt8(ascii: "g"): return matches("gonna") || matches("gotta") ? start + 3 : nil
        case UInt8(ascii: "w"): return matches("wanna") ? start + 3 : nil
        default: return nil
        }
    }

    /// The end of a URL that starts with the word `start..<end` ("http" before "://", or "www."):
    /// up to the next whitespace, quote or angle bracket, without trailing punctuation.
    static func urlEnd(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int? {
        let count = bytes.count
        let isScheme = end + 3 < count && bytes[end] == UInt8(ascii: ":") && bytes[end + 1] == UInt8(ascii: "/")
            && bytes[end + 2] == UInt8(ascii: "/") && end - start <= 8
        let isWWW = !isScheme && end - start > 4 && bytes[start] | 0x20 == UInt8(ascii: "w")
            && bytes[start + 1] | 0x20 == UInt8(ascii: "w") && bytes[start + 2] | 0x20 == UInt8(ascii: "w")
            && bytes[start + 3] == UInt8(ascii: ".")
        guard isScheme || isWWW else { return nil }
        var index = isScheme ? end + 3 : end
        var opened = false
        while index < count {
            let byte = bytes[index]
            if byte <= 0x20 || byte >= 0x80 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "<")
                || byte == UInt8(ascii: ">") { break }
            if byte == UInt8(ascii: "(") { opened = true }
            index += 1
        }
        while index > end {
            let last = bytes[index - 1]
            switch last {
            case UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "!"),
                 UInt8(ascii: "?"), UInt8(ascii: "'"), UInt8(ascii: "]"), UInt8(ascii: "}"):
                index -= 1
                continue
            case UInt8(ascii: ")") where !opened:
                index -= 1
                continue
            default:
                break
            }
            break
        }
        return index > end + (isScheme ? 3 : 0) ? index : (isWWW ? end : nil)
    }

    /// Whether runs of this ASCII mark make one token (`...`, `!!!`, `--`).
    @inline(__always)
    static func isRepeatable(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: "-"), UInt8(ascii: "*"),
             UInt8(ascii: "="), UInt8(ascii: "~"), UInt8(ascii: "#"):
            return true
        default:
            return false
        }
    }
}
