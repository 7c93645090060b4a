/// One unit of input as the reader found it, before it is decoded into a ``Document``.
///
/// Reading happens on one thread and decoding (UTF-8 validation, JSON parsing) on the workers,
/// so that a slow or bad document never holds up the others.
public struct InputItem: Sendable {
    /// What the item holds.
    public enum Payload: Sendable {
        /// The bytes of a text file, whose id is the file name without its extension.
        case textFile(id: String, bytes: [UInt8])
        /// One JSONL line (without its newline), expected to be `{"id": ..., "text": ...}`.
        case jsonLine(bytes: [UInt8])
        /// A document that is already decoded (library use).
        case document(Document)
        /// Input that could not be read at all (too large, unreadable file).
        case failure(id: String, message: String)
    }

    /// Where the item came from: a file path, or `path:line` for JSONL.
    public var source: String
    /// The id used when the item has none of its own (file name, or `name:line`).
    public var fallbackID: String
    /// The item's content.
    public var payload: Payload

    /// An item from `source`.
    public init(source: String, fallbackID: String, payload: Payload) {
        self.source = source
        self.fallbackID = fallbackID
        self.payload = payload
    }

    /// Decodes the item into a document, or says why it cannot be one.
    public func decode() -> Result<Document, DocumentFailure> {
        switch payload {
        case .document(let document):
            return .success(document)
        case .failure(_, let message):
            return .failure(DocumentFailure(stage: "input", message: message))
        case .textFile(let id, let bytes):
            return Self.validate(id: id, bytes: bytes[...]).map { Document(id: id, text: $0) }
        case .jsonLine(let bytes):
            let parsed: JSONLineParser.Fields
            do {
                parsed = try bytes.withUnsafeBufferPointer { buffer throws(JSONLineParser.SyntaxError) in
                    try JSONLineParser.parse(buffer)
                }
            } catch {
                return .failure(DocumentFailure(stage: "input", message: "malformed JSON at \(error)"))
            }
            let id = parsed.id ?? fallbackID
            if parsed.textHasWrongType {
                return .failure(DocumentFailure(stage: "input", message: "\"text\" is not a string"))
            }
            guard let text = parsed.text else {
                return .failure(DocumentFailure(stage: "input", message: "the line has no \"text\" member"))
            }
            if text.utf8.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
                return .failure(DocumentFailure(stage: "input", message: "the document is empty"))
            }
            return .success(Document(id: id, text: text))
        }
    }

    /// The size of the item's content in bytes (what it costs in memory until it is written).
    public var byteCount: Int {
        switch payload {
        case .textFile(_, let bytes), .jsonLine(let bytes): return bytes.count
        case .document(let document): return document.utf8Count
        case .failure: return 0
        }
    }

    /// The id this item will carry in its record, even if it fails to decode.
    public var recordID: String {
        switch payload {
        case .document(let document): return document.id
        case .textFile(let id, _), .failure(let id, _): return id
        case .jsonLine(let bytes):
            let fields = bytes.withUnsafeBufferPointer { try? JSONLineParser.parse($0) }
            return fields?.id ?? fallbackID
        }
    }

    private static func validate(id: String, bytes: ArraySlice<UInt8>) -> Result<String, DocumentFailure> {
        var body = bytes
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if let zero = body.firstIndex(of: 0) {
            return .failure(DocumentFailure(stage: "input", message: "binary file (NUL byte at offset \(zero - bytes.startIndex)); expected UTF-8 text"))
        }
        guard let text = body.withUnsafeBufferPointer({ String(validating: $0, as: UTF8.self) }) else {
            let offset = firstInvalidUTF8(body) - bytes.startIndex
            return .failure(DocumentFailure(stage: "input", message: "not valid UTF-8 (first bad byte at offset \(offset))"))
        }
        if text.utf8.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            return .failure(DocumentFailure(stage: "input", message: "the document is empty"))
        }
        return .success(text)
    }

    private static func firstInvalidUTF8(_ bytes: ArraySlice<UInt8>) -> Int {
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            let length: Int
            switch byte {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return index
            }
            guard index + length <= bytes.endIndex else { return index }
            let prefix = bytes[index..<(index + length)]
            if prefix.withUnsafeBufferPointer({ String(validating: $0, as: UTF8.self) }) == nil { return index }
            index += length
        }
        return index
    }
}
