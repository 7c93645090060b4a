import Foundation
import Synchronization

/// Settings of one run.
public struct RunOptions: Sendable {
    /// Worker threads; each runs whole documents through every stage.
    public var jobs: Int
    /// Documents read but not yet written, at most; bounds memory whatever the corpus size.
    public var maxInFlight: Int
    /// Bytes of input read but not yet written, at most (a larger document still goes through
    /// alone): bounds memory when documents are large.
    public var maxInFlightBytes: Int
    /// Larger documents are refused with an error record instead of being read.
    public var maxDocumentBytes: Int
    /// Whether records carry the document text.
    public var includeText: Bool
    /// Documents a worker takes at once and runs stage by stage (see ``PipelineWorker/process(batch:)``).
    public var batchSize: Int
    /// A batch stops growing once its input reaches this many bytes (large documents go in small batches).
    public var batchBytes: Int

    /// Defaults: one job per core; batches of up to 32 documents or 1 MiB; 64 documents and 64 MiB
    /// in flight per job (two batches: one being annotated, the next waiting); 64 MiB documents.
    public init(jobs: Int = ProcessInfo.processInfo.activeProcessorCount, maxInFlight: Int? = nil,
                maxDocumentBytes: Int = 64 << 20, includeText: Bool = true) {
        self.jobs = max(1, jobs)
        self.maxInFlight = max(self.jobs, maxInFlight ?? self.jobs * 64)
        self.maxInFlightBytes = self.jobs * (64 << 20)
        self.maxDocumentBytes = maxDocumentBytes
        self.includeText = includeText
        // A batch per job of at most half its share of the window, so that the other
        // workers and the writer always have documents to take. Batches of a few dozen news
        // stories keep each stage's code and tables cached across the batch (measured on
        // news.jsonl: 8 to 64 documents made every stage 3–8% faster; more gained nothing).
        self.batchSize = max(1, min(32, self.maxInFlight / (self.jobs * 2)))
        self.batchBytes = 1 << 20
    }
}

/// A document that got an error record instead of annotations.
public struct FailureReport: Sendable {
    /// The document's id.
    public var id: String
    /// Where it came from (file, or `file:line`).
    public var source: String
    /// The stage and message.
    public var failure: DocumentFailure
}

/// What a run did.
public struct RunSummary: Sendable {
    /// Documents read (annotated or failed).
    public var documents = 0
    /// Documents that got an error record.
    public var failed = 0
    /// UTF-8 bytes of text processed.
    public var bytes = 0
    /// Sentences produced, when a stage produced them.
    public var sentences = 0
    /// Tokens produced, when a stage produced them.
    public var tokens = 0
    /// Word tokens produced.
    public var words = 0
    /// Wall-clock seconds.
    public var seconds = 0.0
    /// Whether the run stopped early on a cancel request (Ctrl-C).
    public var cancelled = false
    /// Thread-seconds spent in each stage, summed over the workers, in pipeline order.
    public var stageSeconds: [(stage: String, seconds: Double)] = []
    /// Thread-seconds the workers spent reading input records and encoding output records.
    public var codingSeconds = 0.0
}

/// What the calling thread learns about each document, in input order (see ``Runner/run(source:sink:onFailure:digest:onDocument:)``).
public struct DocumentOutcome: Sendable {
    /// The document's id.
    public var id: String
    /// Whether it got an error record.
    public var failed: Bool
    /// UTF-8 bytes of text.
    public var bytes: Int
    /// Sentences produced.
    public var sentences: Int
    /// Word tokens produced.
    public var words: Int
    /// What the run's `digest` function returned for the annotated document (`nil` when it failed).
    public var digest: (any Sendable)?
}

/// Streams documents through a pipeline on `jobs` threads and writes records in input order.
///
/// The calling thread reads input and writes output; workers decode, annotate and encode. At most
/// `maxInFlight` documents are between reading and writing, so memory is bounded by that window.
public final class Runner: Sendable {
    private let pipeline: Pipeline
    private let options: RunOptions
    private let cancelled = Atomic<Bool>(false)

    /// A runner for `pipeline`.
    public init(pipeline: Pipeline, options: RunOptions = RunOptions()) {
        self.pipeline = pipeline
        self.options = options
    }

    /// Asks the run to stop reading; documents already read are finished and written.
    public func cancel() { cancelled.store(true, ordering: .relaxed) }

    /// Runs every item of `source` and writes one record per item to `sink`, in input order.
    /// `onFailure` is called (on the calling thread) for every document that failed.
    ///
    /// For run-wide summaries, `digest` is called on the worker thread with each annotated
    /// document and should return the little that the summary needs (not the document); the
    /// result reaches `onDocument`, called on the calling thread for every document in input order.
    public func run(source: inout some DocumentSource, sink: inout some RecordSink,
                    onFailure: (FailureReport) -> Void = { _ in },
                    digest: (@Sendable (Document) -> (any Sendable)?)? = nil,
                    onDocument: (DocumentOutcome) -> Void = { _ in }) throws -> RunSummary {
        let clock = ContinuousClock.now
        let work = WorkQueue()
        let results = ResultBuffer()
        var workerError: (any Error)?
        let startup = Mutex<(any Error)?>(nil)
        let profile = Mutex<(stages: [Duration], coding: Duration)>(([], .zero))
        var threads: [Thread] = []
        let done = DispatchGroup()
        for index in 0..<options.jobs {
            done.enter()
            let thread = Thread { [pipeline, options] in
                defer { done.leave() }
                var worker: PipelineWorker
                do {
                    worker = try pipeline.makeWorker()
                } catch {
                    startup.withLock { $0 = error }
                    work.close()
                    results.abort()
                    return
                }
                var coding = Duration.zero
                while case let batch = work.take(upTo: options.batchSize, bytes: options.batchBytes), !batch.isEmpty {
                    for (sequence, completed) in Self.process(batch, worker: &worker, includeText: options.includeText,
                                                              digest: digest, coding: &coding) {
                        results.put(sequence, completed)
                    }
                }
                let times = worker.stageTimes
                profile.withLock { total in
                    total.stages = total.stages.isEmpty ? times : zip(total.stages, times).map { $0 + $1 }
                    total.coding += coding
                }
            }
            thread.name = "nlp-worker-\(index)"
            thread.stackSize = 8 << 20
            threads.append(thread)
            thread.start()
        }

        var summary = RunSummary()
        var nextToRead = 0
        var nextToWrite = 0
        var inFlightBytes = 0
        var inputExhausted = false
        var thrown: (any Error)?
        loop: while true {
            while !inputExhausted && nextToRead - nextToWrite < options.maxInFlight
                    && (inFlightBytes < options.maxInFlightBytes || nextToRead == nextToWrite) {
                if cancelled.load(ordering: .relaxed) {
                    summary.cancelled = true
                    inputExhausted = true
                    break
                }
                do {
                    guard let item = try source.next() else { inputExhausted = true; break }
                    work.put(nextToRead, item)
                    inFlightBytes += item.byteCount
                    nextToRead += 1
                } catch {
                    thrown = error
                    inputExhausted = true
                }
            }
            if nextToWrite == nextToRead { break }
            let inFlight = nextToRead - nextToWrite
            let ready = results.take(from: nextToWrite, batch: min(inFlight, max(1, options.maxInFlight / 4)))
            if ready.isEmpty { break loop }
            for completed in ready {
                nextToWrite += 1
                inFlightBytes -= completed.inputBytes
                summary.documents += 1
                summary.bytes += completed.bytes
                summary.sentences += completed.sentences
                summary.tokens += completed.tokens
                summary.words += completed.words
                if let failure = completed.failure {
                    summary.failed += 1
                    onFailure(failure)
                }
                onDocument(DocumentOutcome(id: completed.id, failed: completed.failure != nil, bytes: completed.bytes,
                                           sentences: completed.sentences, words: completed.words,
                                           digest: completed.digest))
                guard thrown == nil else { continue }
                do {
                    try sink.write(completed.record)
                } catch {
                    thrown = error
                    cancel()
                    inputExhausted = true
                }
            }
        }
        work.close()
        done.wait()
        workerError = startup.withLock { $0 }
        try sink.finish()
        if let workerError { throw workerError }
        if let thrown { throw thrown }
        summary.seconds = Self.seconds(ContinuousClock.now - clock)
        let (stageTimes, coding) = profile.withLock { $0 }
        summary.stageSeconds = zip(pipeline.stages.map(\.name), stageTimes).map { ($0, Self.seconds($1)) }
        summary.codingSeconds = Self.seconds(coding)
        return summary
    }

    private static func seconds(_ duration: Duration) -> Double {
        let parts = duration.components
        return Double(parts.seconds) + Double(parts.attoseconds) / 1e18
    }

    /// Decodes, annotates (stage by stage over the batch) and encodes a batch of items on a worker
    /// thread; returns each item's result with its sequence number. Adds the decoding and encoding
    /// time to `coding`.
    private static func process(_ batch: [(Int, InputItem)], worker: inout PipelineWorker, includeText: Bool,
                                digest: (@Sendable (Document) -> (any Sendable)?)?, coding: inout Duration) -> [(Int, Completed)] {
        let clock = ContinuousClock()
        var start = clock.now
        var results: [(Int, Completed)] = []
        results.reserveCapacity(batch.count)
        var documents: [Document] = []
        var decoded: [(sequence: Int, item: InputItem)] = []
        for (sequence, item) in batch {
            switch item.decode() {
            case .failure(let failure):
                let id = item.recordID
                results.append((sequence, Completed(id: id, record: RecordEncoder.encodeFailure(id: id, source: item.source, failure: failure),
                                                    inputBytes: item.byteCount,
                                                    failure: FailureReport(id: id, source: item.source, failure: failure))))
            case .success(let document):
                documents.append(document)
                decoded.append((sequence, item))
            }
        }
        coding += clock.now - start
        let failures = worker.process(batch: &documents)
        start = clock.now
        defer { coding += clock.now - start }
        for position in documents.indices {
            let document = documents[position], (sequence, item) = decoded[position]
            if let error = failures[position] {
                results.append((sequence, Completed(id: document.id,
                                                    record: RecordEncoder.encodeFailure(id: document.id, source: item.source, failure: error),
                                                    inputBytes: item.byteCount,
                                                    failure: FailureReport(id: document.id, source: item.source, failure: error),
                                                    bytes: document.utf8Count)))
                continue
            }
            let tokens = document[Tokens.self]?.tokens
            results.append((sequence, Completed(id: document.id, record: RecordEncoder.encode(document, includeText: includeText),
                                                inputBytes: item.byteCount, failure: nil,
                                                bytes: document.utf8Count,
                                                sentences: document[Sentences.self]?.spans.count ?? 0,
                                                tokens: tokens?.count ?? 0,
                                                words: tokens?.reduce(0) { $0 + ($1.kind == .word ? 1 : 0) } ?? 0,
                                                digest: digest?(document))))
        }
        return results
    }
}

/// A finished document on its way to the writer.
struct Completed: Sendable {
    var id: String
    var record: EncodedRecord
    /// The input item's size (``InputItem/byteCount``), counted in the run's in-flight bytes until written.
    var inputBytes = 0
    var failure: FailureReport?
    var bytes = 0
    var sentences = 0
    var tokens = 0
    var words = 0
    var digest: (any Sendable)? = nil
}

/// A blocking FIFO of numbered input items shared by the reader and the workers.
final class WorkQueue: @unchecked Sendable {
    private let condition = NSCondition()
    private var items: [(Int, InputItem)] = []
    private var head = 0
    private var closed = false

    func put(_ sequence: Int, _ item: InputItem) {
        condition.lock()
        items.append((sequence, item))
        condition.signal()
        condition.unlock()
    }

    /// The next items, at least one and at most `limit`, no more once they hold `bytes` bytes
    /// (those already waiting: it never waits to fill a batch), or none once the queue is closed
    /// and drained.
    func take(upTo limit: Int, bytes: Int) -> [(Int, InputItem)] {
        condition.lock()
        defer { condition.unlock() }
        while head == items.count && !closed { condition.wait() }
        var end = head
        var taken = 0
        while end < items.count, end - head < max(1, limit), end == head || taken < bytes {
            taken += items[end].1.byteCount
            end += 1
        }
        let next = Array(items[head..<end])
        head = end
        if head > 1024 && head * 2 > items.count {
            items.removeFirst(head)
            head = 0
        }
        return next
    }

    func close() {
        condition.lock()
        closed = true
        condition.broadcast()
        condition.unlock()
    }
}

/// Finished documents keyed by sequence number, taken by the writer in order.
final class ResultBuffer: @unchecked Sendable {
    private let condition = NSCondition()
    private var finished: [Int: Completed] = [:]
    private var aborted = false
    private var awaited = -1
    private var wanted = 1

    func put(_ sequence: Int, _ result: Completed) {
        condition.lock()
        finished[sequence] = result
        // Only the writer waits. Wake it once a batch is ready rather than for every document:
        // one wake-up per batch keeps thread hand-offs off the per-document path.
        if awaited >= 0, finished.count >= wanted, finished[awaited] != nil { condition.signal() }
        condition.unlock()
    }

    /// Waits until the result `sequence` is done and at least `batch` results are waiting, then
    /// returns the consecutive run of results from `sequence` on; empty if the run was aborted.
    func take(from sequence: Int, batch: Int) -> [Completed] {
        condition.lock()
        defer { condition.unlock() }
        while !aborted && (finished[sequence] == nil || finished.count < batch) {
            awaited = sequence
            wanted = batch
            condition.wait()
        }
        awaited = -1
        var run: [Completed] = []
        var next = sequence
        while let result = finished.removeValue(forKey: next) {
            run.append(result)
            next += 1
        }
        return run
    }

    func abort() {
        condition.lock()
        aborted = true
        condition.broadcast()
        condition.unlock()
    }
}
