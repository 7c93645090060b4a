/// JSON that can sit inside an HTML `<script type="application/json">` element.
///
/// The only way text can leave such an element is a `<` (`</script>`, `<!--`); JSON needs `<` only
/// inside strings, where `\u003c` means the same, so every `<` is written that way.
enum ScriptSafeJSON {
    /// `json` with each `<` replaced by `\u003c`.
    static func escape(_ json: [UInt8]) -> [UInt8] {
        guard json.contains(UInt8(ascii: "<")) else { return json }
        var escaped: [UInt8] = []
        escaped.reserveCapacity(json.count + 64)
        for byte in json {
            if byte == UInt8(ascii: "<") {
                escaped.append(contentsOf: #"\u003c"#.utf8)
            } else {
                escaped.append(byte)
            }
        }
        return escaped
    }
}
