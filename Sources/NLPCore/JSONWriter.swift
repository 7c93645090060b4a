/// A fast, append-only JSON writer into a byte buffer, used for output records.
///
/// It tracks commas itself: call `key` before each member value inside an object, and values in
/// sequence inside an array.
public struct JSONWriter: Sendable {
    /// Full chunks; a large record is kept as chunks of about `chunkSize` bytes so that it never
    /// needs one huge contiguous buffer (nor the doubling copies of one).
    private var sealed: [[UInt8]] = []
    private var current: [UInt8] = []
    private var needsComma = false
    private static let chunkSize = 1 << 20

    /// An empty writer with room for `capacity` bytes.
    public init(capacity: Int = 1024) { current.reserveCapacity(min(capacity, Self.chunkSize + 4096)) }

    /// The bytes written so far, as one array.
    public var bytes: [UInt8] { sealed.isEmpty ? current : Array((sealed + [current]).joined()) }

    /// The bytes written so far, as chunks (no copy).
    public var record: EncodedRecord { EncodedRecord(chunks: sealed.isEmpty ? [current] : sealed + [current]) }

    private mutating func separate() {
        if current.count >= Self.chunkSize {
            sealed.append(current)
            current = []
            current.reserveCapacity(Self.chunkSize + 4096)
        }
        if needsComma { current.append(UInt8(ascii: ",")) }
    }

    /// Opens an object `{`.
    public mutating func beginObject() {
        separate()
        current.append(UInt8(ascii: "{"))
        needsComma = false
    }

    /// Closes an object `}`.
    public mutating func endObject() {
        current.append(UInt8(ascii: "}"))
        needsComma = true
    }

    /// Opens an array `[`.
    public mutating func beginArray() {
        separate()
        current.append(UInt8(ascii: "["))
        needsComma = false
    }

    /// Closes an array `]`.
    public mutating func endArray() {
        current.append(UInt8(ascii: "]"))
        needsComma = true
    }

    /// Writes an object key followed by `:`; the next call writes its value.
    public mutating func key(_ name: String) {
        separate()
        appendString(name)
        current.append(UInt8(ascii: ":"))
        needsComma = false
    }

    /// Writes a literal key (no escaping needed) followed by `:`; faster for fixed names.
    public mutating func key(_ name: StaticString) {
        separate()
        current.append(UInt8(ascii: "\""))
        current.append(contentsOf: UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
        current.append(contentsOf: [UInt8(ascii: "\""), UInt8(ascii: ":")])
        needsComma = false
    }

    /// Writes a literal string value that needs no escaping (an enum name, a label).
    public mutating func value(_ literal: StaticString) {
        separate()
        current.append(UInt8(ascii: "\""))
        current.append(contentsOf: UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
        current.append(UInt8(ascii: "\""))
        needsComma = true
    }

    /// Writes `{"start":S,"end":E` + `tail` (which must close the object) in one append: the hot
    /// path for layers with many small spans, such as tokens. `tail` is e.g. `,"kind":"word"}`.
    public mutating func spanObject(_ span: Span, offsets: CodePointIndex, tail: StaticString = "}") {
        separate()
        appendSpan(opening: "{\"start\":", span, offsets: offsets, tail: tail)
        needsComma = true
    }

    /// Appends `opening` (which ends with `"start":`) + `S,"end":E` + `tail` in one append. (Not
    /// through `composed`: its closure would retain and release the offsets for every token.)
    @inline(__always)
    private mutating func appendSpan(opening: StaticString, _ span: Span, offsets: CodePointIndex, tail: StaticString) {
        let start = offsets.codePoints(span.start)
        let end = offsets.codePoints(span.end)
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 48 + opening.utf8CodeUnitCount + tail.utf8CodeUnitCount) { buffer in
            let base = buffer.baseAddress!
            var count = 0
            Self.copy(opening, to: base, at: &count)
            Self.format(start, to: base, at: &count)
            Self.copy(",\"end\":", to: base, at: &count)
            Self.format(end, to: base, at: &count)
            Self.copy(tail, to: base, at: &count)
            current.append(contentsOf: UnsafeBufferPointer(start: base, count: count))
        }
    }

    @inline(__always)
    fileprivate static func copy(_ literal: StaticString, to base: UnsafeMutablePointer<UInt8>, at count: inout Int) {
        (base + count).update(from: literal.utf8Start, count: literal.utf8CodeUnitCount)
        count += literal.utf8CodeUnitCount
    }

    /// Writes a non-negative offset in decimal (offsets are never negative).
    @inline(__always)
    fileprivate static func format(_ number: Int, to base: UnsafeMutablePointer<UInt8>, at count: inout Int) {
        var magnitude = UInt(max(0, number))
        var digits = 1
        var probe = magnitude / 10
        while probe > 0 { digits += 1; probe /= 10 }
        var position = count + digits - 1
        repeat {
            base[position] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: magnitude % 10)
            magnitude /= 10
            position -= 1
        } while magnitude > 0
        count += digits
    }

    /// Writes a string value.
    public mutating func value(_ string: String) {
        separate()
        appendString(string)
        needsComma = true
    }

    /// Writes a string value from a substring.
    public mutating func value(_ string: Substring) {
        separate()
        var copy = string
        copy.withUTF8 { appendEscaped($0) }
        needsComma = true
    }

    /// Writes, as a string value, the text `span` covers in `text` (a document's UTF-8 bytes, as
    /// given by `Document.withUTF8`): no substring is built.
    public mutating func value(_ span: Span, in text: UnsafeBufferPointer<UInt8>) {
        separate()
        appendEscaped(UnsafeBufferPointer(rebasing: text[Int(span.start)..<Int(span.end)]))
        needsComma = true
    }

    /// Writes an integer value.
    public mutating func value(_ number: Int) {
        separate()
        appendInt(number)
        needsComma = true
    }

    /// Writes a floating-point value (shortest round-tripping form; non-finite values become `null`).
    public mutating func value(_ number: Double) {
        separate()
        if number.isFinite {
            if let (units, decimals) = Self.shortDecimal(number) {
                // Scores and confidences (at most four decimals): formatted without a String.
                appendDecimal(units, decimals: decimals)
            } else if number == number.rounded(), abs(number) < 1e15 {
                appendInt(Int(number))
                current.append(contentsOf: [UInt8(ascii: "."), UInt8(ascii: "0")])
            } else {
                current.append(contentsOf: number.description.utf8)
            }
        } else {
            current.append(contentsOf: "null".utf8)
        }
        needsComma = true
    }

    /// `number` as `units / 10^decimals` with 1 to 4 decimals, when that is exact and the number is
    /// in the range where `description` prints plain decimals (0.001 ≤ |x| < 10^9); else nil.
    @inline(__always)
    static func shortDecimal(_ number: Double) -> (Int, Int)? {
        let magnitude = abs(number)
        guard magnitude >= 0.001, magnitude < 1e9, number != number.rounded() else { return nil }
        var scale = 10.0
        for decimals in 1...4 {
            let scaled = (number * scale).rounded()
            if scaled / scale == number { return (Int(scaled), decimals) }
            scale *= 10
        }
        return nil
    }

    /// Appends `units / 10^decimals` as `[-]I.FFFF`, the fraction zero-padded to `decimals` digits.
    private mutating func appendDecimal(_ units: Int, decimals: Int) {
        if units < 0 { current.append(UInt8(ascii: "-")) }
        var divisor: UInt = 1
        for _ in 0..<decimals { divisor *= 10 }
        let magnitude = units.magnitude
        appendInt(Int(magnitude / divisor))
        current.append(UInt8(ascii: "."))
        let fraction = magnitude % divisor
        var place = divisor / 10
        while place > 0 {
            current.append(UInt8(ascii: "0") &+ UInt8(fraction / place % 10))
            place /= 10
        }
    }

    /// Writes a boolean value.
    public mutating func value(_ flag: Bool) {
        separate()
        current.append(contentsOf: (flag ? "true" : "false").utf8)
        needsComma = true
    }

    /// Writes `null`.
    public mutating func null() {
        separate()
        current.append(contentsOf: "null".utf8)
        needsComma = true
    }

    /// Writes `"start": s, "end": e` for a span, converted to code points, in one append.
    public mutating func writeSpanFields(_ span: Span, offsets: CodePointIndex) {
        separate()
        appendSpan(opening: "\"start\":", span, offsets: offsets, tail: "")
        needsComma = true
    }

    /// Writes one value (after a comma when one is due) that `body` composes into a buffer of
    /// `bound` bytes, in one append: for layers that write many small objects. `body` must write
    /// valid JSON and at most `bound` bytes.
    mutating func composed(bound: Int, _ body: (inout JSONComposer) -> Void) {
        separate()
        continueComposed(bound: bound, body)
        needsComma = true
    }

    /// Continues the value being written with more bytes that `body` composes (no comma first):
    /// the middle and end pieces of a value started with `composed(bound:_:)`.
    mutating func continueComposed(bound: Int, _ body: (inout JSONComposer) -> Void) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bound) { buffer in
            var composer = JSONComposer(base: buffer.baseAddress!, capacity: bound)
            body(&composer)
            current.append(contentsOf: UnsafeBufferPointer(start: buffer.baseAddress!, count: composer.count))
        }
    }

    /// Continues the value being written with the text `span` covers in `text` as a JSON string
    /// (no comma first), appended straight to the record: long texts need no temporary buffer.
    mutating func continueString(_ span: Span, in text: UnsafeBufferPointer<UInt8>) {
        appendEscaped(UnsafeBufferPointer(rebasing: text[Int(span.start)..<Int(span.end)]))
    }

    /// Appends raw bytes that already form valid JSON (used to splice pre-encoded values).
    public mutating func raw(_ json: some Sequence<UInt8>) {
        separate()
        current.append(contentsOf: json)
        needsComma = true
    }

    /// Appends a newline, ending a JSONL record.
    public mutating func newline() {
        separateChunkIfFull()
        current.append(UInt8(ascii: "\n"))
        needsComma = false
    }

    private mutating func separateChunkIfFull() {
        let comma = needsComma
        needsComma = false
        separate()
        needsComma = comma
    }

    private mutating func appendString(_ string: String) {
        var copy = string
        copy.withUTF8 { appendEscaped($0) }
    }

    private mutating func appendInt(_ number: Int) {
        if number < 0 {
            current.append(UInt8(ascii: "-"))
            if number == Int.min {
                current.append(contentsOf: String(number).utf8.dropFirst())
                return
            }
        }
        var magnitude = number.magnitude
        if magnitude < 10 {
            current.append(UInt8(ascii: "0") &+ UInt8(magnitude))
            return
        }
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { raw in
            while magnitude > 0 {
                raw[count] = UInt8(ascii: "0") &+ UInt8(magnitude % 10)
                magnitude /= 10
                count += 1
            }
            for index in stride(from: count - 1, through: 0, by: -1) { current.append(raw[index]) }
        }
    }

    /// Whether none of eight bytes is a control character, `"` or `\\` (bytes of multi-byte UTF-8
    /// sequences are ≥ 0x80 and never match). A `false` may be wrong (the byte loop then decides);
    /// a `true` never is.
    @inline(__always)
    fileprivate static func needsNoEscape(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        @inline(__always) func hasZeroByte(_ value: UInt64) -> UInt64 { (value &- ones) & ~value & highs }
        let control = (word &- 0x2020_2020_2020_2020) & ~word & highs
        let quote = hasZeroByte(word ^ 0x2222_2222_2222_2222)
        let backslash = hasZeroByte(word ^ 0x5C5C_5C5C_5C5C_5C5C)
        return control | quote | backslash == 0
    }

    fileprivate static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    /// Appends `"..."` with JSON escapes; the input is valid UTF-8 and is copied through unchanged
    /// except for quotes, backslashes and control characters.
    private mutating func appendEscaped(_ buffer: UnsafeBufferPointer<UInt8>) {
        current.append(UInt8(ascii: "\""))
        var runs = EscapeRuns(buffer)
        while let (run, escape) = runs.next() {
            if !run.isEmpty { current.append(contentsOf: run) }
            if let escape {
                let (sequence, count) = EscapeRuns.sequence(of: escape)
                withUnsafeBytes(of: sequence) { bytes in
                    current.append(contentsOf: UnsafeBufferPointer(start: bytes.baseAddress!.assumingMemoryBound(to: UInt8.self), count: count))
                }
            }
        }
        current.append(UInt8(ascii: "\""))
    }
}

/// The stretches of valid UTF-8 text that a JSON string holds as they are, each with the byte after
/// it that needs an escape (a quote, a backslash or a control character); eight bytes are scanned
/// at a time while none needs one (almost all text).
struct EscapeRuns {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var index = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    /// The next stretch and the byte after it to escape (nil at the end of the text); nil when done.
    @inline(__always)
    mutating func next() -> (run: UnsafeBufferPointer<UInt8>, escape: UInt8?)? {
        let count = bytes.count
        guard index < count else { return nil }
        let start = index
        while index < count {
            if index &+ 8 <= count, JSONWriter.needsNoEscape(UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self)) {
                index &+= 8
                continue
            }
            let byte = bytes[index]
            if byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
                index += 1
                return (UnsafeBufferPointer(rebasing: bytes[start..<(index - 1)]), byte)
            }
            index += 1
        }
        return (UnsafeBufferPointer(rebasing: bytes[start..<count]), nil)
    }

    /// The escape sequence of a byte (`\"`, `\\`, `\n`, `\r`, `\t` or `\u00XX`), as bytes packed
    /// in memory order into an integer, and how many there are.
    @inline(__always)
    static func sequence(of byte: UInt8) -> (UInt64, Int) {
        // Byte i of the sequence in bits 8i..8i+7, then stored little-endian: memory order.
        let backslash = UInt64(UInt8(ascii: "\\"))
        let (value, count): (UInt64, Int)
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"): (value, count) = (backslash | UInt64(byte) << 8, 2)
        case UInt8(ascii: "\n"): (value, count) = (backslash | UInt64(UInt8(ascii: "n")) << 8, 2)
        case UInt8(ascii: "\r"): (value, count) = (backslash | UInt64(UInt8(ascii: "r")) << 8, 2)
        case UInt8(ascii: "\t"): (value, count) = (backslash | UInt64(UInt8(ascii: "t")) << 8, 2)
        default:
            (value, count) = (backslash | UInt64(UInt8(ascii: "u")) << 8 | UInt64(UInt8(ascii: "0")) << 16
                | UInt64(UInt8(ascii: "0")) << 24 | UInt64(JSONWriter.hex[Int(byte >> 4)]) << 32
                | UInt64(JSONWriter.hex[Int(byte & 0xF)]) << 40, 6)
        }
        return (value.littleEndian, count)
    }
}

/// Composes JSON into a caller's buffer with no checks or reference counting per piece (see
/// `JSONWriter.composed(bound:_:)`); the caller guarantees the buffer is large enough.
struct JSONComposer {
    private let base: UnsafeMutablePointer<UInt8>
    private let capacity: Int
    /// Bytes written so far.
    private(set) var count = 0

    init(base: UnsafeMutablePointer<UInt8>, capacity: Int) {
        self.base = base
        self.capacity = capacity
    }

    /// Room for a string of `bytes` UTF-8 bytes, quoted and escaped in the worst case (`\u00XX`).
    /// (With the slack that the eight-byte store of an escape sequence needs.)
    static func bound(ofString bytes: Int) -> Int { 8 + 6 * bytes }

    /// Appends literal JSON.
    @inline(__always)
    mutating func literal(_ text: StaticString) {
        assert(count + text.utf8CodeUnitCount <= capacity)
        JSONWriter.copy(text, to: base, at: &count)
    }

    /// Appends a non-negative integer.
    @inline(__always)
    mutating func integer(_ number: Int) {
        assert(count + 20 <= capacity)
        JSONWriter.format(number, to: base, at: &count)
    }

    /// Appends `"start":S,"end":E` for a span, in code points.
    @inline(__always)
    mutating func spanFields(_ span: Span, offsets: CodePointIndex) {
        literal("\"start\":")
        integer(offsets.codePoints(span.start))
        literal(",\"end\":")
        integer(offsets.codePoints(span.end))
    }

    /// Appends the text `span` covers in `text` (a document's UTF-8 bytes) as a JSON string.
    ///
    /// Eight bytes at a time with no call and no byte loop unless a word holds a byte to escape:
    /// each word is loaded from the text (a span's last, partial word too, while the text goes on
    /// for eight more bytes), tested, and stored whole; only the span's bytes are counted, and the
    /// store's overhang is overwritten by what follows (`bound(ofString:)` leaves the room for it).
    mutating func string(_ span: Span, in text: UnsafeBufferPointer<UInt8>) {
        guard let source = text.baseAddress.map(UnsafeRawPointer.init) else { return literal("\"\"") }
        let end = Int(span.end)
        var index = Int(span.start)
        base[count] = UInt8(ascii: "\"")
        count += 1
        while index < end {
            let remaining = end &- index
            guard index &+ 8 <= text.count else {
                // The last bytes of the document: a byte at a time.
                while index < end { append(byte: text[index]); index &+= 1 }
                break
            }
            var word = source.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            let taken = min(8, remaining)
            if remaining < 8 {
                // Bytes past the span (in memory order, the high ones) made plain letters for the test.
                let kept: UInt64 = (1 << UInt64(remaining &* 8)) &- 1
                word = word & kept | 0x6161_6161_6161_6161 & ~kept
            }
            if JSONWriter.needsNoEscape(word) {
                UnsafeMutableRawPointer(base + count).storeBytes(of: word, as: UInt64.self)
                count &+= taken
            } else {
                for offset in 0..<taken { append(byte: text[index &+ offset]) }
            }
            index &+= taken
        }
        base[count] = UInt8(ascii: "\"")
        count += 1
    }

    /// Appends one byte of a string, escaped if JSON needs it.
    @inline(__always)
    private mutating func append(byte: UInt8) {
        if byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
            let (sequence, length) = EscapeRuns.sequence(of: byte)
            UnsafeMutableRawPointer(base + count).storeBytes(of: sequence, as: UInt64.self)
            count &+= length
        } else {
            base[count] = byte
            count &+= 1
        }
    }

    /// Appends a Swift string as a JSON string.
    mutating func string(_ value: String) {
        var copy = value
        copy.withUTF8 { string($0) }
    }

    /// Appends valid UTF-8 bytes as a JSON string: quoted, with the escapes `JSONWriter` uses.
    mutating func string(_ bytes: UnsafeBufferPointer<UInt8>) {
        assert(count + Self.bound(ofString: bytes.count) <= capacity)
        base[count] = UInt8(ascii: "\"")
        count += 1
        var runs = EscapeRuns(bytes)
        while let (run, escape) = runs.next() {
            if !run.isEmpty {
                (base + count).update(from: run.baseAddress!, count: run.count)
                count += run.count
            }
            if let escape {
                let (sequence, length) = EscapeRuns.sequence(of: escape)
                UnsafeMutableRawPointer(base + count).storeBytes(of: sequence, as: UInt64.self)
                count += length
            }
        }
        base[count] = UInt8(ascii: "\"")
        count += 1
    }

    /// Room for any number `hundredths` writes.
    static let numberBound = 32

    /// Appends `value` rounded to hundredths, as `JSONWriter.value((value * 100).rounded() / 100)`
    /// writes it; values in [0, 1] (confidences, probabilities) without the general decimal path.
    mutating func hundredths(_ value: Double) {
        let scaled = (value * 100).rounded()
        guard scaled >= 0, scaled <= 100 else {
            var general = JSONWriter(capacity: Self.numberBound)
            general.value(scaled / 100)
            for byte in general.bytes { base[count] = byte; count += 1 }
            return
        }
        let whole = Int(scaled)
        if whole == 100 { literal("1.0"); return }
        literal("0.")
        base[count] = UInt8(ascii: "0") &+ UInt8(whole / 10)
        count += 1
        if whole % 10 != 0 {
            base[count] = UInt8(ascii: "0") &+ UInt8(whole % 10)
            count += 1
        }
    }
}
