import Foundation

/// How the pages of one edition of a multilingual site link to the same page in the others: a
/// language switcher, `<link rel="alternate" hreflang>`, and sitemap alternates.
struct EditionLinks: Sendable {
    /// One edition, as the others link to it.
    struct Member: Sendable {
        let edition: Edition
        /// The language's name in itself (`Русский`, `Հայերեն`), from CLDR.
        let name: String
        /// The articles, entities, places and pages (by position) whose text this edition shows
        /// untranslated, in another language.
        let untranslated: [ContentKind: Set<Int>]
    }

    let members: [Member]
    /// The edition whose pages link.
    let current: Int
    /// The address of the site's root, when known.
    let base: String?

    /// The links of each edition of `graphs` (one per edition, as `DossierGraph.edition` makes them)
    /// to the others; `nil` for a site in one language.
    static func all(editions: [Edition], graphs: [DossierGraph], base: String?) -> [EditionLinks?] {
        guard editions.count > 1 else { return editions.map { _ in nil } }
        let members = zip(editions, graphs).map { edition, graph in
            Member(
                edition: edition, name: endonym(of: edition.language),
                untranslated: [
                    .article: Set(graph.articles.indices.filter { graph.articles[$0].language != nil }),
                    .entity: Set(graph.entities.indices.filter { graph.entities[$0].language != nil }),
                    .place: Set(graph.places.indices.filter { graph.places[$0].language != nil }),
                    .page: Set(graph.pages.indices.filter { graph.pages[$0].language != nil }),
                ])
        }
        return editions.indices.map { EditionLinks(members: members, current: $0, base: base) }
    }

    /// Whether `member`'s edition shows `page` in its own language: a page about one article,
    /// entity, place or stand-alone page (or a list of its events or places) whose text it shows
    /// untranslated is no translation.
    func hasOwnText(_ page: SitePage, in member: Member) -> Bool {
        switch page {
        case .article(let number), .articleEvents(let number, _):
            !(member.untranslated[.article]?.contains(number) ?? false)
        case .entity(let number, _), .entityEvents(let number, _):
            !(member.untranslated[.entity]?.contains(number) ?? false)
        case .place(let number, _), .placeEvents(let number, _), .placeChildren(let number, _):
            !(member.untranslated[.place]?.contains(number) ?? false)
        case .page(let number): !(member.untranslated[.page]?.contains(number) ?? false)
        default: true
        }
    }

    /// The path, from the current edition's root, of the page at `path` (from an edition's root) in
    /// `member`'s edition.
    func path(_ path: String, in member: Member) -> String {
        members[current].edition.up + member.edition.folder + path
    }

    /// The absolute address of the page at `path` in `member`'s edition, when the site's is known.
    func address(_ path: String, in member: Member) -> String? {
        base.map { SiteURLs.absolute(member.edition.folder + path, base: $0) }
    }

    /// `language`'s name in itself, capitalised as a name on its own (CLDR's `русский` → `Русский`).
    static func endonym(of language: String) -> String {
        let locale = Locale(identifier: language)
        let name = locale.localizedString(forIdentifier: language) ?? language
        return name.prefix(1).uppercased(with: locale) + name.dropFirst()
    }
}
