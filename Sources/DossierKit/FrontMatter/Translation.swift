/// A content file's text in another of the site's languages (`ceasefire-moscow.ru.md` beside
/// `ceasefire-moscow.md`): only what is written in words. The facts (dates, references, sources,
/// coordinates, types) are the original's, in every language.
struct Translation: Sendable, Hashable {
    /// The original's id.
    var id: String
    var kind: ContentKind
    /// The translation's language, one of the site's `languages`.
    var language: String
    /// The file, relative to the dossier folder.
    var path: String
    /// An article's or page's title, or an entity's or place's name.
    var title: String
    /// Where `title:` or `name:` is written.
    var titleLocation: SourceLocation
    /// An article's or page's summary.
    var summary: String?
    /// An entity's or place's other names in this language.
    var aliases: [Located<String>]
    /// An entity's role.
    var role: String?
    /// A translation not ready (`draft: true`): the edition shows the original's text.
    var isDraft: Bool
    /// The file line its body starts on (its text is in `ParsedContent.bodies`).
    var bodyFirstLine: Int
}
