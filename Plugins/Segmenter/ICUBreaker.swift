import CICU
import NLPCore

/// One ICU break iterator (sentence or word) over UTF-8 text, closed when released.
///
/// ICU iterators are not thread-safe: each worker owns its own, through ``SegmenterScratch``.
final class ICUBreaker {
    /// Which boundaries this breaker finds.
    enum Kind {
        case sentence
        case word

        var icuKind: nlp_break_kind { self == .sentence ? NLP_BREAK_SENTENCE : NLP_BREAK_WORD }
        var name: String { self == .sentence ? "sentence" : "word" }
    }

    private let handle: OpaquePointer

    /// Opens a breaker for `locale`; throws a ``StageError`` if ICU cannot.
    init(_ kind: Kind, locale: String) throws {
        var message = [CChar](repeating: 0, count: 128)
        let opened = message.withUnsafeMutableBufferPointer { buffer in
            nlp_breaker_open(kind.icuKind, locale, buffer.baseAddress, buffer.count)
        }
        guard let opened else {
            let reason = message.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
            throw StageError("segmenter: cannot open an ICU \(kind.name) breaker for locale '\(locale)': \(reason)")
        }
        handle = opened
    }

    deinit { nlp_breaker_close(handle) }

    /// Points the breaker at `text`, which must stay alive and unchanged while boundaries are read.
    func setText(_ text: UnsafeBufferPointer<UInt8>) throws {
        let status = nlp_breaker_set_text(handle, text.baseAddress, Int64(text.count))
        if status != 0 { throw StageError("segmenter: ICU could not read the text (error \(status))") }
    }

    /// Reads up to `capacity` next boundaries (and, for word breakers, rule statuses); returns how
    /// many were read, fewer than `capacity` only at the end of the text.
    @inline(__always)
    func nextBatch(_ offsets: UnsafeMutablePointer<Int32>, _ statuses: UnsafeMutablePointer<Int32>?,
                   capacity: Int32) -> Int {
        Int(nlp_breaker_next_batch(handle, offsets, statuses, capacity))
    }
}
