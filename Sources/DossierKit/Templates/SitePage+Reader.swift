extension SitePage {
    /// The search page, the 404 page and, for a timeline split by year, one page per year.
    static func readerPages(in graph: DossierGraph) -> [SitePage] {
        var pages: [SitePage] = [.search, .notFound]
        if graph.events.count > ReaderData.timelineSplitThreshold {
            pages += TimelineYear.all(in: graph).map { .timelineYear($0.year) }
        }
        return pages
    }
}
