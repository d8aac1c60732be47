import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// What `dossier build` keeps between runs in Dossier's state folder (`.dossier/sites/<hash>/cache-*`):
/// each content file's parse (its models, body and problems), known by its path, id and
/// `FileStamp`, and each body's HTML, known by its file's stamp and the link context
/// (`BodyRenderer`). An edit build then reads, parses and renders only the files that changed.
///
/// The cache is split in `shardCount` files by stamp (a file and its body's rendering share one):
/// they are read in parallel, and a build rewrites only the shards whose entries changed, so an
/// edit of one article writes a few MB instead of the whole cache.
///
/// The files are untrusted input, like all of the state: the cache is used only while every shard is
/// the very file this machine's Dossier wrote, by the `FileIdentity` recorded in the site's manifest
/// after it was written (a committed, copied or edited shard never has it), and only when this
/// executable wrote them. Decoding is bounded, and one malformed byte or one shard that does not
/// match voids the whole cache.
///
/// Format of a shard (see `CacheEncoder`): the header line, the stamp of the executable, the shard's
/// number, its files (path, id, kind, stamp, parse, problems), then its bodies (text stamp,
/// context, rendering).
final class PersistentCache: @unchecked Sendable {
    /// The first bytes: what the file is, and the version of its format.
    static let header = Array("Dossier's build cache (format 1). Delete the .dossier folder to forget it.\n".utf8)
    /// The largest shard read back (a 10,000-article dossier's cache is about 130 MB in all).
    static let sizeLimit = 256 * 1024 * 1024
    /// How many files the cache is split into.
    static let shardCount = 16

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

    /// The shard an entry with this stamp (a file's, or a body's text) belongs to.
    static func shard(of stamp: ContentHash) -> Int {
        Int(stamp.value % UInt64(shardCount))
    }

    /// What the last build left, by path.
    let previousFiles: [String: FileEntry]
    let previousBodies: [BodyKey: RenderedMarkdown]
    /// The identities of the shards read, when the cache was read whole: a shard whose entries are
    /// all used again, and no other, is kept as it is.
    private let previousShards: [FileIdentity]?
    /// How many entries (files and bodies) each shard read held.
    private let previousCounts: [Int]

    private let lock = NSLock()
    /// What this build used or made: all that the next cache holds.
    private var sources: [String: (id: String, kind: ContentKind, stamp: ContentHash)] = [:]
    private var parses: [String: (id: String, text: ContentHash, parsed: ParsedFile, diagnostics: [Diagnostic])] = [:]
    private var bodies: [BodyKey: RenderedMarkdown] = [:]
    /// The shards that got an entry not read from them: they must be written again.
    private var changedShards = Set<Int>()

    /// A cache that knows nothing (a first build, `--force`, or a cache that could not be trusted).
    convenience init() {
        self.init(files: [:], bodies: [:])
    }

    /// A cache that starts with `files` and `bodies`, as if read back from the shards `shards`.
    init(files: [String: FileEntry], bodies: [BodyKey: RenderedMarkdown], shards: [FileIdentity]? = nil) {
        previousFiles = files
        previousBodies = bodies
        previousShards = shards
        var counts = Array(repeating: 0, count: Self.shardCount)
        for entry in files.values { counts[Self.shard(of: entry.stamp)] += 1 }
        for key in bodies.keys { counts[Self.shard(of: key.text)] += 1 }
        previousCounts = counts
    }

    /// How many files and bodies the cache started with.
    var startCounts: (files: Int, bodies: Int) { (previousFiles.count, previousBodies.count) }

    // MARK: - Reading

    /// The shard files of the cache whose first shard is at `path` (`path`, `path-1`, `path-2`…).
    static func shardPaths(_ path: String) -> [String] {
        (0..<shardCount).map { $0 == 0 ? path : "\(path)-\($0)" }
    }

    /// The cache in the shards at `shardPaths(path)`, when each is the regular file with its
    /// identity in `identities` (checked before and after reading, never through a link) and was
    /// written by the executable whose stamp is `executable`; an empty cache otherwise.
    static func read(from path: String, identities: [FileIdentity]?, executable: String) -> PersistentCache {
        guard let identities, identities.count == shardCount else { return PersistentCache() }
        let paths = shardPaths(path)
        let shards = Array(0..<shardCount).parallelMap { shard -> Shard? in
            let identity = identities[shard]
            let path = paths[shard]
            guard FileIdentity.of(path) == identity, identity.size <= sizeLimit,
                // The first bytes say which executable wrote it: a new version of Dossier reads no further.
                case .success(let head) = RegularFile.read(path, limit: 4096, prefix: true),
                isWritten(by: executable, head),
                case .success(let data) = RegularFile.read(path, limit: sizeLimit), data.count == identity.size,
                FileIdentity.of(path) == identity
            else { return nil }
            return decode(data, shard: shard, executable: executable)
        }
        var files: [String: FileEntry] = [:]
        var bodies: [BodyKey: RenderedMarkdown] = [:]
        files.reserveCapacity(shards.reduce(0) { $0 + ($1?.files.count ?? 0) })
        bodies.reserveCapacity(shards.reduce(0) { $0 + ($1?.bodies.count ?? 0) })
        for shard in shards {
            guard let shard else { return PersistentCache() }
            for (path, entry) in shard.files {
                guard files.updateValue(entry, forKey: path) == nil else { return PersistentCache() }
            }
            for (key, body) in shard.bodies { bodies[key] = body }
        }
        return PersistentCache(files: files, bodies: bodies, shards: identities)
    }

    /// The entries of one shard.
    struct Shard {
        var files: [(String, FileEntry)] = []
        var bodies: [(BodyKey, RenderedMarkdown)] = []
    }

    /// The shard number `shard` in `data`, or `nil` when any of it is malformed, it holds an entry of
    /// another shard, or another executable wrote it.
    static func decode(_ data: Data, shard: Int, executable: String) -> Shard? {
        data.withUnsafeBytes { raw -> Shard? in
            var decoder = CacheDecoder(raw)
            return try? decoder.shard(shard, executable: executable)
        }
    }

    /// Whether `head`, the first bytes of a shard, has the header and names `executable`.
    private static func isWritten(by executable: String, _ head: Data) -> Bool {
        head.withUnsafeBytes { raw in
            var decoder = CacheDecoder(raw)
            for expected in header { guard (try? decoder.byte()) == expected else { return false } }
            return (try? decoder.string()) == executable
        }
    }

    // MARK: - Writing

    /// What this build used or made, by shard; and which shards must be written (all, unless the
    /// cache was read whole).
    private func used() -> (shards: [Shard], changed: Set<Int>) {
        lock.lock()
        defer { lock.unlock() }
        var shards = Array(repeating: Shard(), count: Self.shardCount)
        for path in sources.keys.sorted() {
            let source = sources[path]!
            guard let parse = parses[path], parse.text == source.stamp, parse.id == source.id else { continue }
            let entry = FileEntry(
                id: source.id, kind: source.kind, stamp: source.stamp, parsed: parse.parsed, diagnostics: parse.diagnostics)
            shards[Self.shard(of: source.stamp)].files.append((path, entry))
        }
        for key in bodies.keys.sorted(by: { ($0.text.value, $0.context.value) < ($1.text.value, $1.context.value) }) {
            shards[Self.shard(of: key.text)].bodies.append((key, bodies[key]!))
        }
        guard previousShards != nil else { return (shards, Set(0..<Self.shardCount)) }
        var changed = changedShards
        for (number, shard) in shards.enumerated()
        where shard.files.count + shard.bodies.count != previousCounts[number] {
            changed.insert(number)
        }
        return (shards, changed)
    }

    /// The bytes of shard number `number`, holding `shard`.
    static func encode(_ shard: Shard, number: Int, executable: String) -> Data {
        var encoder = CacheEncoder(capacity: 1 << 16)
        for byte in header { encoder.byte(byte) }
        encoder.string(executable)
        encoder.unsigned(UInt64(number))
        encoder.shard(shard)
        return Data(encoder.bytes)
    }

    /// The bytes of every shard of a cache of `files` and `bodies`.
    static func encode(files: [String: FileEntry], bodies: [BodyKey: RenderedMarkdown], executable: String) -> [Data] {
        var shards = Array(repeating: Shard(), count: shardCount)
        for path in files.keys.sorted() { shards[shard(of: files[path]!.stamp)].files.append((path, files[path]!)) }
        for key in bodies.keys.sorted(by: { ($0.text.value, $0.context.value) < ($1.text.value, $1.context.value) }) {
            shards[shard(of: key.text)].bodies.append((key, bodies[key]!))
        }
        return shards.enumerated().map { encode($1, number: $0, executable: executable) }
    }

    /// Writes the shards that changed to `shardPaths(path)`, each atomically (a new file beside it,
    /// renamed over it), in parallel, and returns every shard's identity, to be recorded in the
    /// manifest; `nil` when one could not be written. Unchanged shards keep their file.
    func write(to path: String, executable: String) -> (identities: [FileIdentity], written: [String])? {
        let (shards, changed) = used()
        let paths = Self.shardPaths(path)
        let identities = Array(0..<Self.shardCount).parallelMap { number -> FileIdentity? in
            if !changed.contains(number), let kept = previousShards?[number], FileIdentity.of(paths[number]) == kept {
                return kept
            }
            let data = Self.encode(shards[number], number: number, executable: executable)
            guard SiteState.replaceFile(at: paths[number], with: data) == nil else { return nil }
            return FileIdentity.of(paths[number])
        }
        let written = (0..<Self.shardCount).filter { identities[$0] != previousShards?[$0] }.map { paths[$0] }
        guard identities.allSatisfy({ $0 != nil }) else {
            for path in written { unlink(path) }
            return nil
        }
        return (identities.compactMap { $0 }, written)
    }

    // MARK: - Recording

    fileprivate func recordSource(_ path: String, id: String, kind: ContentKind, stamp: ContentHash, read: Bool) {
        lock.lock()
        sources[path] = (id, kind, stamp)
        if read { changedShards.insert(Self.shard(of: stamp)) }
        lock.unlock()
    }

    fileprivate func recordParse(
        _ path: String, id: String, text: ContentHash, value: (ParsedFile, [Diagnostic]), made: Bool
    ) {
        lock.lock()
        parses[path] = (id, text, value.0, value.1)
        if made { changedShards.insert(Self.shard(of: text)) }
        lock.unlock()
    }

    fileprivate func recordBody(_ key: BodyKey, _ rendered: RenderedMarkdown, made: Bool) {
        lock.lock()
        bodies[key] = rendered
        if made { changedShards.insert(Self.shard(of: key.text)) }
        lock.unlock()
    }
}

extension CacheEncoder {
    fileprivate mutating func shard(_ shard: PersistentCache.Shard) {
        array(shard.files) { encoder, item in
            let (path, entry) = item
            encoder.string(path)
            encoder.string(entry.id)
            encoder.string(entry.kind.rawValue)
            encoder.hash(entry.stamp)
            encoder.parsed(entry.parsed, in: path)
            encoder.array(entry.diagnostics) { $0.diagnostic($1, in: path) }
        }
        array(shard.bodies) { encoder, item in
            encoder.hash(item.0.text)
            encoder.hash(item.0.context)
            encoder.rendered(item.1)
        }
    }
}

extension CacheDecoder {
    /// Shard number `number`, every byte of it read; throws on any malformed byte, on a shard of
    /// another number or executable, on an entry that belongs to another shard or comes twice.
    fileprivate mutating func shard(_ number: Int, executable: String) throws(Malformed) -> PersistentCache.Shard {
        for expected in PersistentCache.header { guard try byte() == expected else { throw Malformed() } }
        guard try string() == executable, try count(atMost: PersistentCache.shardCount) == number else { throw Malformed() }
        var shard = PersistentCache.Shard()
        shard.files = try array(atMost: InputLimits.entries) { decoder throws(Malformed) in
            let path = try decoder.string()
            let id = try decoder.string()
            guard let kind = ContentKind(rawValue: try decoder.string()) else { throw Malformed() }
            let stamp = try decoder.hash()
            guard PersistentCache.shard(of: stamp) == number else { throw Malformed() }
            let parsed = try decoder.parsed(in: path)
            let diagnostics = try decoder.array(atMost: Self.listLimit) { decoder throws(Malformed) in
                try decoder.diagnostic(in: path)
            }
            return (path, PersistentCache.FileEntry(id: id, kind: kind, stamp: stamp, parsed: parsed, diagnostics: diagnostics))
        }
        var keys = Set<PersistentCache.BodyKey>()
        shard.bodies = try array(atMost: 3 * InputLimits.entries) { decoder throws(Malformed) in
            let key = PersistentCache.BodyKey(text: try decoder.hash(), context: try decoder.hash())
            guard PersistentCache.shard(of: key.text) == number, keys.insert(key).inserted else { throw Malformed() }
            return (key, try decoder.rendered())
        }
        guard isAtEnd else { throw Malformed() }
        return shard
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
        if let entry = previousFiles[path], entry.stamp == stamp {
            recordSource(path, id: entry.id, kind: entry.kind, stamp: stamp, read: false)
            return .success(SourceFile(path: path, id: entry.id, kind: entry.kind, text: "", stamp: stamp))
        }
        let result = read()
        if case .success(let file) = result, file.stamp == stamp {
            recordSource(path, id: file.id, kind: file.kind, stamp: stamp, read: true)
        }
        return result
    }

    func parsed(
        at path: String, id: String, text: ContentHash, parse: () -> (ParsedFile, [Diagnostic])
    ) -> (ParsedFile, [Diagnostic]) {
        if let entry = previousFiles[path], entry.id == id, entry.stamp == text {
            let value = (entry.parsed, entry.diagnostics)
            recordParse(path, id: id, text: text, value: value, made: false)
            return value
        }
        let value = parse()
        recordParse(path, id: id, text: text, value: value, made: true)
        return value
    }

    func rendered(text: ContentHash, context: ContentHash, render: () -> RenderedMarkdown) -> RenderedMarkdown {
        let key = BodyKey(text: text, context: context)
        if let kept = previousBodies[key] {
            recordBody(key, kept, made: false)
            return kept
        }
        let value = render()
        recordBody(key, value, made: true)
        return value
    }
}
