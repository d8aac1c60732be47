/// An article's page (`article.mustache`, under `article`).
struct ArticlePageView: Encodable, Sendable {
    struct TagLink: Encodable, Sendable {
        let name: String
        let url: SiteLink
    }

    struct Source: Encodable, Sendable {
        let name: String
        let url: String?
    }

    let title: String
    let dateIso: String
    let dateDisplay: String
    let summary: String
    let bodyHtml: RenderedHTML
    let entities: [Counted<EntityChipView>]
    let places: [Counted<PlaceChipView>]
    let tags: [TagLink]
    let eventsHtml: FragmentList
    let relatedHtml: FragmentList
    let hasEntities: Bool
    let hasPlaces: Bool
    let hasTags: Bool
    let hasEvents: Bool
    let hasRelated: Bool
    let source: Source?

    init(_ number: Int, from source: PageSource) {
        let graph = source.graph
        let article = graph.articles[number]
        let links = graph.articleLinks[number]
        title = article.title
        dateIso = article.date.description
        dateDisplay = article.date.displayText
        summary = source.summary(number)
        bodyHtml = source.articleBody(number)
        entities = links.entityIDs.compactMap { source.fragments.entity($0, in: graph) }
        places = links.placeIDs.compactMap { source.fragments.place($0, in: graph) }
        tags = links.tagSlugs.compactMap { slug in
            source.tagNames[slug].map { TagLink(name: $0, url: SiteLink(SiteURLs.tag(slug))) }
        }
        eventsHtml = source.fragments.eventList(links.events)
        relatedHtml = source.cards(links.related)
        hasEntities = !links.entityIDs.isEmpty
        hasPlaces = !links.placeIDs.isEmpty
        hasTags = !links.tagSlugs.isEmpty
        hasEvents = !links.events.isEmpty
        hasRelated = !links.related.isEmpty
        self.source = article.source.map { Source(name: $0.name ?? $0.url ?? "", url: $0.url) }
    }
}
