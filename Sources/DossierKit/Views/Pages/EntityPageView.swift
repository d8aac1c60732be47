/// An entity's page (`entity.mustache`, under `entity`): its subject's keys (`SubjectPageView`),
/// and on the first page its role, connections and the span of its mentions.
struct EntityPageView: Encodable, Sendable {
    let subject: Inline<SubjectPageView>
    let related: [Counted<EntityChipView>]
    let hasRelated: Bool
    let places: [Counted<PlaceChipView>]
    let hasPlaces: Bool
    let placesMore: Int?
    let role: String?
    let firstMention: DateView?
    let lastMention: DateView?

    init(_ number: Int, page: Int, from source: PageSource) {
        let graph = source.graph
        let entity = graph.entities[number]
        let links = graph.entityLinks[number]
        let first = page == 1
        subject = Inline(
            SubjectPageView(
                name: entity.name, aliases: entity.aliases, type: entity.type.rawValue,
                typeLabel: source.language.translations.text("entity_type_" + entity.type.rawValue),
                isStub: entity.isStub, base: SiteURLs.entity(entity.id), articles: links.articles, events: links.events,
                page: page, image: entity.image, language: entity.language, from: source,
                profile: { source.entityBody(number) }))
        let explicitIDs = Set(links.explicitRelated)
        let related =
            links.explicitRelated.compactMap { source.fragments.entity($0, in: graph) }
            + links.coMentioned.filter { !explicitIDs.contains($0.id) }.prefix(12).compactMap {
                source.fragments.entity($0.id, in: graph, count: $0.count)
            }
        let places = links.places.prefix(source.sidebarLimit).compactMap {
            source.fragments.place($0.id, in: graph, count: $0.count)
        }
        self.related = first ? related : []
        hasRelated = first && !related.isEmpty
        self.places = first ? places : []
        hasPlaces = first && !links.places.isEmpty
        placesMore = first && links.places.count > source.sidebarLimit ? links.places.count - source.sidebarLimit : nil
        role = first ? entity.role : nil
        let dated = first ? links.articles : []
        firstMention = dated.last.map { DateView(graph.articles[$0].date, in: source.language.dates) }
        lastMention = dated.first.map { DateView(graph.articles[$0].date, in: source.language.dates) }
    }
}
