import NLPCore

/// Checks a layer an external stage returned, whose spans are code-point offsets, and converts
/// it into a ``JSONLayer`` with UTF-8 byte offsets.
///
/// `start` and `end` are reserved for spans: an object with either must have both, as whole
/// numbers with `0 <= start <= end <= ` the text's length in code points.
enum LayerImport {
    /// What was wrong with a layer, naming the place (`quotes[3].cue.end`).
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// The layer named `name` converted to UTF-8 offsets of `document`'s text.
    static func layer(_ value: JSONValue, named name: String, offsets: CodePointOffsets) throws(Failure) -> JSONLayer {
        JSONLayer(utf8Value: try convert(value, path: name, offsets: offsets))
    }

    private static func convert(_ value: JSONValue, path: String, offsets: CodePointOffsets) throws(Failure) -> JSONValue {
        switch value {
        case .array(let items):
            var converted: [JSONValue] = []
            converted.reserveCapacity(items.count)
            for (index, item) in items.enumerated() {
                converted.append(try convert(item, path: "\(path)[\(index)]", offsets: offsets))
            }
            return .array(converted)
        case .object(let members):
            let start = value["start"], end = value["end"]
            var span: (start: Int32, end: Int32)?
            if start != nil || end != nil {
                guard let first = start?.integerValue, let last = end?.integerValue else {
                    let described = "start \(start.map(\.jsonText) ?? "missing"), end \(end.map(\.jsonText) ?? "missing")"
                    throw Failure(description: "\(path): a span needs whole-number 'start' and 'end' (\(described))")
                }
                guard first >= 0, first <= last, last <= offsets.count else {
                    throw Failure(description: "\(path): span [\(first), \(last)) is out of range: offsets must satisfy "
                                  + "0 <= start <= end <= \(offsets.count), the text's length in code points")
                }
                span = (offsets.utf8Offset(first), offsets.utf8Offset(last))
            }
            var converted: [JSONMember] = []
            converted.reserveCapacity(members.count)
            for member in members {
                if let span, member.key == "start" {
                    converted.append(JSONMember("start", .integer(Int(span.start))))
                } else if let span, member.key == "end" {
                    converted.append(JSONMember("end", .integer(Int(span.end))))
                } else {
                    converted.append(JSONMember(member.key, try convert(member.value, path: "\(path).\(member.key)", offsets: offsets)))
                }
            }
            return .object(converted)
        default:
            return value
        }
    }
}
