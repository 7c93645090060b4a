#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// Reads text files matched by a glob pattern (or all `*.txt` in a directory), in sorted order.
/// Each file is one document whose id is the file name without its extension.
public struct TextFilesSource: DocumentSource {
    private let paths: [String]
    private var position = 0
    private let maxDocumentBytes: Int

    /// Expands `pattern`; throws if it matches no file.
    public init(pattern: String, maxDocumentBytes: Int) throws {
        var expanded = pattern
        var info = stat()
        if stat(pattern, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
            expanded = (pattern.hasSuffix("/") ? pattern : pattern + "/") + "*.txt"
        }
        var result = glob_t()
        defer { globfree(&result) }
        let status = glob(expanded, 0, nil, &result)
        var paths: [String] = []
        if status == 0 {
            for index in 0..<Int(result.gl_pathc) {
                if let path = result.gl_pathv[index] { paths.append(String(cString: path)) }
            }
        }
        paths = paths.filter { path in
            var fileInfo = stat()
            return stat(path, &fileInfo) == 0 && (fileInfo.st_mode & S_IFMT) == S_IFREG
        }.sorted()
        guard !paths.isEmpty else { throw InputError("no input files match '\(pattern)'") }
        self.paths = paths
        self.maxDocumentBytes = maxDocumentBytes
    }

    /// How many files the pattern matched (the documents this source yields).
    public var count: Int { paths.count }

    /// The next file's bytes, or a failure item if it cannot be read or is too large.
    public mutating func next() throws -> InputItem? {
        guard position < paths.count else { return nil }
        let path = paths[position]
        position += 1
        let id = Self.documentID(path)
        do {
            let bytes = try Self.read(path, limit: maxDocumentBytes)
            return InputItem(source: path, fallbackID: id, payload: .textFile(id: id, bytes: bytes))
        } catch {
            return InputItem(source: path, fallbackID: id, payload: .failure(id: id, message: error.message))
        }
    }

    /// The file name without directory and extension.
    static func documentID(_ path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        if let dot = name.lastIndex(of: "."), dot != name.startIndex { return String(name[..<dot]) }
        return name
    }

    private static func read(_ path: String, limit: Int) throws(InputError) -> [UInt8] {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw InputError("cannot open: \(String(cString: strerror(errno)))") }
        defer { close(descriptor) }
        var info = stat()
        if fstat(descriptor, &info) == 0, Int(info.st_size) > limit {
            throw InputError("document is \(info.st_size) bytes, over the limit of \(limit) (max-document-bytes)")
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Int(info.st_size) + 1)
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw InputError("cannot read: \(String(cString: strerror(errno)))")
            }
            if count == 0 { break }
            bytes.append(contentsOf: chunk[0..<count])
            if bytes.count > limit {
                throw InputError("document is over the limit of \(limit) bytes (max-document-bytes)")
            }
        }
        return bytes
    }
}
