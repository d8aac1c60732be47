/// One page of the site: what it shows and where it is written.
public enum SitePage: Sendable, Hashable {
    case home
    case articleIndex
    case article(Int)
    case entityIndex
    case entity(Int)
    case placeIndex
    case place(Int)
    case timeline
    case tagIndex
    case tag(Int)
    /// One year of a timeline split by year (more than `ReaderData.timelineSplitThreshold` events).
    case timelineYear(Int)
    /// The search page.
    case search
    /// The page hosts show for a missing path (`404.html`).
    case notFound

    /// The kind of page, for the build summary and the theme's template name.
    public var template: String {
        switch self {
        case .home: "home"
        case .articleIndex: "articles"
        case .article: "article"
        case .entityIndex: "entities"
        case .entity: "entity"
        case .placeIndex: "places"
        case .place: "place"
        case .timeline: "timeline"
        case .tagIndex: "tags"
        case .tag: "tag"
        case .timelineYear: "timeline"
        case .search: "search"
        case .notFound: "404"
        }
    }

    /// Every page of `graph`, indexes first.
    public static func all(in graph: DossierGraph) -> [SitePage] {
        var pages: [SitePage] = [.home, .articleIndex, .entityIndex, .placeIndex, .timeline, .tagIndex]
        pages += graph.articles.indices.map(SitePage.article)
        pages += graph.entities.indices.map(SitePage.entity)
        pages += graph.places.indices.map(SitePage.place)
        pages += graph.tags.indices.map(SitePage.tag)
        pages += readerPages(in: graph)
        return pages
    }
}
