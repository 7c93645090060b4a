import NLPCore

/// One worker's mutable state for ``Segmenter``: its own ICU sentence and word breakers and the
/// buffers that boundaries are read into. Never shared between threads.
public final class SegmenterScratch {
    /// How many boundaries are read from ICU per call.
    static let batchSize: Int32 = 2048

    let sentenceBreaker: ICUBreaker
    let wordBreaker: ICUBreaker
    let offsets: UnsafeMutablePointer<Int32>
    let statuses: UnsafeMutablePointer<Int32>

    init(locale: String) throws {
        sentenceBreaker = try ICUBreaker(.sentence, locale: locale)
        wordBreaker = try ICUBreaker(.word, locale: locale)
        offsets = .allocate(capacity: Int(Self.batchSize))
        statuses = .allocate(capacity: Int(Self.batchSize))
    }

    deinit {
        offsets.deallocate()
        statuses.deallocate()
    }
}
