/// A dated fact as written, from an article or a timeline file, before its references are resolved.
struct EventRecord: Sendable, Hashable {
    var title: String
    var date: PartialDate
    var end: PartialDate?
    var entityReferences: [Reference]
    var placeReferences: [Reference]
    /// Articles named in `sources:` (timeline files only).
    var sourceReferences: [Reference]
    /// The article that reports it, when it comes from one.
    var articleID: String?
    /// Where the event was written.
    var location: SourceLocation
}
