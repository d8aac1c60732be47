/// The events of one year: the timeline's unit of pages and overview bars.
struct TimelineYear: Sendable, Hashable, Encodable {
    let year: Int
    /// Event indices (the graph's events are in timeline order, so a year's are contiguous).
    let events: Range<Int>

    /// The years that have events, oldest first.
    static func all(in graph: DossierGraph) -> [TimelineYear] {
        var years: [TimelineYear] = []
        var start = 0
        for index in graph.events.indices
        where index + 1 == graph.events.count
            || graph.events[index + 1].record.date.year != graph.events[index].record.date.year
        {
            years.append(TimelineYear(year: graph.events[index].record.date.year, events: start..<(index + 1)))
            start = index + 1
        }
        return years
    }
}
