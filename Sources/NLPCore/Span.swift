/// A half-open range `[start, end)` of **UTF-8 byte offsets** into a document's text.
///
/// Stages work in UTF-8 bytes because that is how the text is stored and how ICU iterates it;
/// output converts every span to Unicode code-point offsets once, when the record is written.
public struct Span: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// First byte of the span.
    public var start: Int32
    /// One past the last byte of the span.
    public var end: Int32

    /// A span from UTF-8 byte offsets; `start <= end` is the caller's promise.
    @inlinable
    public init(start: Int32, end: Int32) {
        self.start = start
        self.end = end
    }

    /// A span from `Int` UTF-8 byte offsets.
    @inlinable
    public init(_ range: Range<Int>) {
        self.start = Int32(truncatingIfNeeded: range.lowerBound)
        self.end = Int32(truncatingIfNeeded: range.upperBound)
    }

    /// The span as a range of UTF-8 byte offsets.
    @inlinable
    public var utf8Range: Range<Int> { Int(start)..<Int(end) }

    /// Number of UTF-8 bytes covered.
    @inlinable
    public var length: Int { Int(end - start) }

    /// Whether the span covers no bytes.
    @inlinable
    public var isEmpty: Bool { start == end }

    /// Whether `other` lies entirely within this span.
    @inlinable
    public func contains(_ other: Span) -> Bool { start <= other.start && other.end <= end }

    /// Whether the two spans share at least one byte.
    @inlinable
    public func overlaps(_ other: Span) -> Bool { start < other.end && other.start < end }

    /// Orders by start, then by end.
    @inlinable
    public static func < (lhs: Span, rhs: Span) -> Bool {
        lhs.start != rhs.start ? lhs.start < rhs.start : lhs.end < rhs.end
    }

    /// `[start, end)` in UTF-8 bytes.
    public var description: String { "[\(start), \(end))" }
}
