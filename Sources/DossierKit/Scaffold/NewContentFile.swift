/// The file `dossier new article|entity|place|page "Title"` writes: one content file with its
/// fields commented, named after the title's slug.
public enum NewContentFile {
    /// The kinds of file it writes, as typed on the command line.
    public static let kinds = ["article", "entity", "place", "page"]

    /// The path (relative to the dossier) and text of a new file of `kind` titled `title`, made on
    /// `today` (`YYYY-MM-DD`); `nil` when `kind` is not one of `kinds` or the title has no letter
    /// or digit to name the file by.
    static func make(kind: String, title: String, today: String) -> (path: String, text: String)? {
        let slug = TextFolding.slug(title)
        guard !slug.isEmpty else { return nil }
        let quoted = JSONText.encode(title)
        switch kind {
        case "article":
            return (
                "content/articles/\(slug).md",
                """
                ---
                title: \(quoted)
                date: \(today)
                # summary: One or two sentences under the title and on cards.
                # authors: [Your name]
                # sources:
                #   - {name: Publisher, url: "https://…", title: The piece's headline, date: \(today)}
                # entities: [id, name or alias of an entity file]
                # places: [id, name or alias of a place file]
                # tags: [topic]
                # events:
                #   - {date: \(today), title: What happened, places: [a place]}
                # draft: true
                ---
                The article's text, in Markdown.

                """
            )
        case "entity":
            return (
                "content/entities/\(slug).md",
                """
                ---
                name: \(quoted)
                # type: person, organization, country, group or other
                # aliases: [Other spellings, Другие написания]
                # role: One line under the name
                # related: [other entities]
                ---
                The profile, in Markdown.

                """
            )
        case "place":
            return (
                "content/places/\(slug).md",
                """
                ---
                name: \(quoted)
                # type: country, region, city, village, site or other
                # aliases: [Other and contested names]
                # in: the place it lies in
                # coordinates: [latitude, longitude]
                ---
                What the place is and what happened there, in Markdown.

                """
            )
        case "page":
            return (
                "content/pages/\(slug).md",
                """
                ---
                title: \(quoted)
                # summary: One sentence under the title.
                # menu: 1 (its place in the navigation; leave out to keep it out)
                ---
                The page's text, in Markdown.

                """
            )
        default:
            return nil
        }
    }
}
