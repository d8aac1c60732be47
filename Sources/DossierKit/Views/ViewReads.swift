/// What one page's view read of the Markdown bodies, noted by `PageSource` as the view is made:
/// article bodies, entity and place profiles, article summaries (which may be excerpts of bodies)
/// and article cards (which show them), by index.
final class ViewReads {
    var articleBodies: [Int] = []
    var entityBodies: [Int] = []
    var placeBodies: [Int] = []
    var pageBodies: [Int] = []
    var summaries: [Int] = []
    var cards: [Int] = []

    /// The reads as a value, to keep with the view's digest.
    struct Record: Sendable {
        let articleBodies: [Int]
        let entityBodies: [Int]
        let placeBodies: [Int]
        let pageBodies: [Int]
        let summaries: [Int]
        let cards: [Int]
    }

    var record: Record {
        Record(
            articleBodies: articleBodies, entityBodies: entityBodies, placeBodies: placeBodies, pageBodies: pageBodies,
            summaries: summaries, cards: cards)
    }
}

/// What is kept of each page's view between builds (`serve`'s `BuildCache` in memory, `build`'s
/// `PersistentCache` in the state folder): its digest, what it read and the digest of that, and
/// the build's context (the settings, the theme, this executable and the graph, which is the same
/// while only bodies change). Build wires it up.
protocol PageViewMemo: Sendable {
    /// The view recorded for the page at `path`, if any.
    func recordedView(at path: String) -> RecordedView?
    /// Records the view of the page at `path`.
    func record(_ view: RecordedView, at path: String)
}

/// A page's view as an earlier build made it.
struct RecordedView: Sendable {
    /// What the build's views depend on besides what they read of bodies: the settings, the theme,
    /// this executable, the graph (`serve`: the graph's generation; `build`: a digest of the models
    /// it is made from).
    let context: ContentHash
    let reads: ViewReads.Record
    /// `ViewSource.digest(of: reads)` when the view was made.
    let readsDigest: ContentHash
    /// The view's `ViewDigest`.
    let digest: ContentHash
}
