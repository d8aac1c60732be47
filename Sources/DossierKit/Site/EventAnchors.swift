/// Events with an `id:`: the id is the event's anchor (`<li id="moscow-ceasefire">`) on every page
/// that lists it, and the timeline page that lists it is its address (`timeline/index.html#id`, or
/// the page of its year or month when the timeline is split).
enum EventAnchors {
    /// Anchors the theme itself gives elements (headings, the search form): an event may not take one.
    static let reserved: Set<String> = [
        "main", "overview", "quick-find-input", "quick-find-status", "not-found-input", "search-input", "search-kind",
        "search-year", "search-results", "search-status", "search-active-filters", "all-articles-heading",
        "all-places-heading", "articles-heading", "children-heading", "corrections-heading", "entities-heading",
        "events-heading", "latest-heading", "places-heading", "related-heading", "sources-heading",
        "tag-articles-heading", "tags-heading",
    ]

    /// Why `id` cannot be an event's id, or `nil` when it can: a slug (`a-z`, `0-9`, `-`, starting
    /// with a letter) of at most `ContentParser.maximumEventIDLength` characters that is not one of
    /// the theme's anchors nor looks like the timeline's (`y2016`, `y2016-04`).
    static func problem(withID id: String) -> String? {
        let limit = ContentParser.maximumEventIDLength
        guard !id.isEmpty else { return "the event's 'id' is empty; give a slug (moscow-ceasefire), or remove the line" }
        guard id.count <= limit else {
            return "the event's 'id' is \(id.count) characters long; an id is a short slug, at most \(limit) characters"
        }
        let bytes = Array(id.utf8)
        let isSlug =
            bytes.allSatisfy { (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) || $0 == 0x2D }
            && (0x61...0x7A).contains(bytes[0]) && bytes.last != 0x2D && !id.contains("--")
        guard isSlug else {
            let slug = TextFolding.slug(id)
            let suggestion = slug.first?.isLetter == true ? " ('\(slug)')" : " (moscow-ceasefire)"
            return
                "the event id '\(id)' is not a slug; write lower-case letters a-z, digits and single '-', starting with a letter\(suggestion)"
        }
        if reserved.contains(id) || id.hasPrefix("overview-") || id.hasPrefix("fn-") || id.hasPrefix("fnref-")
            || (bytes.count >= 2 && bytes[0] == 0x79 && (0x30...0x39).contains(bytes[1]))
        {
            return
                "the event id '\(id)' is an anchor the theme gives its own elements (headings, the timeline's years and months, footnotes); choose another (\(id)-event)"
        }
        return nil
    }

    /// The timeline page (a site path) that lists each event of `graph`, by event index.
    static func timelinePages(in graph: DossierGraph, years: [TimelineYear], splits: Bool) -> [String] {
        guard splits else { return Array(repeating: SiteURLs.path(of: .timeline, in: graph), count: graph.events.count) }
        var pages: [String] = []
        pages.reserveCapacity(graph.events.count)
        for year in years {
            guard year.splitsIntoMonths else {
                pages += Array(repeating: SiteURLs.timelineYear(year.year), count: year.events.count)
                continue
            }
            for month in year.months {
                for index in month.events {
                    let page = (index - month.events.lowerBound) / TimelineMonth.eventsPerPage + 1
                    pages.append(
                        SiteURLs.path(of: .timelineMonth(year: year.year, month: month.month, page: page), in: graph))
                }
            }
        }
        return pages
    }
}
