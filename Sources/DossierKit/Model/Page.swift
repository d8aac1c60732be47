/// A stand-alone page (`content/pages/*.md`): About, Methodology, Sources, Corrections. Written to
/// `<id>/index.html`; in the navigation when it has a `menu` position.
struct Page: Sendable, Hashable {
    /// The id: the file name without `.md`.
    var id: String
    /// The file, relative to the dossier folder.
    var path: String
    var title: String
    /// The summary from front matter, if written (one line of inline Markdown).
    var summary: String?
    /// Its place in the navigation (lower first, after the sections); `nil`: not in it.
    var menu: Int?
    /// The file line the body starts on (its text is in `ParsedContent.bodies`).
    var bodyFirstLine: Int
    /// Old ids or paths this page was published at (`redirect_from:`), each given a redirect page.
    var redirectFrom: [Located<String>] = []
    /// The language its text is written in, when it is not the site's: in another language's
    /// edition of the site, the language of the text shown where no translation is.
    var language: String? = nil
}
