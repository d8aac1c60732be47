/// The resolved dossier: every article, entity, place and event, and the edges between them both ways.
///
/// Immutable once built; nodes refer to each other by id, so pages can be rendered from it in parallel.
struct DossierGraph: Sendable {
    /// Published articles, newest first (drafts only when asked for).
    var articles: [Article] = []
    /// Entities by name, stubs included.
    var entities: [Entity] = []
    /// Places by name, stubs included.
    var places: [Place] = []
    /// For each place that shares its name, the ancestor it is shown with (`PlaceHomonyms`).
    var placeQualifiers: [Int: Int] = [:]
    /// Every event, in timeline order.
    var events: [ResolvedEvent] = []
    /// Tags by name.
    var tags: [Tag] = []
    /// Stand-alone pages, by navigation position (`menu`), then title.
    var pages: [Page] = []
    /// The ids of the drafts left out: links to them are shown as plain text, and no page names them.
    var draftArticleIDs: Set<String> = []
    /// The texts of articles, entities, places and pages in the site's other languages.
    var translations = TranslationIndex([], originals: [:])

    var articleIndex: [String: Int] = [:]
    var entityIndex: [String: Int] = [:]
    var placeIndex: [String: Int] = [:]
    var pageIndex: [String: Int] = [:]

    /// What each article links to, by article index.
    var articleLinks: [ArticleLinks] = []
    /// What links to each entity, by entity index.
    var entityLinks: [EntityLinks] = []
    /// What links to each place, by place index.
    var placeLinks: [PlaceLinks] = []

    /// The article with `id`.
    func article(_ id: String) -> Article? { articleIndex[id].map { articles[$0] } }
    /// The entity with `id`.
    func entity(_ id: String) -> Entity? { entityIndex[id].map { entities[$0] } }
    /// The place with `id`.
    func place(_ id: String) -> Place? { placeIndex[id].map { places[$0] } }
}

/// A tag and the articles that carry it.
struct Tag: Sendable, Hashable {
    /// The tag's slug: its page is `tags/<slug>/`.
    var slug: String
    /// The tag as first written.
    var name: String
    /// Article indices, newest first.
    var articles: [Int]
}

/// An event with its references resolved to ids.
struct ResolvedEvent: Sendable, Hashable {
    var record: EventRecord
    var entityIDs: [String]
    var placeIDs: [String]
    /// The articles that report it: the article it was written in, and any `sources:`.
    var sourceArticleIDs: [String]
    /// The language its title is written in, when not the site's (or, in another language's
    /// edition, the edition's): its article's, else the default language.
    var language: String? = nil
}

/// An article's outgoing edges.
struct ArticleLinks: Sendable {
    var entityIDs: [String] = []
    var placeIDs: [String] = []
    var tagSlugs: [String] = []
    /// Event indices, in timeline order.
    var events: [Int] = []
    /// Article indices of related articles, best first.
    var related: [Int] = []
}

/// An entity's incoming edges and what follows from them.
struct EntityLinks: Sendable {
    /// Article indices, newest first.
    var articles: [Int] = []
    /// Event indices, in timeline order.
    var events: [Int] = []
    /// Explicit `related:` entity ids, as written.
    var explicitRelated: [String] = []
    /// Entities mentioned in the same articles, with the number of shared articles, most first.
    var coMentioned: [(id: String, count: Int)] = []
    /// Places of the articles that mention it, with counts, most first.
    var places: [(id: String, count: Int)] = []
}

/// A place's edges, including those of the places inside it.
struct PlaceLinks: Sendable {
    var parentID: String?
    var childIDs: [String] = []
    /// Article indices, newest first, including those of descendant places.
    var articles: [Int] = []
    /// Event indices, in timeline order, including those of descendant places.
    var events: [Int] = []
    /// Entities of those articles and events, with counts, most first.
    var entities: [(id: String, count: Int)] = []
    /// How many articles name this place itself.
    var directArticleCount = 0
}
