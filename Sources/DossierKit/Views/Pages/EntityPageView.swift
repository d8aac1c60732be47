/// An entity's page (`entity.mustache`, under `entity`). Later pages of its article list
/// (`is_continuation`) carry the header and the list only: the profile, timeline and connections
/// are on the first.
struct EntityPageView: Encodable, Sendable {
    let name: String
    let aliases: [String]
    let hasAliases: Bool
    let type: String
    let typeLabel: String
    let profileHtml: RenderedHTML?
    let isStub: Bool
    let articlesHtml: FragmentList
    let hasArticles: Bool
    let articleCount: Int
    let related: [Counted<EntityChipView>]
    let hasRelated: Bool
    let places: [Counted<PlaceChipView>]
    let hasPlaces: Bool
    let pagination: PaginationView?
    let isContinuation: Bool?
    let firstPageUrl: SiteLink?
    let events: Inline<EventListView>?
    let placesMore: Int?
    let role: String?
    let firstMention: DateView?
    let lastMention: DateView?

    init(_ number: Int, page: Int, from source: PageSource) {
        let graph = source.graph
        let entity = graph.entities[number]
        let links = graph.entityLinks[number]
        let first = page == 1
        name = entity.name
        aliases = entity.aliases
        hasAliases = !entity.aliases.isEmpty
        type = entity.type.rawValue
        typeLabel = entity.type.label
        isStub = entity.isStub
        articlesHtml = source.cards(Pagination.slice(links.articles, page: page, perPage: source.paginateBy))
        hasArticles = !links.articles.isEmpty
        articleCount = links.articles.count
        pagination = PaginationView(
            page: page, items: links.articles.count, perPage: source.paginateBy, base: SiteURLs.entity(entity.id))
        let explicitIDs = Set(links.explicitRelated)
        let related =
            links.explicitRelated.compactMap { source.fragments.entity($0, in: graph) }
            + links.coMentioned.filter { !explicitIDs.contains($0.id) }.prefix(12).compactMap {
                source.fragments.entity($0.id, in: graph, count: $0.count)
            }
        let places = links.places.prefix(source.sidebarLimit).compactMap {
            source.fragments.place($0.id, in: graph, count: $0.count)
        }
        profileHtml = first ? source.entityBody(number) : nil
        self.related = first ? related : []
        hasRelated = first && !related.isEmpty
        self.places = first ? places : []
        hasPlaces = first && !links.places.isEmpty
        isContinuation = first ? nil : true
        firstPageUrl = first ? nil : SiteLink(SiteURLs.entity(entity.id))
        events = first ? Inline(EventListView(links.events, from: source)) : nil
        placesMore = first && links.places.count > source.sidebarLimit ? links.places.count - source.sidebarLimit : nil
        role = first ? entity.role : nil
        let dated = first ? links.articles : []
        firstMention = dated.last.map { DateView(graph.articles[$0].date) }
        lastMention = dated.first.map { DateView(graph.articles[$0].date) }
    }
}

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
