/// Buffers the quotes stage reuses from one document to the next on one worker (each worker has
/// its own, from `QuotesStage.makeScratch()`): the per-token memo of word classes and cue lengths,
/// cleared for each document instead of allocated and freed.
public final class QuotesScratch {
    private var classes = UnsafeMutableBufferPointer<WordClass>(start: nil, count: 0)
    private var cueLengths = UnsafeMutableBufferPointer<UInt8>(start: nil, count: 0)

    /// Empty buffers, grown on first use.
    public init() {}

    /// Both buffers cleared for a document of `tokens` tokens (raw buffers: no bounds, exclusivity or
    /// uniqueness checks on the hot path; valid until the next call).
    func prepare(tokens: Int) -> (classes: UnsafeMutableBufferPointer<WordClass>, cueLengths: UnsafeMutableBufferPointer<UInt8>) {
        let count = max(1, tokens)
        if classes.count < count {
            let capacity = max(count, 2 * classes.count)
            classes.deallocate()
            cueLengths.deallocate()
            classes = .allocate(capacity: capacity)
            cueLengths = .allocate(capacity: capacity)
        }
        let memo = UnsafeMutableBufferPointer(rebasing: classes[0..<count])
        let lengths = UnsafeMutableBufferPointer(rebasing: cueLengths[0..<count])
        memo.initialize(repeating: [])
        lengths.initialize(repeating: 0)
        return (memo, lengths)
    }

    deinit {
        classes.deallocate()
        cueLengths.deallocate()
    }
}
