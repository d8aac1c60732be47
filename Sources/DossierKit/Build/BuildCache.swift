import Foundation

/// What one build can hand to the next in the same process (`dossier serve`): each file's text (by
/// its size, modification time and inode), its parsed front matter and each Markdown text's HTML
/// (by their exact text), so a rebuild after an edit reads, parses and renders only what changed.
/// Safe to share between threads.
public final class BuildCache: @unchecked Sendable {
    private let lock = NSLock()
    private var entries: [Key: (value: Any, generation: Int)] = [:]
    private var generation = 0
    private var lastGraph: ReusableGraph?

    /// Creates an empty cache.
    public init() {}

    /// What a cached value was made from.
    struct Key: Hashable {
        enum Kind: Hashable { case file(path: String), parse(path: String, id: String), markdown(context: ContentHash) }
        var kind: Kind
        var text: ContentHash
    }

    /// The value for `key`, made by `make` when the cache does not have it.
    func value<T>(_ key: Key, make: () -> T) -> T {
        lock.lock()
        if let cached = entries[key], let value = cached.value as? T {
            entries[key] = (cached.value, generation)
            lock.unlock()
            return value
        }
        lock.unlock()
        let value = make()
        lock.lock()
        entries[key] = (value, generation)
        lock.unlock()
        return value
    }

    /// The graph of the last build, kept for the next one.
    var reusableGraph: ReusableGraph? {
        get {
            lock.lock()
            defer { lock.unlock() }
            return lastGraph
        }
        set {
            lock.lock()
            lastGraph = newValue
            lock.unlock()
        }
    }

    /// Ends a build: forgets what it did not use, so the cache holds one dossier's worth at most.
    func finishBuild() {
        lock.lock()
        entries = entries.filter { $0.value.generation == generation }
        generation += 1
        lock.unlock()
    }
}
