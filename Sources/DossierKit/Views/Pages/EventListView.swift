/// The latest events of an article, entity or place (at most `inlineLimit`, in time order), with
/// the counts, as keys of the page's view; when there are more, a link to the pages that list them
/// all (`EventListPageView`).
struct EventListView: Encodable, Sendable {
    let eventsHtml: FragmentList
    let hasEvents: Bool
    let eventCount: Int
    let eventsShown: Int
    let eventsTruncated: Bool
    /// The first of the pages listing every event, when they are not all shown here.
    let allEventsUrl: SiteLink?
    /// How many pages those are.
    let eventPageCount: Int?

    /// The most events a subject's own page lists: the latest ones.
    static let inlineLimit = 100
    /// The most events on one page of a subject's events: as many as on a page of the timeline.
    static let perPage = TimelineMonth.eventsPerPage

    /// The events `numbers` (event indices, in time order) of the subject whose page is `subject`
    /// (`entities/x/index.html`).
    init(_ numbers: [Int], subject: String, from source: PageSource) {
        let shown = numbers.suffix(Self.inlineLimit)
        eventsHtml = source.fragments.eventList(shown)
        hasEvents = !numbers.isEmpty
        eventCount = numbers.count
        eventsShown = shown.count
        eventsTruncated = shown.count < numbers.count
        allEventsUrl = eventsTruncated ? SiteLink(SiteURLs.events(of: subject)) : nil
        eventPageCount = eventsTruncated ? Pagination.pageCount(items: numbers.count, perPage: Self.perPage) : nil
    }
}

/// A page of every event of an article, entity or place (`events.mustache`), oldest first, at most
/// `EventListView.perPage` a page.
struct EventListPageView: Encodable, Sendable {
    /// What the events are of: its name and page.
    struct Subject: Encodable, Sendable {
        let name: String
        let url: SiteLink
        /// `article`, `entity` or `place`.
        let kind: String
        /// The language of its name, when not the page's.
        let textLanguage: TextLanguage?
    }

    let subject: Subject
    /// "Events: Sinaloa Cartel (page 2)", the name marked with its language.
    let heading: MarkedText
    let eventsHtml: FragmentList
    let eventCount: Int
    let perPage: Int
    /// When the first and the last events of this page began, as a range ("2 March – 5 June 2010").
    let pageRange: String
    let pagination: PaginationView?

    /// Page `page` of `events` (event indices, in time order) of the subject named `name`, whose
    /// page is `subject` (`entities/x/index.html`).
    init(
        name: String, kind: String, subject: String, language: String?, events: [Int], page: Int, from source: PageSource
    ) {
        self.subject = Subject(name: name, url: SiteLink(subject), kind: kind, textLanguage: TextLanguage(language))
        let t = source.language.translations
        heading = MarkedText(names: [(name, language)]) { names in
            let title = t.text("events_of", ["name": names[0]])
            return page > 1 ? t.text("title_page", ["title": title], numbers: ["page": page]) : title
        }
        let shown = Pagination.slice(events, page: page, perPage: EventListView.perPage)
        eventsHtml = source.fragments.eventList(shown)
        eventCount = events.count
        perPage = EventListView.perPage
        let graph = source.graph
        pageRange =
            shown.first.flatMap { first in
                shown.last.map { last in
                    source.language.dates.text(from: graph.events[first].record.date, to: graph.events[last].record.date)
                }
            } ?? ""
        pagination = PaginationView(
            page: page, items: events.count, perPage: EventListView.perPage, base: SiteURLs.events(of: subject),
            order: .time)
    }
}
