/// A reported piece: its front matter checked and typed, its references not yet resolved.
struct Article: Sendable, Hashable {
    /// The id: the file name without `.md`.
    var id: String
    /// The file, relative to the dossier folder.
    var path: String
    var title: String
    /// The publication date.
    var date: PartialDate
    /// The summary from front matter, if written (one line of inline Markdown).
    var summary: String?
    /// Who wrote it, as written (`authors:`), in order.
    var authors: [String] = []
    /// Where its facts come from (`sources:`, or the single `source:`), in order.
    var sources: [ArticleSource] = []
    /// When it was last revised (`updated:`), if it says.
    var updated: PartialDate?
    /// Corrections published with it (`corrections:`), as written.
    var corrections: [Correction] = []
    /// Its picture (`image:`).
    var image: CoverImage?
    /// Fields for the theme that Dossier does not know (`extra:`), passed to templates as written.
    var extra: ExtraValue?
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
    /// Where `date:` is written, for problems with the date itself.
    var dateLocation: SourceLocation? = nil
    /// Old ids or paths this page was published at (`redirect_from:`), each given a redirect page.
    var redirectFrom: [Located<String>] = []
    /// The language its text is written in, when it is not the site's (`language:`; in another
    /// language's edition of the site, the language of the text shown where no translation is).
    var language: String? = nil
}

/// Where an article's facts come from: a publication, a document, a report. At least one of
/// `name` and `url` is given.
struct ArticleSource: Sendable, Hashable {
    var name: String?
    var url: String?
    /// The title of the piece cited.
    var title: String?
    /// When the piece cited was published.
    var date: PartialDate?
    /// A saved copy of `url` (the Wayback Machine, archive.today, a newsroom's own archive).
    var archiveURL: String?
}

/// A correction published with an article: when, and what was wrong (Markdown).
struct Correction: Sendable, Hashable {
    var date: PartialDate
    var text: String
}
