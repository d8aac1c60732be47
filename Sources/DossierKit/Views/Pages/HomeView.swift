/// The home page's own keys (`home.mustache`).
struct HomeView: Encodable, Sendable {
    struct Counts: Encodable, Sendable {
        let articles: Int
        let entities: Int
        let places: Int
        let events: Int
        let tags: Int
    }

    let latestHtml: FragmentList
    let hasLatest: Bool
    let keyEntities: [Counted<EntityChipView>]
    let keyPlaces: [Counted<PlaceChipView>]
    let recentEventsHtml: FragmentList
    let hasRecentEvents: Bool
    let counts: Counts

    init(from source: PageSource) {
        let graph = source.graph
        latestHtml = source.cards(graph.articles.indices.prefix(10))
        hasLatest = !graph.articles.isEmpty
        keyEntities = Self.top(graph.entityLinks.map(\.articles.count), 8).map {
            Counted(source.fragments.entityChips[$0], count: graph.entityLinks[$0].articles.count)
        }
        keyPlaces = Self.top(graph.placeLinks.map(\.articles.count), 8).map {
            Counted(source.fragments.placeChips[$0], count: graph.placeLinks[$0].articles.count)
        }
        recentEventsHtml = source.fragments.eventList(graph.events.indices.reversed().prefix(8))
        hasRecentEvents = !graph.events.isEmpty
        counts = Counts(
            articles: graph.articles.count, entities: graph.entities.count, places: graph.places.count,
            events: graph.events.count, tags: graph.tags.count)
    }

    /// The indices of the `limit` highest of `counts` above zero, ties in order.
    private static func top(_ counts: [Int], _ limit: Int) -> [Int] {
        Array(
            counts.indices.filter { counts[$0] > 0 }.sorted { counts[$0] != counts[$1] ? counts[$0] > counts[$1] : $0 < $1 }
                .prefix(limit))
    }
}
