/// The events of one year: the timeline's unit of pages and overview bars.
struct TimelineYear: Sendable, Hashable, Encodable {
    let year: Int
    /// Event indices (the graph's events are in timeline order, so a year's are contiguous).
    let events: Range<Int>
    /// The year's events by month, in order: the events known only to the year first (month 0).
    let months: [TimelineMonth]

    /// Whether the year's events are shown a month at a time, on pages of their own
    /// (`timeline/2021/08/`), the year's page listing the months: a year with more events than
    /// `TimelineMonth.eventsPerPage` would make too large a page.
    var splitsIntoMonths: Bool { events.count > TimelineMonth.eventsPerPage }

    /// The years that have events, oldest first.
    static func all(in graph: DossierGraph) -> [TimelineYear] {
        var years: [TimelineYear] = []
        var start = 0
        var months: [TimelineMonth] = []
        var monthStart = 0
        for index in graph.events.indices {
            let date = graph.events[index].record.date
            let next = index + 1 < graph.events.count ? graph.events[index + 1].record.date : nil
            if next?.year != date.year || next?.month != date.month {
                months.append(TimelineMonth(year: date.year, month: date.month ?? 0, events: monthStart..<(index + 1)))
                monthStart = index + 1
            }
            if next?.year != date.year {
                years.append(TimelineYear(year: date.year, events: start..<(index + 1), months: months))
                start = index + 1
                months = []
            }
        }
        return years
    }
}

/// The events of one month of a year (month 0: the events known only to the year), on pages of at
/// most `eventsPerPage` events.
struct TimelineMonth: Sendable, Hashable, Encodable {
    let year: Int
    /// 1–12, or 0 for the events whose date gives only the year.
    let month: Int
    let events: Range<Int>

    /// The most events on one page of the timeline: with their chips and sources, a few hundred
    /// events keep a page well under a megabyte.
    static let eventsPerPage = 300

    /// How many pages the month's events take.
    var pageCount: Int { Pagination.pageCount(items: events.count, perPage: Self.eventsPerPage) }

    /// The events shown on page `page` (1-based).
    func events(onPage page: Int) -> Range<Int> {
        let start = min(events.upperBound, events.lowerBound + (page - 1) * Self.eventsPerPage)
        return start..<min(events.upperBound, start + Self.eventsPerPage)
    }
}
