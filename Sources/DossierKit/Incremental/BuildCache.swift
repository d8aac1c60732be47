import Foundation

/// What one build can hand to the next in the same process (`dossier serve`): each file's text (by
/// its size, modification time and inode), its parsed front matter and each Markdown text's HTML
/// (by their exact text), and the search index's word counts of each run of documents, so a
/// rebuild after an edit reads, parses, renders and counts only what changed.
/// Safe to share between threads.
public final class BuildCache: @unchecked Sendable {
    private let lock = NSLock()
    /// The entries, spread over shards with a lock each, so the threads of a build seldom wait for
    /// one another.
    private let shards = (0..<16).map { _ in Shard() }
    private var lastGraph: ReusableGraph?
    /// Counts the graphs built: the same number means the same graph (bodies may differ).
    private var builtGraphs = 0
    private var views: [String: RecordedView] = [:]
    private var viewsContext: ContentHash?
    private var lastManifest: (stamp: ContentHash, manifest: OutputManifest)?

    /// Creates an empty cache.
    public init() {}

    /// What a cached value was made from.
    struct Key: Hashable {
        enum Kind: Hashable {
            case file(path: String), parse(path: String, id: String), markdown(context: ContentHash), searchCounts
        }
        var kind: Kind
        var text: ContentHash
    }

    /// The value for `key`, made by `make` when the cache does not have it.
    func value<T>(_ key: Key, make: () -> T) -> T {
        let shard = shards[Int(truncatingIfNeeded: key.text.value % UInt64(shards.count))]
        if let value = shard.value(key) as? T { return value }
        let value = make()
        shard.store(value, for: key)
        return value
    }

    /// Part of the entries, with its own lock.
    private final class Shard: @unchecked Sendable {
        private let lock = NSLock()
        private var entries: [Key: (value: Any, generation: Int)] = [:]
        private var generation = 0
        /// How many entries the current build has used.
        private var used = 0

        func value(_ key: Key) -> Any? {
            lock.lock()
            defer { lock.unlock() }
            guard let cached = entries[key] else { return nil }
            if cached.generation != generation {
                entries[key] = (cached.value, generation)
                used += 1
            }
            return cached.value
        }

        func store(_ value: Any, for key: Key) {
            lock.lock()
            if entries.updateValue((value, generation), forKey: key)?.generation != generation { used += 1 }
            lock.unlock()
        }

        /// Forgets what the build did not use once that outnumbers what it used.
        func finishBuild() {
            lock.lock()
            if entries.count > 2 * used + 64 { entries = entries.filter { $0.value.generation == generation } }
            generation += 1
            used = 0
            lock.unlock()
        }
    }

    /// The graph of the last build, kept for the next one. Setting a new one counts a new graph.
    var reusableGraph: ReusableGraph? {
        get { locked { lastGraph } }
        set {
            locked {
                lastGraph = newValue
                builtGraphs += 1
            }
        }
    }

    /// Which graph the build uses: it changes whenever a new one is built (not when the last one is
    /// reused with new bodies).
    var graphGeneration: Int { locked { builtGraphs } }

    /// The view recorded for the page at `path`.
    func recordedView(at path: String) -> RecordedView? { locked { views[path] } }

    /// Records the view of the page at `path`; views recorded in another context are forgotten.
    func record(_ view: RecordedView, at path: String) {
        locked {
            if viewsContext != view.context {
                views.removeAll(keepingCapacity: true)
                viewsContext = view.context
            }
            views[path] = view
        }
    }

    /// The manifest the last build wrote, with the stamp of its file (so a changed file is read again).
    var writtenManifest: (stamp: ContentHash, manifest: OutputManifest)? {
        get { locked { lastManifest } }
        set { locked { lastManifest = newValue } }
    }

    private func locked<T>(_ body: () -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        return body()
    }

    /// Ends a build. What it did not use is forgotten once it outnumbers what it used, so the cache
    /// holds about one dossier's worth (not pruned after every build: that walked every entry).
    func finishBuild() {
        for shard in shards { shard.finishBuild() }
    }
}
