/// The latest events of an entity or place (at most `ViewSource.eventLimit`, in time order), with
/// the counts, as keys of the page's view.
struct EventListView: Encodable, Sendable {
    let eventsHtml: FragmentList
    let hasEvents: Bool
    let eventCount: Int
    let eventsShown: Int
    let eventsTruncated: Bool

    init(_ numbers: [Int], from source: PageSource) {
        let shown = numbers.suffix(source.eventLimit)
        eventsHtml = source.fragments.eventList(shown)
        hasEvents = !numbers.isEmpty
        eventCount = numbers.count
        eventsShown = shown.count
        eventsTruncated = shown.count < numbers.count
    }
}
