import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// What `dossier build` keeps between runs in Dossier's state folder (`.dossier/sites/<hash>/cache`):
/// each content file's parse (its models, body and problems), known by its path, id and
/// `FileStamp`, and each body's HTML, known by its file's stamp and the link context
/// (`BodyRenderer`). An edit build then reads, parses and renders only the files that changed.
///
/// The file is untrusted input, like all of the state: it is used only while it is the very file
/// this machine's Dossier wrote, by the `FileIdentity` recorded in the site's manifest right after it
/// was written (a committed, copied or edited cache never has it), and only when this executable
/// wrote it. Its decoding is bounded, and one malformed byte voids the whole cache.
///
/// Format (see `CacheEncoder`): the header line, the stamp of the executable, the number of parts,
/// then each part (its kind, its length, its entries): parts of files (path, id, kind, stamp,
/// parse, problems) and parts of bodies (text stamp, context, rendering), read in parallel.
final class PersistentCache: @unchecked Sendable {
    /// The first bytes: what the file is, and the version of its format.
    static let header = Array("Dossier's build cache (format 1). Delete the .dossier folder to forget it.\n".utf8)
    /// The largest cache read back (a 10,000-article dossier's is about 130 MB).
    static let sizeLimit = 1024 * 1024 * 1024

    /// What is known of one content file.
    struct FileEntry: Sendable {
        var id: String
        var kind: ContentKind
        var stamp: ContentHash
        var parsed: ParsedFile
        var diagnostics: [Diagnostic]
    }

    /// A body's rendering is known by its text (its file's stamp, or the text's hash) and context.
    struct BodyKey: Hashable, Sendable {
        var text: ContentHash
        var context: ContentHash
    }

    /// What the last build left, by path.
    let previousFiles: [String: FileEntry]
    let previousBodies: [BodyKey: RenderedMarkdown]

    private let lock = NSLock()
    /// What this build used or made: all that the next cache holds.
    private var sources: [String: (id: String, kind: ContentKind, stamp: ContentHash)] = [:]
    private var parses: [String: (id: String, text: ContentHash, parsed: ParsedFile, diagnostics: [Diagnostic])] = [:]
    private var bodies: [BodyKey: RenderedMarkdown] = [:]

    /// A cache that knows nothing (a first build, `--force`, or a cache that could not be trusted).
    convenience init() {
        self.init(files: [:], bodies: [:])
    }

    /// A cache that starts with `files` and `bodies`, as if read back.
    init(files: [String: FileEntry], bodies: [BodyKey: RenderedMarkdown]) {
        previousFiles = files
        previousBodies = bodies
    }

    /// How many files and bodies the cache started with.
    var startCounts: (files: Int, bodies: Int) { (previousFiles.count, previousBodies.count) }

    // MARK: - Reading

    /// The cache in the file at `path`, when it is the regular file whose identity is `identity`
    /// (checked before and after reading, never through a link) and was written by the executable
    /// whose stamp is `executable`; an empty cache otherwise.
    static func read(from path: String, identity: FileIdentity?, executable: String) -> PersistentCache {
        guard let identity, FileIdentity.of(path) == identity, identity.size <= sizeLimit,
            // The first bytes say which executable wrote it: a new version of Dossier reads no further.
            case .success(let head) = RegularFile.read(path, limit: 4096, prefix: true),
            isWritten(by: executable, head),
            case .success(let data) = RegularFile.read(path, limit: sizeLimit), data.count == identity.size,
            FileIdentity.of(path) == identity
        else { return PersistentCache() }
        return decode(data, executable: executable) ?? PersistentCache()
    }

    /// The cache in `data`, or `nil` when any of it is malformed or another executable wrote it.
    /// Its parts are read in parallel.
    static func decode(_ data: Data, executable: String) -> PersistentCache? {
        data.withUnsafeBytes { raw -> PersistentCache? in
            var decoder = CacheDecoder(raw)
            guard let parts = try? decoder.parts(executable: executable) else { return nil }
            nonisolated(unsafe) let raw = raw
            let decoded = parts.parallelMap { part -> Part? in
                var decoder = CacheDecoder(UnsafeRawBufferPointer(rebasing: raw[part.range]))
                return try? decoder.part(part.kind)
            }
            var files: [String: FileEntry] = [:]
            var bodies: [BodyKey: RenderedMarkdown] = [:]
            for part in decoded {
                switch part {
                case nil: return nil
                case .files(let entries):
                    for (path, entry) in entries { guard files.updateValue(entry, forKey: path) == nil else { return nil } }
                case .bodies(let entries):
                    for (key, body) in entries { guard bodies.updateValue(body, forKey: key) == nil else { return nil } }
                }
            }
            return PersistentCache(files: files, bodies: bodies)
        }
    }

    /// Whether `head`, the first bytes of a cache, has the header and names `executable`.
    private static func isWritten(by executable: String, _ head: Data) -> Bool {
        head.withUnsafeBytes { raw in
            var decoder = CacheDecoder(raw)
            for expected in header { guard (try? decoder.byte()) == expected else { return false } }
            return (try? decoder.string()) == executable
        }
    }

    /// One part of the file: some files, or some bodies.
    enum Part {
        case files([(String, FileEntry)])
        case bodies([(BodyKey, RenderedMarkdown)])
    }

    /// How many parts each of the files and the bodies is written in (read and written in parallel).
    static let partsEach = 8

    // MARK: - Writing

    /// The parts of the cache the next build will read: what this build used or made. A file is kept
    /// when both its reading and its parse are known for the same stamp.
    private func used() -> (files: [String: FileEntry], bodies: [BodyKey: RenderedMarkdown]) {
        lock.lock()
        defer { lock.unlock() }
        var files: [String: FileEntry] = [:]
        for (path, source) in sources {
            guard let parse = parses[path], parse.text == source.stamp, parse.id == source.id else { continue }
            files[path] = FileEntry(
                id: source.id, kind: source.kind, stamp: source.stamp, parsed: parse.parsed, diagnostics: parse.diagnostics)
        }
        return (files, bodies)
    }

    private static func split<T>(_ items: [T]) -> [ArraySlice<T>] {
        let size = max(1, (items.count + partsEach - 1) / partsEach)
        return stride(from: 0, to: items.count, by: size).map { items[$0..<min($0 + size, items.count)] }
    }

    /// The bytes of the cache the next build will read, in pieces (see `encode`).
    func encoded(executable: String) -> [Data] {
        let (files, bodies) = used()
        return Self.encode(files: files, bodies: bodies, executable: executable)
    }

    /// The bytes of a cache of `files` and `bodies`, in pieces: the header, then each part with its
    /// kind and length, each made in parallel.
    static func encode(files: [String: FileEntry], bodies: [BodyKey: RenderedMarkdown], executable: String) -> [Data] {
        let kept = files.keys.sorted().map { ($0, files[$0]!) }
        let keys = bodies.keys.sorted { ($0.text.value, $0.context.value) < ($1.text.value, $1.context.value) }
        let rendered = keys.map { ($0, bodies[$0]!) }
        let parts: [Part] = split(kept).map { .files(Array($0)) } + split(rendered).map { .bodies(Array($0)) }
        var head = CacheEncoder()
        for byte in header { head.byte(byte) }
        head.string(executable)
        head.unsigned(UInt64(parts.count))
        let pieces = parts.parallelMap { part -> Data in
            var body = CacheEncoder(capacity: 1 << 16)
            body.part(part)
            var piece = CacheEncoder()
            switch part {
            case .files: piece.byte(0)
            case .bodies: piece.byte(1)
            }
            piece.unsigned(UInt64(body.bytes.count))
            return Data(piece.bytes + body.bytes)
        }
        return [Data(head.bytes)] + pieces
    }

    /// Writes the cache to `path` atomically (a new file beside it, renamed over it) and returns the
    /// identity it has then, to be recorded in the manifest; `nil` when it could not be written.
    func write(to path: String, executable: String) -> FileIdentity? {
        guard SiteState.replaceFile(at: path, with: encoded(executable: executable)) == nil else {
            unlink(path)
            return nil
        }
        return FileIdentity.of(path)
    }

    // MARK: - Recording

    fileprivate func recordSource(_ path: String, id: String, kind: ContentKind, stamp: ContentHash) {
        lock.lock()
        sources[path] = (id, kind, stamp)
        lock.unlock()
    }

    fileprivate func recordParse(_ path: String, id: String, text: ContentHash, value: (ParsedFile, [Diagnostic])) {
        lock.lock()
        parses[path] = (id, text, value.0, value.1)
        lock.unlock()
    }

    fileprivate func recordBody(_ key: BodyKey, _ rendered: RenderedMarkdown) {
        lock.lock()
        bodies[key] = rendered
        lock.unlock()
    }

    fileprivate func previous(_ path: String) -> FileEntry? { previousFiles[path] }
    fileprivate func previous(_ key: BodyKey) -> RenderedMarkdown? { previousBodies[key] }

}

extension CacheEncoder {
    fileprivate mutating func part(_ part: PersistentCache.Part) {
        switch part {
        case .files(let entries):
            array(entries) { encoder, item in
                let (path, entry) = item
                encoder.string(path)
                encoder.string(entry.id)
                encoder.string(entry.kind.rawValue)
                encoder.hash(entry.stamp)
                encoder.parsed(entry.parsed, in: path)
                encoder.array(entry.diagnostics) { $0.diagnostic($1, in: path) }
            }
        case .bodies(let entries):
            array(entries) { encoder, item in
                encoder.hash(item.0.text)
                encoder.hash(item.0.context)
                encoder.rendered(item.1)
            }
        }
    }
}

extension CacheDecoder {
    /// Where each part of the cache is, after its header; throws on a malformed header, on a cache
    /// another executable wrote, and unless the parts end where the file ends.
    fileprivate mutating func parts(executable: String) throws(Malformed) -> [(kind: UInt8, range: Range<Int>)] {
        for expected in PersistentCache.header { guard try byte() == expected else { throw Malformed() } }
        guard try string() == executable else { throw Malformed() }
        let count = try count(atMost: 2 * PersistentCache.partsEach)
        var parts: [(kind: UInt8, range: Range<Int>)] = []
        for _ in 0..<count {
            let kind = try byte()
            guard kind <= 1 else { throw Malformed() }
            let length = try skip(try natural())
            parts.append((kind, length))
        }
        guard isAtEnd else { throw Malformed() }
        return parts
    }

    /// One part: its entries, every byte of it read.
    fileprivate mutating func part(_ kind: UInt8) throws(Malformed) -> PersistentCache.Part {
        let part: PersistentCache.Part
        if kind == 0 {
            part = .files(
                try array(atMost: InputLimits.entries) { decoder throws(Malformed) in
                    let path = try decoder.string()
                    let id = try decoder.string()
                    guard let kind = ContentKind(rawValue: try decoder.string()) else { throw Malformed() }
                    let stamp = try decoder.hash()
                    let parsed = try decoder.parsed(in: path)
                    let diagnostics = try decoder.array(atMost: Self.listLimit) { decoder throws(Malformed) in
                        try decoder.diagnostic(in: path)
                    }
                    return (
                        path,
                        PersistentCache.FileEntry(id: id, kind: kind, stamp: stamp, parsed: parsed, diagnostics: diagnostics)
                    )
                })
        } else {
            part = .bodies(
                try array(atMost: 3 * InputLimits.entries) { decoder throws(Malformed) in
                    let key = PersistentCache.BodyKey(text: try decoder.hash(), context: try decoder.hash())
                    return (key, try decoder.rendered())
                })
        }
        guard isAtEnd else { throw Malformed() }
        return part
    }
}

/// The persistent cache is the memo of loading, front matter and Markdown for `dossier build`.
extension PersistentCache: SourceMemo, ParseMemo, MarkdownMemo {
    /// A file known with this stamp is not read: it comes back without its text, which only its
    /// parse needed, and its parse (known for the same path, id and stamp) is what the front-matter
    /// stage gets for it.
    func source(
        at path: String, stamp: ContentHash, read: () -> Result<SourceFile, Diagnostic>
    ) -> Result<SourceFile, Diagnostic> {
        if let entry = previous(path), entry.stamp == stamp {
            recordSource(path, id: entry.id, kind: entry.kind, stamp: stamp)
            return .success(SourceFile(path: path, id: entry.id, kind: entry.kind, text: "", stamp: stamp))
        }
        let result = read()
        if case .success(let file) = result, file.stamp == stamp {
            recordSource(path, id: file.id, kind: file.kind, stamp: stamp)
        }
        return result
    }

    func parsed(
        at path: String, id: String, text: ContentHash, parse: () -> (ParsedFile, [Diagnostic])
    ) -> (ParsedFile, [Diagnostic]) {
        let value: (ParsedFile, [Diagnostic])
        if let entry = previous(path), entry.id == id, entry.stamp == text {
            value = (entry.parsed, entry.diagnostics)
        } else {
            value = parse()
        }
        recordParse(path, id: id, text: text, value: value)
        return value
    }

    func rendered(text: ContentHash, context: ContentHash, render: () -> RenderedMarkdown) -> RenderedMarkdown {
        let key = BodyKey(text: text, context: context)
        let value = previous(key) ?? render()
        recordBody(key, value)
        return value
    }
}
