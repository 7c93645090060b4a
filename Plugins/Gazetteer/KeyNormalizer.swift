import CICU

/// The case shape of a word, read from its letters.
struct CaseShape: OptionSet, Sendable {
    let rawValue: UInt8
    /// The first letter is upper case.
    static let initialUpper = CaseShape(rawValue: 1)
    /// Some letter is lower case.
    static let hasLower = CaseShape(rawValue: 2)
    /// Some letter is upper case.
    static let hasUpper = CaseShape(rawValue: 4)
    /// At least two letters.
    static let severalLetters = CaseShape(rawValue: 8)

    /// Written in capitals with two letters or more: an acronym such as `US` or `NATO`.
    var isAcronym: Bool { contains([.hasUpper, .severalLetters]) && !contains(.hasLower) }
    /// Written with a capital initial.
    var isCapitalized: Bool { contains(.initialUpper) }
}

/// Turns the bytes of one token into its match key: periods dropped, apostrophes unified,
/// diacritics removed and, for the folded key, case folded. Text tokens and gazetteer aliases go
/// through the same function, so that they meet in the middle.
struct KeyNormalizer {
    /// Longest token (in UTF-8 bytes) that can be part of a name.
    static let maxTokenBytes = 200

    private var staging: [UInt8] = []
    private var output: [UInt8] = []

    init() {
        staging.reserveCapacity(Self.maxTokenBytes * 3)
        output = [UInt8](repeating: 0, count: Self.maxTokenBytes * 4)
    }

    /// Normalises `token`, returning the key (valid until the next call) and the token's case shape,
    /// or `nil` when the token is too long or normalises to nothing (a lone period).
    mutating func key<R>(_ token: UnsafeBufferPointer<UInt8>, fold: Bool,
                         _ body: (UnsafeBufferPointer<UInt8>, CaseShape) -> R) -> R? {
        guard let (inOutput, count, shape) = normalize(token, fold: fold) else { return nil }
        let buffer = inOutput ? output : staging
        return buffer.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[0..<count]), shape) }
    }

    /// The id of `token`'s folded key in `table` (-1 if absent) and the token's case shape; `nil`
    /// when the token has no key. The hot path of matching: no closure, no copy of the table.
    mutating func lookup(_ token: UnsafeBufferPointer<UInt8>, in table: borrowing ByteKeyTable) -> (Int32, CaseShape)? {
        guard let (inOutput, count, shape) = normalize(token, fold: true) else { return nil }
        let id = inOutput
            ? output.withUnsafeBufferPointer { table.find(UnsafeBufferPointer(rebasing: $0[0..<count])) }
            : staging.withUnsafeBufferPointer { table.find(UnsafeBufferPointer(rebasing: $0[0..<count])) }
        return (id, shape)
    }

    /// Writes the key into `staging` (ASCII) or `output` (after ICU); returns where, its length and the shape.
    private mutating func normalize(_ token: UnsafeBufferPointer<UInt8>, fold: Bool) -> (Bool, Int, CaseShape)? {
        guard token.count <= Self.maxTokenBytes else { return nil }
        staging.removeAll(keepingCapacity: true)
        var shape: CaseShape = []
        var letters = 0
        var asciiOnly = true
        var index = 0
        while index < token.count {
            let byte = token[index]
            if byte < 0x80 {
                index += 1
                switch byte {
                case UInt8(ascii: "."):
                    continue
                case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                    if letters == 0 { shape.insert(.initialUpper) }
                    letters += 1
                    shape.insert(.hasUpper)
                    staging.append(fold ? byte | 0x20 : byte)
                case UInt8(ascii: "a")...UInt8(ascii: "z"):
                    letters += 1
                    shape.insert(.hasLower)
                    staging.append(byte)
                case UInt8(ascii: "`"):
                    staging.append(UInt8(ascii: "'"))
                default:
                    staging.append(byte)
                }
                continue
            }
            // Decode one non-ASCII scalar.
            let (scalar, width) = UTF8Decoding.scalar(in: token, at: index)
            let scalarBytes = UnsafeBufferPointer(rebasing: token[index..<min(index + width, token.count)])
            index += width
            switch scalar {
            case 0x2019, 0x2018, 0x02BC, 0x00B4, 0x2032:
                staging.append(UInt8(ascii: "'"))
                continue
            default:
                break
            }
            asciiOnly = false
            if nlp_is_alphabetic(scalar) != 0 {
                if nlp_is_uppercase(scalar) != 0 {
                    if letters == 0 { shape.insert(.initialUpper) }
                    shape.insert(.hasUpper)
                } else if nlp_is_lowercase(scalar) != 0 {
                    shape.insert(.hasLower)
                }
                letters += 1
            }
            staging.append(contentsOf: scalarBytes)
        }
        if letters >= 2 { shape.insert(.severalLetters) }
        if staging.isEmpty { return nil }
        if asciiOnly { return (false, staging.count, shape) }
        let count = staging.withUnsafeBufferPointer { source in
            output.withUnsafeMutableBufferPointer { target in
                nlp_search_key(source.baseAddress, Int32(source.count), fold ? 1 : 0, target.baseAddress, Int32(target.count))
            }
        }
        guard count > 0 else { return nil }
        return (true, Int(count), shape)
    }

}
