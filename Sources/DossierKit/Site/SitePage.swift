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
    /// Page `page` of every event of an article, an entity or a place, oldest first, when there are
    /// more than its own page lists (`EventListView.inlineLimit`): `articles/<id>/events/`.
    case articleEvents(Int, page: Int)
    case entityEvents(Int, page: Int)
    case placeEvents(Int, page: Int)
    /// Page `page` (from 2: page 1 is the tree) of the places index, every place in alphabetical
    /// order, when the tree cannot show them all (`PlaceIndexView.wholeTreeLimit`).
    case placeList(page: Int)
    /// Page `page` of the places directly within a place, in alphabetical order, when its own page
    /// lists only some (`PlacePageView.childLimit`): `places/<id>/within/`.
    case placeChildren(Int, page: Int)
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
        case .articleEvents, .entityEvents, .placeEvents: "events"
        case .placeList, .placeChildren: "place-list"
        case .page: "page"
        case .search: "search"
        case .notFound: "404"
        }
    }

    /// The kind of page as the build summary counts it: its template, but `continued` for the
    /// second and later pages of a long list (`entities/x/page/2/`), which are not one more entity,
    /// and for the pages a long list of events or places goes on to.
    var summaryKind: String {
        switch self {
        case .articleEvents, .entityEvents, .placeEvents, .placeList, .placeChildren: "continued"
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
        pages += eventPages(graph.articleLinks.map(\.events.count), SitePage.articleEvents)
        for number in graph.entities.indices {
            pages += numbers(graph.entityLinks[number].articles.count).map { SitePage.entity(number, page: $0) }
        }
        pages += eventPages(graph.entityLinks.map(\.events.count), SitePage.entityEvents)
        for number in graph.places.indices {
            pages += numbers(graph.placeLinks[number].articles.count).map { SitePage.place(number, page: $0) }
        }
        pages += eventPages(graph.placeLinks.map(\.events.count), SitePage.placeEvents)
        if graph.places.count > PlaceIndexView.wholeTreeLimit {
            let count = Pagination.pageCount(items: graph.places.count, perPage: PlaceListView.perPage)
            pages += (2...(count + 1)).map { SitePage.placeList(page: $0) }
        }
        for number in graph.places.indices where graph.placeLinks[number].childIDs.count > PlacePageView.childLimit {
            let count = Pagination.pageCount(items: graph.placeLinks[number].childIDs.count, perPage: PlaceListView.perPage)
            pages += (1...count).map { SitePage.placeChildren(number, page: $0) }
        }
        for number in graph.tags.indices {
            pages += numbers(graph.tags[number].articles.count).map { SitePage.tag(number, page: $0) }
        }
        pages += graph.pages.indices.map(SitePage.page)
        pages += readerPages(in: graph)
        return pages
    }

    /// The pages of the event lists longer than their subject's page shows, from each subject's
    /// number of events.
    private static func eventPages(_ counts: [Int], _ page: (Int, Int) -> SitePage) -> [SitePage] {
        counts.indices.filter { counts[$0] > EventListView.inlineLimit }.flatMap { number in
            (1...Pagination.pageCount(items: counts[number], perPage: EventListView.perPage)).map { page(number, $0) }
        }
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
        case .articleIndex, .article, .articleEvents: "articles"
        case .entityIndex, .entity, .entityEvents: "entities"
        case .placeIndex, .place, .placeEvents, .placeList, .placeChildren: "places"
        case .timeline, .timelineYear, .timelineMonth: "timeline"
        case .tagIndex, .tag: "tags"
        case .page(let number): "page:\(number)"
        case .search: "search"
        case .notFound: "none"
        }
    }
}
