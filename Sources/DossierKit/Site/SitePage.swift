/// One page of the site: what it shows and where it is written. Long lists are split into pages
/// of `paginateBy` items; `page` counts from 1.
enum SitePage: Sendable, Hashable {
    case home
    case articleIndex(page: Int)
    case article(Int)
    case entityIndex
    case entity(Int, page: Int)
    case placeIndex
    case place(Int, page: Int)
    case timeline
    case tagIndex
    case tag(Int, page: Int)
    /// One year of a timeline split by year (more than `SitePage.timelineSplitThreshold` events).
    case timelineYear(Int)
    /// Page `page` of one month of a year shown a month at a time (`TimelineYear.splitsIntoMonths`);
    /// month 0 holds the events known only to the year.
    case timelineMonth(year: Int, month: Int, page: Int)
    /// A stand-alone page (`content/pages/`).
    case page(Int)
    /// The search page.
    case search
    /// The page hosts show for a missing path (`404.html`).
    case notFound

    /// The kind of page, for the build summary and the theme's template name.
    var template: String {
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
        case .timelineYear, .timelineMonth: "timeline"
        case .page: "page"
        case .search: "search"
        case .notFound: "404"
        }
    }

    /// The kind of page as the build summary counts it: its template, but `continued` for the
    /// second and later pages of a long list (`entities/x/page/2/`), which are not one more entity.
    var summaryKind: String {
        switch self {
        case .articleIndex(let page), .entity(_, let page), .place(_, let page), .tag(_, let page),
            .timelineMonth(_, _, let page):
            page > 1 ? "continued" : template
        default: template
        }
    }

    /// Every page of `graph`, indexes first.
    static func all(in graph: DossierGraph, paginateBy: Int) -> [SitePage] {
        func numbers(_ count: Int) -> ClosedRange<Int> { 1...Pagination.pageCount(items: count, perPage: paginateBy) }
        var pages: [SitePage] = [.home, .entityIndex, .placeIndex, .timeline, .tagIndex]
        pages += numbers(graph.articles.count).map { SitePage.articleIndex(page: $0) }
        pages += graph.articles.indices.map(SitePage.article)
        for number in graph.entities.indices {
            pages += numbers(graph.entityLinks[number].articles.count).map { SitePage.entity(number, page: $0) }
        }
        for number in graph.places.indices {
            pages += numbers(graph.placeLinks[number].articles.count).map { SitePage.place(number, page: $0) }
        }
        for number in graph.tags.indices {
            pages += numbers(graph.tags[number].articles.count).map { SitePage.tag(number, page: $0) }
        }
        pages += graph.pages.indices.map(SitePage.page)
        pages += readerPages(in: graph)
        return pages
    }
}

/// Splits a list into pages.
enum Pagination {
    /// How many pages `items` make at `perPage` each (at least one).
    static func pageCount(items: Int, perPage: Int) -> Int {
        max(1, (items + perPage - 1) / perPage)
    }

    /// The items of `list` on page `page` (1-based).
    static func slice<T>(_ list: [T], page: Int, perPage: Int) -> ArraySlice<T> {
        let start = min(list.count, (page - 1) * perPage)
        return list[start..<min(list.count, start + perPage)]
    }

    /// `base` (`entities/x/index.html`) as page `page`: `entities/x/page/2/index.html`.
    static func path(_ base: String, page: Int) -> String {
        guard page > 1 else { return base }
        let folder = base.hasSuffix("index.html") ? String(base.dropLast("index.html".count)) : base + "/"
        return folder + "page/\(page)/index.html"
    }
}

extension SitePage {
    /// The navigation section the page belongs to (see `CommonView.sections`).
    var section: String {
        switch self {
        case .home: "home"
        case .articleIndex, .article: "articles"
        case .entityIndex, .entity: "entities"
        case .placeIndex, .place: "places"
        case .timeline, .timelineYear, .timelineMonth: "timeline"
        case .tagIndex, .tag: "tags"
        case .page(let number): "page:\(number)"
        case .search: "search"
        case .notFound: "none"
        }
    }
}
