/// The timeline pages: `timeline/index.html` with every event and the year overview, or, when the
/// dossier has more than `SitePage.timelineSplitThreshold` events, an overview page linking to one
/// page per year (`timeline/<year>/index.html`), each with the overview too.
extension PageContexts {
    /// The timeline keys for a page that shows the events of `shown` (every year on a single
    /// timeline, one year on a year page, none on the overview of a split timeline).
    func timelineContext(showing shown: [TimelineYear], current: Int?, at path: String) -> [String: Any] {
        let links = Dictionary(
            uniqueKeysWithValues: reader.years.map { year in
                (
                    year.year,
                    reader.splitsTimeline
                        ? SiteURLs.link(to: SiteURLs.timelineYear(year.year), from: path) : "#y\(year.year)"
                )
            })
        let yearLinks: [[String: Any]] = reader.years.map { year in
            ["year": year.year, "url": links[year.year]!, "count": year.events.count, "current": year.year == current]
        }
        var context: [String: Any] = [
            "years": shown.map { timelineYear($0, at: path) },
            "year_links": yearLinks,
            "is_split": reader.splitsTimeline,
            "is_year_page": current != nil,
            "count": graph.events.count,
            "overview_svg_html": TimelineOverview.svg(years: reader.years, links: links, current: current, id: "overview"),
        ]
        if let current, let position = reader.years.firstIndex(where: { $0.year == current }) {
            context["year"] = current
            context["year_count"] = reader.years[position].events.count
            context["timeline_url"] = SiteURLs.link(to: SiteURLs.path(of: .timeline, in: graph), from: path)
            if position > 0 { context["previous_year"] = yearLinks[position - 1] }
            if position + 1 < yearLinks.count { context["next_year"] = yearLinks[position + 1] }
        }
        return context
    }

    /// One year's section: its events grouped by month, events known only to the year first.
    private func timelineYear(_ year: TimelineYear, at path: String) -> [String: Any] {
        var months: [[String: Any]] = []
        var start = year.events.lowerBound
        for index in year.events
        where index + 1 == year.events.upperBound
            || graph.events[index + 1].record.date.month != graph.events[index].record.date.month
        {
            let date = graph.events[index].record.date
            let label = date.month.map { "\(PartialDate.monthNames[$0 - 1]) \(year.year)" } ?? "During \(year.year)"
            months.append([
                "label": label, "anchor": SiteURLs.timelineAnchor(date),
                "events_html": events(start...index, from: path),
            ])
            start = index + 1
        }
        return ["year": year.year, "anchor": "y\(year.year)", "count": year.events.count, "months": months]
    }
}
