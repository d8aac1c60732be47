extension SitePage {
    /// The search page, the 404 page and, for a timeline split by year, one page per year, and for
    /// a year with too many events for one page, its months' pages.
    static func readerPages(in graph: DossierGraph) -> [SitePage] {
        var pages: [SitePage] = [.search, .notFound]
        if splitsTimeline(graph) {
            for year in TimelineYear.all(in: graph) {
                pages.append(.timelineYear(year.year))
                guard year.splitsIntoMonths else { continue }
                for month in year.months {
                    pages += (1...month.pageCount).map { .timelineMonth(year: year.year, month: month.month, page: $0) }
                }
            }
        }
        return pages
    }

    /// Above this many events the timeline gets one page per year.
    static let timelineSplitThreshold = 500

    /// Whether the timeline of `graph` is written as one page per year: the one place that decides
    /// it, for the pages, their views and the search index.
    static func splitsTimeline(_ graph: DossierGraph) -> Bool {
        graph.events.count > timelineSplitThreshold
    }
}
