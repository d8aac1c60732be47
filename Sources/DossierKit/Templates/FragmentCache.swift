import Foundation

/// HTML fragments that appear on many pages (an article's card, an event), rendered once for the site
/// root and moved to each page's depth by rewriting their relative links. Safe to use from parallel
/// page renders.
final class FragmentCache: @unchecked Sendable {
    /// What a fragment shows.
    struct Key: Hashable {
        enum Kind: UInt8 { case articleCard, event }
        var kind: Kind
        var index: Int
    }

    private let lock = NSLock()
    private var store: [Key: RebasableHTML] = [:]

    /// The fragment for `key` on a page whose way back to the root is `root`; `make` renders it for
    /// the site root the first time it is asked for.
    func fragment(_ key: Key, root: String, make: () -> String) -> String {
        lock.lock()
        let cached = store[key]
        lock.unlock()
        if let cached { return cached.html(root: root) }
        let made = RebasableHTML(make())
        lock.lock()
        store[key] = made
        lock.unlock()
        return made.html(root: root)
    }
}
