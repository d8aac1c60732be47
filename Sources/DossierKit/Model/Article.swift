/// A reported piece: its front matter checked and typed, its references not yet resolved.
struct Article: Sendable, Hashable {
    /// The id: the file name without `.md`.
    var id: String
    /// The file, relative to the dossier folder.
    var path: String
    var title: String
    /// The publication date.
    var date: PartialDate
    /// The summary from front matter, if written.
    var summary: String?
    var source: ArticleSource?
    var entityReferences: [Reference]
    var placeReferences: [Reference]
    /// Tags as written (`Russia mediation`), trimmed, with where each is; their pages use the slug.
    var tags: [Located<String>]
    /// The dated facts the article reports.
    var events: [EventRecord]
    var isDraft: Bool
    /// The file line the body starts on (for positions of problems in the body). The body's text is
    /// not part of the model: see `ParsedContent.bodies`.
    var bodyFirstLine: Int
}

/// Where an article's facts come from.
struct ArticleSource: Sendable, Hashable {
    var name: String?
    var url: String?
}
