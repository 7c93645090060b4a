/// One whitespace-separated piece of a text, as the splitter sees it.
struct Piece {
    /// One past its last byte.
    var end: Int
    /// Its first byte that is not ASCII punctuation, or -1 if every byte is.
    var first = -1
    /// One past its last byte that is not ASCII punctuation.
    var wordEnd = 0
    /// ``ByteClass`` flags of its bytes: at least `nonASCII`, `upper`, `lower` and `apostrophe`.
    var seen: UInt8 = 0
    /// Its "!" and "?".
    var exclamations = 0
    var questions = 0

    /// Reads the piece starting at `start` (a byte that is not whitespace) one byte at a time.
    static func scan(_ text: UnsafeBufferPointer<UInt8>, from start: Int, classes: UnsafePointer<UInt8>) -> Piece {
        var piece = Piece(end: start)
        var index = start
        while index < text.count {
            let byte = text[index]
            let flags = classes[Int(byte)]
            if flags & ByteClass.space != 0 { break }
            if flags & ByteClass.maybeSpace != 0 && PythonWhitespace.length(text, at: index) > 0 { break }
            piece.seen |= flags
            if flags & ByteClass.punctuation == 0 {
                if piece.first < 0 { piece.first = index }
                piece.wordEnd = index + 1
            } else if byte == UInt8(ascii: "!") {
                piece.exclamations += 1
            } else if byte == UInt8(ascii: "?") {
                piece.questions += 1
            }
            index += 1
        }
        piece.end = index
        return piece
    }

    /// Reads the piece starting at `start` eight bytes at a time, without a branch per byte; nil
    /// when it holds a byte outside ASCII or a control character (then ``scan(_:from:classes:)``).
    @inline(__always)
    static func scanASCII(_ text: UnsafeBufferPointer<UInt8>, from start: Int) -> Piece? {
        var piece = Piece(end: start)
        var position = start
        while true {
            let chunk = SWAR.load(text, position)
            let low = chunk & SWAR.lowBits
            let stop = SentiText.stopBytes(chunk)
            let length = stop == 0 ? 8 : stop.trailingZeroBitCount >> 3
            let inPiece = SWAR.highBits & SWAR.mask(bytes: length)
            let masks = Masks(low, inPiece)
            if masks.word != 0 {
                if piece.first < 0 { piece.first = position + masks.word.trailingZeroBitCount >> 3 }
                piece.wordEnd = position + (63 - masks.word.leadingZeroBitCount) >> 3 + 1
            }
            piece.seen |= masks.flags
            piece.exclamations += masks.exclamations(low, inPiece)
            piece.questions += masks.questions(low, inPiece)
            position += length
            if length < 8 { break }
        }
        guard Self.endsAtASCIIWhitespace(text, position) else { return nil }
        piece.end = position
        return piece
    }

    /// Whether `position` is the end of the text or an ASCII whitespace byte (tab…carriage return,
    /// U+001C…U+001F, space), given that the byte there is below "!" or outside ASCII.
    @inline(__always)
    static func endsAtASCIIWhitespace(_ text: UnsafeBufferPointer<UInt8>, _ position: Int) -> Bool {
        guard position < text.count else { return true }
        let byte = text[position]
        return byte < 0x80 && ((byte >= 0x09 && byte <= 0x0D) || byte >= 0x1C)
    }

    /// What eight ASCII bytes of a piece hold.
    struct Masks {
        /// Bytes that are not `string.punctuation`: letters, digits, DEL.
        var word: UInt64
        /// `A`…`Z`.
        var upper: UInt64
        /// ``ByteClass`` flags: upper, lower, apostrophe.
        var flags: UInt8

        /// How many "!" are in `low` within `inPiece` (the arguments `init` had).
        @inline(__always)
        func exclamations(_ low: UInt64, _ inPiece: UInt64) -> Int {
            word == inPiece ? 0 : (SWAR.equal(low, UInt8(ascii: "!")) & inPiece).nonzeroBitCount
        }

        /// How many "?" are in `low` within `inPiece`.
        @inline(__always)
        func questions(_ low: UInt64, _ inPiece: UInt64) -> Int {
            word == inPiece ? 0 : (SWAR.equal(low, UInt8(ascii: "?")) & inPiece).nonzeroBitCount
        }

        /// Nothing.
        static let none = Masks(word: 0, upper: 0, flags: 0)

        private init(word: UInt64, upper: UInt64, flags: UInt8) {
            (self.word, self.upper, self.flags) = (word, upper, flags)
        }

        /// The masks of `low` (seven-bit bytes) within `inPiece` (high bits of the piece's bytes).
        @inline(__always)
        init(_ low: UInt64, _ inPiece: UInt64) {
            // Letters in one test: setting bit 5 folds "A"…"Z" onto "a"…"z" and nothing else onto them.
            let letter = SWAR.inRange(low | 0x2020_2020_2020_2020, 0x61, 0x7A) & inPiece
            upper = letter & ~(low << 2)   // bit 5 (clear in upper case) moved to bit 7
            let lower = letter & ~upper
            word = letter | SWAR.inRange(low, 0x30, 0x39) & inPiece | SWAR.equal(low, 0x7F) & inPiece
            flags = (upper != 0 ? ByteClass.upper : 0) | (lower != 0 ? ByteClass.lower : 0)
                | (SWAR.equal(low, 0x27) & inPiece != 0 ? ByteClass.apostrophe : 0)
        }
    }
}
