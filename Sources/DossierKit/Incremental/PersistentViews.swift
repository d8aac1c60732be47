import Foundation

/// What `dossier build` keeps of each page's view for the next build, in the state folder
/// (`SiteState.viewsPath`): the same records `serve` keeps in memory (`PageViewMemo`), so that a
/// build after an edit of one body makes again only the views that read it. A record counts only
/// in the same context: this executable, the settings, the theme, and the models the graph is made
/// from (`digest(of:)`), so any change to front matter makes every view again.
///
/// The file is untrusted input, used only while it is the very file the last build wrote (its
/// identity, recorded in the manifest, checked before and after it is read) and written by this
/// executable; it is read within a size limit, with bounded counts, and one malformed byte voids it
/// whole. A record can only claim a page's fingerprint, as the manifest itself can: a page is
/// still reused only while its file is the one Dossier wrote.
///
/// Format (see `CacheEncoder`): the header line, the executable's stamp, then each record: the
/// page's path, the context, the reads (article bodies, entity and place profiles, page bodies,
/// summaries, cards), the reads' digest and the view's digest.
final class PersistentViews: PageViewMemo, @unchecked Sendable {
    /// The first bytes: what the file is, and the version of its format.
    static let header = Array("Dossier's page views (format 1). Delete the .dossier folder to forget them.\n".utf8)
    /// The largest file read back (a 10,000-article site's is about 2 MB).
    static let sizeLimit = 128 * 1024 * 1024
    /// The most records, and the most reads of one kind in a record.
    static let recordLimit = 4 * InputLimits.entries
    static let readLimit = InputLimits.entries

    private let previous: [String: RecordedView]
    private let lock = NSLock()
    /// The records of this build's pages: those made again, and those reused.
    private var current: [String: RecordedView] = [:]

    init(_ previous: [String: RecordedView] = [:]) {
        self.previous = previous
    }

    /// How many records the last build left.
    var startCount: Int { previous.count }

    func recordedView(at path: String) -> RecordedView? {
        guard let recorded = previous[path] else { return nil }
        lock.lock()
        // Kept for the next build unless the view is made again (then `record` replaces it).
        if current[path] == nil { current[path] = recorded }
        lock.unlock()
        return recorded
    }

    func record(_ view: RecordedView, at path: String) {
        lock.lock()
        current[path] = view
        lock.unlock()
    }

    /// A digest of everything the graph is made from but the bodies: views made in the same
    /// context and reading the same bodies are the same views.
    static func digest(of models: ContentModels) -> ContentHash {
        var encoder = CacheEncoder(capacity: 1 << 20)
        encoder.array(models.articles) { $0.parsed(.article($1, body: ""), in: "") }
        encoder.array(models.entities) { $0.parsed(.entity($1, body: ""), in: "") }
        encoder.array(models.places) { $0.parsed(.place($1, body: ""), in: "") }
        encoder.parsed(.timeline(models.timelineEvents), in: "")
        encoder.array(models.pages) { $0.parsed(.page($1, body: ""), in: "") }
        // Every field of every translation, a new one included: translations are never cached.
        encoder.string(String(describing: models.translations))
        return ContentHash.of(Data(encoder.bytes))
    }

    // MARK: - Reading and writing

    /// The records in the file at `path`, when it is the regular file with `identity` and was
    /// written by the executable whose stamp is `executable`; none otherwise.
    static func read(from path: String, identity: FileIdentity?, executable: String) -> PersistentViews {
        guard let identity, FileIdentity.of(path) == identity, identity.size <= sizeLimit,
            case .success(let data) = RegularFile.read(path, limit: sizeLimit), data.count == identity.size,
            FileIdentity.of(path) == identity, let records = decode(data, executable: executable)
        else { return PersistentViews() }
        return PersistentViews(records)
    }

    /// Writes this build's records to `path` (a new file renamed over the old one); the file's
    /// identity, or `nil` when it could not be written.
    func write(to path: String, executable: String) -> FileIdentity? {
        lock.lock()
        let records = current
        lock.unlock()
        guard SiteState.replaceFile(at: path, with: Self.encode(records, executable: executable)) == nil else {
            return nil
        }
        return FileIdentity.of(path)
    }

    static func encode(_ records: [String: RecordedView], executable: String) -> Data {
        var encoder = CacheEncoder(capacity: records.count * 64)
        for byte in header { encoder.byte(byte) }
        encoder.string(executable)
        encoder.array(records.keys.sorted()) { encoder, path in
            let record = records[path]!
            encoder.string(path)
            encoder.hash(record.context)
            for numbers in record.reads.lists { encoder.array(numbers) { $0.unsigned(UInt64($1)) } }
            encoder.hash(record.readsDigest)
            encoder.hash(record.digest)
        }
        return Data(encoder.bytes)
    }

    /// The records in `data`, or `nil` when any byte of it is malformed, it was written by another
    /// executable, or names a path twice or an unsafe one.
    static func decode(_ data: Data, executable: String) -> [String: RecordedView]? {
        data.withUnsafeBytes { raw -> [String: RecordedView]? in
            var decoder = CacheDecoder(raw)
            do throws(CacheDecoder.Malformed) {
                for expected in header { guard try decoder.byte() == expected else { return nil } }
                guard try decoder.string() == executable else { return nil }
                var records: [String: RecordedView] = [:]
                let count = try decoder.count(atMost: recordLimit)
                records.reserveCapacity(min(count, data.count / 32))
                for _ in 0..<count {
                    let path = try decoder.string()
                    let context = try decoder.hash()
                    var lists: [[Int]] = []
                    for _ in 0..<ViewReads.Record.listCount {
                        lists.append(
                            try decoder.array(atMost: readLimit) { decoder throws(CacheDecoder.Malformed) in
                                try decoder.count(atMost: readLimit)
                            })
                    }
                    let record = RecordedView(
                        context: context, reads: ViewReads.Record(lists: lists), readsDigest: try decoder.hash(),
                        digest: try decoder.hash())
                    guard OutputPath.isSafe(path), records.updateValue(record, forKey: path) == nil else { return nil }
                }
                guard decoder.isAtEnd else { return nil }
                return records
            } catch {
                return nil
            }
        }
    }
}

extension ViewReads.Record {
    /// How many lists of numbers a record has.
    static let listCount = 6

    /// The lists, in the order the file keeps them.
    var lists: [[Int]] { [articleBodies, entityBodies, placeBodies, pageBodies, summaries, cards] }

    /// A record from its `lists` (`listCount` of them).
    init(lists: [[Int]]) {
        self.init(
            articleBodies: lists[0], entityBodies: lists[1], placeBodies: lists[2], pageBodies: lists[3], summaries: lists[4],
            cards: lists[5])
    }
}
