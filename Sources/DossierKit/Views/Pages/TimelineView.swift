/// The timeline's keys (`timeline.mustache`): every event on one page, or, when the timeline is
/// split by year, an overview page and one page per year (see `SitePage.splitsTimeline`).
struct TimelineView: Encodable, Sendable {
    struct Year: Encodable, Sendable {
        let year: Int
        let anchor: String
        let count: Int
        let months: [Month]
    }

    /// A month's events, or the events known only to the year.
    struct Month: Encodable, Sendable {
        let label: String
        let anchor: String
        let eventsHtml: FragmentList
    }

    struct YearLink: Encodable, Sendable {
        let year: Int
        let url: SiteLink
        let count: Int
        let current: Bool
    }

    let years: [Year]
    let yearLinks: [YearLink]
    let isSplit: Bool
    let isYearPage: Bool
    let count: Int
    let overviewSvgHtml: Drawn<TimelineOverviewView>
    let year: Int?
    let yearCount: Int?
    let timelineUrl: SiteLink?
    let previousYear: YearLink?
    let nextYear: YearLink?

    /// The timeline page (`current` nil) or the page of the year `current`.
    init(current: Int?, from source: PageSource) {
        let reader = source.reader
        let split = reader.splitsTimeline
        let links = reader.years.map { year in
            split ? SiteLink(SiteURLs.timelineYear(year.year)) : SiteLink.anchor("y\(year.year)")
        }
        let yearLinks = zip(reader.years, links).map { year, link in
            YearLink(year: year.year, url: link, count: year.events.count, current: year.year == current)
        }
        self.yearLinks = yearLinks
        let shown = current.map { current in reader.years.filter { $0.year == current } } ?? (split ? [] : reader.years)
        years = shown.map { Self.year($0, from: source) }
        isSplit = split
        isYearPage = current != nil
        count = source.graph.events.count
        overviewSvgHtml = Drawn(TimelineOverviewView(years: reader.years, links: links, current: current, id: "overview"))
        let position = current.flatMap { current in reader.years.firstIndex { $0.year == current } }
        year = position.map { reader.years[$0].year }
        yearCount = position.map { reader.years[$0].events.count }
        timelineUrl = position.map { _ in SiteLink(SiteURLs.path(of: .timeline, in: source.graph)) }
        previousYear = position.flatMap { $0 > 0 ? yearLinks[$0 - 1] : nil }
        nextYear = position.flatMap { $0 + 1 < yearLinks.count ? yearLinks[$0 + 1] : nil }
    }

    /// One year's section: its events grouped by month, events known only to the year first.
    private static func year(_ year: TimelineYear, from source: PageSource) -> Year {
        let events = source.graph.events
        var months: [Month] = []
        var start = year.events.lowerBound
        for index in year.events
        where index + 1 == year.events.upperBound || events[index + 1].record.date.month != events[index].record.date.month {
            let date = events[index].record.date
            let label =
                date.month.map { source.language.dates.month($0, of: year.year) }
                ?? source.language.translations.text("during_year", numbers: ["year": year.year])
            months.append(
                Month(label: label, anchor: SiteURLs.timelineAnchor(date), eventsHtml: source.fragments.eventList(start...index)))
            start = index + 1
        }
        return Year(year: year.year, anchor: "y\(year.year)", count: year.events.count, months: months)
    }
}

/// The timeline's year-by-year overview picture, drawn from these values (`TimelineOverview`).
struct TimelineOverviewView: Picture {
    let years: [TimelineYear]
    /// Each year's link, in the order of `years`.
    let links: [SiteLink]
    let current: Int?
    let id: String

    func templateData(in context: TemplateData.Context) -> Any {
        let urls = Dictionary(uniqueKeysWithValues: zip(years.map(\.year), links.map { $0.relative(from: context.root) }))
        let language = context.language ?? .english
        return TimelineOverview.svg(
            years: years, links: urls, current: current, id: id, translations: language.translations,
            rightToLeft: language.direction == "rtl")
    }
}
