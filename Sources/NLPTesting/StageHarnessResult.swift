import Foundation
import NLPCore

/// A document after a ``StageHarness`` run, with its output record.
public struct StageHarnessResult {
    /// The annotated document (spans in UTF-8 bytes).
    public let document: Document
    /// The output record as `nlp run` writes it (one JSON line; offsets in code points).
    public let json: String
    /// The record parsed.
    public let record: [String: Any]
    private let scalars: [Unicode.Scalar]

    init(document: Document) throws {
        self.document = document
        let bytes = RecordEncoder.encode(document).bytes
        json = String(decoding: bytes, as: UTF8.self)
        guard let object = try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any] else {
            throw HarnessFailure("the output record is not a JSON object: \(json)")
        }
        record = object
        scalars = Array(document.text.unicodeScalars)
        for id in document.layerOrder {
            try Self.checkSpans(in: object[id.rawValue] as Any, path: id.rawValue, length: scalars.count)
        }
    }

    /// Every object with `start` and `end` must hold a range of the text, in code points.
    private static func checkSpans(in value: Any, path: String, length: Int) throws {
        if let items = value as? [Any] {
            for (index, item) in items.enumerated() { try checkSpans(in: item, path: "\(path)[\(index)]", length: length) }
        } else if let object = value as? [String: Any] {
            if object["start"] != nil || object["end"] != nil {
                guard let start = object["start"] as? Int, let end = object["end"] as? Int, 0 <= start, start <= end, end <= length else {
                    throw HarnessFailure("\(path): span start \(object["start"] ?? "missing"), end \(object["end"] ?? "missing") "
                                         + "is not a range of the text's \(length) code points")
                }
            }
            for key in object.keys.sorted() { try checkSpans(in: object[key]!, path: "\(path).\(key)", length: length) }
        }
    }

    /// The layer's value in the output record.
    public subscript(layer: LayerID) -> Any? { record[layer.rawValue] }

    /// The text of each span of a layer that is a list of spans, read from the output record the
    /// way a Python reader would (`text[start:end]`, code points).
    public func texts(of layer: LayerID) -> [String] {
        spans(of: layer).map { String(String.UnicodeScalarView(scalars[$0])) }
    }

    /// The code-point ranges of a layer that is a list of spans, from the output record.
    public func spans(of layer: LayerID) -> [Range<Int>] {
        (record[layer.rawValue] as? [[String: Any]] ?? []).compactMap { span in
            guard let start = span["start"] as? Int, let end = span["end"] as? Int else { return nil }
            return start..<end
        }
    }
}
