/// The timeline's keys (`timeline.mustache`): every event on one page, or, when the timeline is
/// split by year, an overview page and one page per year (see `SitePage.splitsTimeline`); a year
/// with too many events for one page lists its months, each on pages of its own
/// (`TimelineYear.splitsIntoMonths`).
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

    /// A month of a year shown a month at a time, or one page of it.
    struct MonthLink: Encodable, Sendable {
        let label: String
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
    /// On the page of a year shown a month at a time: its months, with their counts.
    let monthLinks: [MonthLink]
    let splitsIntoMonths: Bool
    /// On a month's page: the month, its year's page, the events on the page, and the pages
    /// before and after it in the year.
    let isMonthPage: Bool
    let monthLabel: String?
    let monthCount: Int?
    let yearUrl: SiteLink?
    let previousMonth: MonthLink?
    let nextMonth: MonthLink?

    /// The timeline page (`current` nil) or the page of the year `current`.
    init(current: Int?, from source: PageSource) {
        let reader = source.reader
        let split = reader.splitsTimeline
        let links = Self.yearLinks(from: source)
        let yearLinks = zip(reader.years, links).map { year, link in
            YearLink(year: year.year, url: link, count: year.events.count, current: year.year == current)
        }
        self.yearLinks = yearLinks
        let shown = current.map { current in reader.years.filter { $0.year == current } } ?? (split ? [] : reader.years)
        years = shown.filter { !$0.splitsIntoMonths }.map { Self.year($0, from: source) }
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
        let monthly = position.map { reader.years[$0] }.flatMap { $0.splitsIntoMonths ? $0 : nil }
        splitsIntoMonths = monthly != nil
        monthLinks =
            monthly?.months.map { month in
                MonthLink(
                    label: Self.label(ofMonth: month.month, year: month.year, in: source.language),
                    url: SiteLink(SiteURLs.timelineMonth(month.year, month.month)), count: month.events.count, current: false)
            } ?? []
        isMonthPage = false
        monthLabel = nil
        monthCount = nil
        yearUrl = nil
        previousMonth = nil
        nextMonth = nil
    }

    /// Page `page` of the month `month` (0: the events known only to the year) of `year`.
    init(year: Int, month: Int, page: Int, from source: PageSource) {
        let reader = source.reader
        let links = Self.yearLinks(from: source)
        let yearLinks = zip(reader.years, links).map { entry, link in
            YearLink(year: entry.year, url: link, count: entry.events.count, current: entry.year == year)
        }
        self.yearLinks = yearLinks
        isSplit = true
        isYearPage = false
        count = source.graph.events.count
        overviewSvgHtml = Drawn(TimelineOverviewView(years: reader.years, links: links, current: year, id: "overview"))
        let entry = reader.years.first { $0.year == year }
        self.year = year
        yearCount = entry?.events.count
        timelineUrl = SiteLink(SiteURLs.path(of: .timeline, in: source.graph))
        previousYear = nil
        nextYear = nil
        monthLinks = []
        splitsIntoMonths = true
        isMonthPage = true
        let label = Self.label(ofMonth: month, year: year, in: source.language)
        monthLabel =
            page > 1 ? source.language.translations.text("title_page", ["title": label], numbers: ["page": page]) : label
        let shown = entry?.months.first { $0.month == month }
        let events = shown?.events(onPage: page) ?? 0..<0
        monthCount = shown?.events.count
        yearUrl = SiteLink(SiteURLs.timelineYear(year))
        years = [
            Year(
                year: year, anchor: "y\(year)", count: events.count,
                months: [
                    Month(
                        label: label, anchor: month == 0 ? "y\(year)-year" : "y\(year)-\(month < 10 ? "0" : "")\(month)",
                        eventsHtml: source.fragments.eventList(events))
                ])
        ]
        // The pages of the year in order, each month's one after the other.
        let sequence = (entry?.months ?? []).flatMap { month in (1...month.pageCount).map { (month, $0) } }
        let here = sequence.firstIndex { $0.0.month == month && $0.1 == page }
        func link(_ index: Int) -> MonthLink? {
            guard sequence.indices.contains(index) else { return nil }
            let (target, number) = sequence[index]
            let name = Self.label(ofMonth: target.month, year: year, in: source.language)
            return MonthLink(
                label: number > 1
                    ? source.language.translations.text("title_page", ["title": name], numbers: ["page": number]) : name,
                url: SiteLink(SiteURLs.path(of: .timelineMonth(year: year, month: target.month, page: number), in: source.graph)),
                count: target.events(onPage: number).count, current: false)
        }
        previousMonth = here.flatMap { link($0 - 1) }
        nextMonth = here.flatMap { link($0 + 1) }
    }

    /// "August 2021", or "During 2021" for month 0.
    static func label(ofMonth month: Int, year: Int, in language: SiteLanguage) -> String {
        month == 0
            ? language.translations.text("during_year", numbers: ["year": year]) : language.dates.month(month, of: year)
    }

    /// Each year's link from the overview: its page, or its section of the one timeline page.
    private static func yearLinks(from source: PageSource) -> [SiteLink] {
        source.reader.years.map { year in
            source.reader.splitsTimeline ? SiteLink(SiteURLs.timelineYear(year.year)) : SiteLink.anchor("y\(year.year)")
        }
    }

    /// One year's section: its events grouped by month, events known only to the year first.
    private static func year(_ year: TimelineYear, from source: PageSource) -> Year {
        let months = year.months.map { month in
            Month(
                label: label(ofMonth: month.month, year: year.year, in: source.language),
                anchor: SiteURLs.timelineAnchor(source.graph.events[month.events.lowerBound].record.date),
                eventsHtml: source.fragments.eventList(month.events.lowerBound...(month.events.upperBound - 1)))
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
