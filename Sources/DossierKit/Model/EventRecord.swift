/// A dated fact as written, from an article or a timeline file, before its references are resolved.
public struct EventRecord: Sendable, Hashable {
    public var title: String
    public var date: PartialDate
    public var end: PartialDate?
    public var entityReferences: [Reference]
    public var placeReferences: [Reference]
    /// Articles named in `sources:` (timeline files only).
    public var sourceReferences: [Reference]
    /// The article that reports it, when it comes from one.
    public var articleID: String?
    /// Where the event was written.
    public var location: SourceLocation
}
