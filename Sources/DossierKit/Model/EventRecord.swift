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
    /// The event's own id (`id:`), a slug unique in the dossier: its anchor on the pages that list
    /// it, and where it was written.
    var id: Located<String>? = nil
    /// What happened, in Markdown (`description:`).
    var description: String? = nil
    /// Sources outside the dossier (`sources:` items with a `name` or a `url`).
    var externalSources: [ArticleSource] = []
    /// How many people were killed (`fatalities:`).
    var fatalities: Fatalities? = nil
    /// A short label of the kind of event (`category:`).
    var category: String? = nil
}

/// How many people an event killed: one number, or a best estimate between a low and a high one.
/// Every number present is a whole number from 0 to `limit`, and `low ≤ best ≤ high`.
struct Fatalities: Sendable, Hashable {
    var best: Int?
    var low: Int?
    var high: Int?

    /// The largest number accepted.
    static let limit = 10_000_000

    /// The number to use where one is needed: the best estimate, else the low one.
    var value: Int? { best ?? low ?? high }
}
