/// Buffers that one thread reuses from text to text while scoring with ``VADER``. Never shared
/// between threads; make one per worker (the `sentiment` stage does).
public final class VADERScratch {
    /// The text with its emoji replaced by their descriptions, when it has any.
    var converted: [UInt8] = []
    /// Room for the lower-cased words of a text (plus ``WordTable/slack``).
    private(set) var lower: UnsafeMutablePointer<UInt8>
    /// Room for the words of a text.
    private(set) var words: UnsafeMutablePointer<WordFacts>
    /// Room for one valence per word.
    private(set) var sentiments: UnsafeMutablePointer<Double>
    private var capacity: Int   // bytes of text the buffers have room for

    /// Empty buffers.
    public init() {
        capacity = 1024
        lower = .allocate(capacity: Self.lowerCapacity(capacity))
        words = .allocate(capacity: Self.wordCapacity(capacity))
        sentiments = .allocate(capacity: Self.wordCapacity(capacity))
    }

    deinit {
        lower.deallocate()
        words.deallocate()
        sentiments.deallocate()
    }

    private static func lowerCapacity(_ bytes: Int) -> Int { bytes + 2 * WordTable.slack }
    /// Words are separated by whitespace, so a text of n bytes has at most n/2 + 1.
    private static func wordCapacity(_ bytes: Int) -> Int { bytes / 2 + 1 }

    /// Makes room for a text of `bytes` bytes.
    @inline(__always)
    func reserve(_ bytes: Int) {
        guard bytes > capacity else { return }
        capacity = max(bytes, 2 * capacity)
        lower.deallocate()
        words.deallocate()
        sentiments.deallocate()
        lower = .allocate(capacity: Self.lowerCapacity(capacity))
        words = .allocate(capacity: Self.wordCapacity(capacity))
        sentiments = .allocate(capacity: Self.wordCapacity(capacity))
    }
}
