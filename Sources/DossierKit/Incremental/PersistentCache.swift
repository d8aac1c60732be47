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
/// Format (see `CacheEncoder`): the header line, the stamp of the executable, then the files
/// (path, id, kind, stamp, parse, problems) and the bodies (text stamp, context, rendering).
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
    private let previousFiles: [String: FileEntry]
    private let previousBodies: [BodyKey: RenderedMarkdown]

    private let lock = NSLock()
    /// What this build used or made: all that the next cache holds.
    private var sources: [String: (id: String, kind: ContentKind, stamp: ContentHash)] = [:]
    private var parses: [String: (id: String, text: ContentHash, parsed: ParsedFile, diagnostics: [Diagnostic])] = [:]
    private var bodies: [BodyKey: RenderedMarkdown] = [:]

    /// A cache that knows nothing (a first build, `--force`, or a cache that could not be trusted).
    convenience init() {
        self.init(files: [:], bodies: [:])
    }

    private init(files: [String: FileEntry], bodies: [BodyKey: RenderedMarkdown]) {
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
            case .success(let data) = RegularFile.read(path, limit: sizeLimit), data.count == identity.size,
            FileIdentity.of(path) == identity
        else { return PersistentCache() }
        return decode(data, executable: executable) ?? PersistentCache()
    }

    /// The cache in `data`, or `nil` when any of it is malformed or another executable wrote it.
    static func decode(_ data: Data, executable: String) -> PersistentCache? {
        data.withUnsafeBytes { raw -> PersistentCache? in
            var decoder = CacheDecoder(raw)
            return try? decoder.cache(executable: executable)
        }
    }

    // MARK: - Writing

    /// The bytes of the cache the next build will read: what this build used or made, with the
    /// stamp of the executable. A file is kept when both its reading and its parse are known for the
    /// same stamp.
    func encoded(executable: String) -> Data {
        lock.lock()
        defer { lock.unlock() }
        var encoder = CacheEncoder(capacity: 1 << 20)
        for byte in Self.header { encoder.byte(byte) }
        encoder.string(executable)
        let kept = sources.keys.sorted().compactMap { path -> (String, FileEntry)? in
            guard let source = sources[path], let parse = parses[path], parse.text == source.stamp, parse.id == source.id else {
                return nil
            }
            return (
                path,
                FileEntry(
                    id: source.id, kind: source.kind, stamp: source.stamp, parsed: parse.parsed, diagnostics: parse.diagnostics)
            )
        }
        encoder.array(kept) { encoder, item in
            let (path, entry) = item
            encoder.string(path)
            encoder.string(entry.id)
            encoder.string(entry.kind.rawValue)
            encoder.hash(entry.stamp)
            encoder.parsed(entry.parsed, in: path)
            encoder.array(entry.diagnostics) { $0.diagnostic($1, in: path) }
        }
        let keys = bodies.keys.sorted { ($0.text.value, $0.context.value) < ($1.text.value, $1.context.value) }
        encoder.array(keys) { encoder, key in
            encoder.hash(key.text)
            encoder.hash(key.context)
            encoder.rendered(self.bodies[key]!)
        }
        return Data(encoder.bytes)
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

    fileprivate static func make(files: [String: FileEntry], bodies: [BodyKey: RenderedMarkdown]) -> PersistentCache {
        PersistentCache(files: files, bodies: bodies)
    }
}

extension CacheDecoder {
    /// The whole cache; throws on any malformed byte, on bytes after its end, and on a cache another
    /// executable wrote.
    fileprivate mutating func cache(executable: String) throws(Malformed) -> PersistentCache {
        for expected in PersistentCache.header { guard try byte() == expected else { throw Malformed() } }
        guard try string() == executable else { throw Malformed() }
        var files: [String: PersistentCache.FileEntry] = [:]
        let fileCount = try count(atMost: InputLimits.entries)
        for _ in 0..<fileCount {
            let path = try string()
            let id = try string()
            guard let kind = ContentKind(rawValue: try string()) else { throw Malformed() }
            let stamp = try hash()
            let parsed = try parsed(in: path)
            let diagnostics = try array(atMost: Self.listLimit) { decoder throws(Malformed) in try decoder.diagnostic(in: path) }
            let entry = PersistentCache.FileEntry(id: id, kind: kind, stamp: stamp, parsed: parsed, diagnostics: diagnostics)
            guard files.updateValue(entry, forKey: path) == nil else { throw Malformed() }
        }
        var bodies: [PersistentCache.BodyKey: RenderedMarkdown] = [:]
        let bodyCount = try count(atMost: 3 * InputLimits.entries)
        for _ in 0..<bodyCount {
            let key = PersistentCache.BodyKey(text: try hash(), context: try hash())
            guard bodies.updateValue(try rendered(), forKey: key) == nil else { throw Malformed() }
        }
        guard isAtEnd else { throw Malformed() }
        return PersistentCache.make(files: files, bodies: bodies)
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
