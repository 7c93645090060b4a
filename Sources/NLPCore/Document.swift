/// A document: an id, an immutable text, and typed standoff annotation layers.
///
/// Layers are keyed by their type (`document[Sentences.self]`) and written to output in the order
/// they were first added. Spans inside layers are UTF-8 byte offsets into ``text``.
public struct Document: Sendable {
    /// The document's id, unique within a run (file name without extension, or the JSONL `id`).
    public let id: String
    /// The text, stored as contiguous UTF-8. Never changes after creation.
    public let text: String
    private var storage: [LayerID: any Layer] = [:]
    /// Layer ids in the order they were added; output follows this order.
    public private(set) var layerOrder: [LayerID] = []

    /// A document with no layers yet.
    public init(id: String, text: String) {
        var contiguous = text
        contiguous.makeContiguousUTF8()
        self.id = id
        self.text = contiguous
        // Room for a typical pipeline's layers at once, instead of a rehash at every few layers.
        storage.reserveCapacity(8)
        layerOrder.reserveCapacity(8)
    }

    /// The number of UTF-8 bytes of ``text``.
    public var utf8Count: Int { text.utf8.count }

    /// Calls `body` with the text's UTF-8 bytes, without copying.
    public func withUTF8<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        if let result = try text.utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = text
        return try copy.withUTF8(body)
    }

    /// The substring covered by a span.
    public func text(of span: Span) -> Substring {
        let utf8 = text.utf8
        let lower = utf8.index(utf8.startIndex, offsetBy: Int(span.start))
        let upper = utf8.index(lower, offsetBy: Int(span.length))
        return text[lower..<upper]
    }

    /// The layer of type `L`, if a stage produced it. Setting it adds or replaces the layer.
    public subscript<L: Layer>(_ type: L.Type) -> L? {
        get { storage[L.id] as? L }
        set {
            if let newValue { set(newValue) } else { removeLayer(L.id) }
        }
    }

    /// Adds or replaces a layer.
    public mutating func set<L: Layer>(_ layer: L) {
        if storage.updateValue(layer, forKey: L.id) == nil { layerOrder.append(L.id) }
    }

    /// Adds or replaces a layer under an id known only at run time (the JSON layers of external
    /// stages); other layers are stored under their type's id with ``set(_:)``.
    public mutating func set(_ layer: any Layer, as id: LayerID) {
        if storage.updateValue(layer, forKey: id) == nil { layerOrder.append(id) }
    }

    /// The layer with the given id, whatever its type.
    public func layer(_ id: LayerID) -> (any Layer)? { storage[id] }

    /// Removes a layer.
    public mutating func removeLayer(_ id: LayerID) {
        if storage.removeValue(forKey: id) != nil { layerOrder.removeAll { $0 == id } }
    }

    /// Whether a layer with this id is present.
    public func has(_ id: LayerID) -> Bool { storage[id] != nil }
}
