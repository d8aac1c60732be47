import Foundation

extension OutputFile {
    /// A file made from a view of `source` (`view` reads the graph and the settings, and the bodies
    /// through its `PageSource`, which notes what it reads): its fingerprint is `digest(view)`. With
    /// a `memo` (`serve`'s, or the one `build` keeps in the state folder), a view recorded in the same `context` whose reads digest as they did
    /// gives its fingerprint without being made again; it is made only if the file is.
    static func viewed<View: Sendable>(
        _ path: String, source: ViewSource, memo: (any PageViewMemo)?, context: ContentHash,
        view: @escaping @Sendable (PageSource) -> View, digest: @escaping @Sendable (View) -> ContentHash,
        make: @escaping @Sendable (View) throws(DossierError) -> Data
    ) -> OutputFile {
        OutputFile(path) {
            if let recorded = memo?.recordedView(at: path), recorded.context == context,
                source.digest(of: recorded.reads) == recorded.readsDigest
            {
                return Prepared(fingerprint: recorded.digest) { () throws(DossierError) -> Data in
                    try make(view(PageSource(shared: source, reads: ViewReads())))
                }
            }
            let reads = ViewReads()
            let made = view(PageSource(shared: source, reads: reads))
            let fingerprint = digest(made)
            let record = reads.record
            if let memo, let readsDigest = source.digest(of: record) {
                memo.record(
                    RecordedView(context: context, reads: record, readsDigest: readsDigest, digest: fingerprint), at: path)
            }
            return Prepared(fingerprint: fingerprint) { () throws(DossierError) -> Data in try make(made) }
        }
    }

    /// A file made from `view` (an `Encodable` value): its fingerprint is the view's digest.
    static func viewed<View: Encodable & Sendable>(
        _ path: String, source: ViewSource, memo: (any PageViewMemo)?, context: ContentHash,
        view: @escaping @Sendable (PageSource) -> View, make: @escaping @Sendable (View) throws(DossierError) -> Data
    ) -> OutputFile {
        viewed(path, source: source, memo: memo, context: context, view: view, digest: { ViewDigest.of($0) }, make: make)
    }
}
