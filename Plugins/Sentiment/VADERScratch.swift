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
    /// Room for the indices of the lexicon words.
    private(set) var lexiconWords: UnsafeMutablePointer<Int32>
    private var capacity: Int   // bytes of text the buffers have room for
    /// Short pieces already seen, and the table their facts come from.
    let pieces = PieceCache(entries: .allocate(capacity: PieceCache.size))
    private var piecesTableID: ObjectIdentifier?
    private var piecesTable: WordTable?   // held, so that no other table can take its address

    /// Empty buffers.
    public init() {
        capacity = 1024
        lower = .allocate(capacity: Self.lowerCapacity(capacity))
        words = .allocate(capacity: Self.wordCapacity(capacity))
        sentiments = .allocate(capacity: Self.wordCapacity(capacity))
        lexiconWords = .allocate(capacity: Self.wordCapacity(capacity))
        pieces.entries.initialize(repeating: PieceCache.Entry(), count: PieceCache.size)
    }

    deinit {
        lower.deallocate()
        words.deallocate()
        sentiments.deallocate()
        lexiconWords.deallocate()
        pieces.entries.deallocate()
    }

    /// The piece cache, emptied first if it was filled from another table.
    @inline(__always)
    func pieces(for table: WordTable) -> PieceCache {
        let id = ObjectIdentifier(table)
        if piecesTableID != id {
            pieces.entries.update(repeating: PieceCache.Entry(), count: PieceCache.size)
            piecesTableID = id
            piecesTable = table
        }
        return pieces
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
        lexiconWords.deallocate()
        lower = .allocate(capacity: Self.lowerCapacity(capacity))
        words = .allocate(capacity: Self.wordCapacity(capacity))
        sentiments = .allocate(capacity: Self.wordCapacity(capacity))
        lexiconWords = .allocate(capacity: Self.wordCapacity(capacity))
    }
}
