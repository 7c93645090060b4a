import NLPCore

/// How much input a ``MeteredSource`` has read so far; read on the same thread as the source.
public final class InputMeter {
    /// Items read.
    public private(set) var items = 0
    /// Input bytes read: JSONL lines with their newline, or text files' sizes.
    public private(set) var bytes = 0

    /// Nothing read yet.
    public init() {}

    func count(_ item: InputItem) {
        items += 1
        switch item.payload {
        case .jsonLine(let line): bytes += line.count + 1
        case .textFile(_, let contents): bytes += contents.count
        case .document(let document): bytes += document.utf8Count
        case .failure: break
        }
    }
}

/// A source that counts what another reads, for progress against the input's size.
public struct MeteredSource: DocumentSource {
    private var base: any DocumentSource
    /// The counts, shared with whoever shows progress.
    public let meter: InputMeter

    /// Counts what `base` reads into `meter`.
    public init(_ base: any DocumentSource, meter: InputMeter) {
        self.base = base
        self.meter = meter
    }

    /// The base source's next item, counted.
    public mutating func next() throws -> InputItem? {
        guard let item = try base.next() else { return nil }
        meter.count(item)
        return item
    }
}
