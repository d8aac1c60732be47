/// A reported piece: its front matter checked and typed, its references not yet resolved.
public struct Article: Sendable, Hashable {
    /// The id: the file name without `.md`.
    public var id: String
    /// The file, relative to the dossier folder.
    public var path: String
    public var title: String
    /// The publication date.
    public var date: PartialDate
    /// The summary from front matter, if written.
    public var summary: String?
    public var source: ArticleSource?
    public var entityReferences: [Reference]
    public var placeReferences: [Reference]
    /// Tags as written (`Russia mediation`), trimmed, with where each is; their pages use the slug.
    public var tags: [Located<String>]
    /// The dated facts the article reports.
    public var events: [EventRecord]
    public var isDraft: Bool
    /// The file line the body starts on (for positions of problems in the body). The body's text is
    /// not part of the model: see `ParsedContent.bodies`.
    public var bodyFirstLine: Int
}

/// Where an article's facts come from.
public struct ArticleSource: Sendable, Hashable {
    public var name: String?
    public var url: String?
}
