/// What the reader-side features (activity strips, locator maps, the timeline overview, metadata) need
/// from the whole graph, worked out once per build so that each page only looks things up.
struct ReaderData: Sendable {
    /// The site's public address, ending in `/`, when known.
    let baseURL: String?
    /// The months an activity strip spans: from the first article's month to the last's, at least a year.
    let months: MonthSpan?
    /// Each article's bucket in `months`, by article index.
    let articleMonths: [Int]
    /// The places that have coordinates, most mentioned first.
    let locations: [LocatorMap.Location]
    /// The projection of the places index map: every place with coordinates.
    let map: LocatorMap.Frame?
    /// Events per year, oldest year first, with the range of event indices of each year.
    let years: [TimelineYear]
    /// Whether the timeline is written as one page per year.
    let splitsTimeline: Bool
    /// The timeline page that lists each event, by event index.
    let eventPages: [String]

    init(graph: DossierGraph, site: SiteConfig) {
        baseURL = site.baseURL
        let span = MonthSpan(dates: graph.articles.map(\.date))
        months = span
        articleMonths = span.map { span in graph.articles.map { span.bucket(of: $0.date) } } ?? []
        locations = LocatorMap.Location.all(in: graph)
        map = LocatorMap.Frame(locations: locations)
        years = TimelineYear.all(in: graph)
        splitsTimeline = SitePage.splitsTimeline(graph)
        eventPages = EventAnchors.timelinePages(in: graph, years: years, splits: splitsTimeline)
    }
}

/// A run of whole months, `first` to `last` inclusive, counted as `year * 12 + month - 1`.
struct MonthSpan: Sendable, Hashable, Encodable {
    let first: Int
    let last: Int

    /// The months from the earliest to the latest of `dates`, widened back to at least twelve months;
    /// `nil` without dates. A date known only to the year counts in its January.
    init?(dates: [PartialDate]) {
        guard let low = dates.map(Self.number).min(), let high = dates.map(Self.number).max() else { return nil }
        first = min(low, high - 11)
        last = high
    }

    var count: Int { last - first + 1 }

    /// The bucket (0-based) that `date` falls in.
    func bucket(of date: PartialDate) -> Int { Self.number(date) - first }

    /// The year and month (1–12) of bucket `index`.
    func yearMonth(_ index: Int) -> (year: Int, month: Int) {
        let number = first + index
        return (number / 12, number % 12 + 1)
    }

    /// "April 2016" for bucket `index`, as `dates` write a month.
    func label(_ index: Int, in dates: DateText) -> String {
        let (year, month) = yearMonth(index)
        return dates.month(month, of: year)
    }

    private static func number(_ date: PartialDate) -> Int { date.year * 12 + (date.month ?? 1) - 1 }
}
