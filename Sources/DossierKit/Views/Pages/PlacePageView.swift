import Foundation

/// A place's page (`place.mustache`, under `place`). Later pages of its article list
/// (`is_continuation`) carry the header and the list only.
struct PlacePageView: Encodable, Sendable {
    /// Coordinates as shown, with a link to OpenStreetMap.
    struct Coordinates: Encodable, Sendable {
        let latitude: String
        let longitude: String
        let display: String
        let osmUrl: String

        init(_ coordinates: DossierKit.Coordinates) {
            let lat = Self.format(coordinates.latitude)
            let lon = Self.format(coordinates.longitude)
            latitude = lat
            longitude = lon
            let north = coordinates.latitude >= 0 ? "N" : "S"
            let east = coordinates.longitude >= 0 ? "E" : "W"
            display =
                "\(Self.format(abs(coordinates.latitude)))° \(north), \(Self.format(abs(coordinates.longitude)))° \(east)"
            osmUrl = "https://www.openstreetmap.org/?mlat=\(lat)&mlon=\(lon)#map=11/\(lat)/\(lon)"
        }

        /// At most four decimals, no trailing zeros.
        private static func format(_ value: Double) -> String {
            var text = String(format: "%.4f", value)
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
            return text
        }
    }

    let name: String
    let aliases: [String]
    let hasAliases: Bool
    let type: String
    let typeLabel: String
    let profileHtml: RenderedHTML?
    let isStub: Bool
    let breadcrumb: [Counted<PlaceChipView>]
    let hasBreadcrumb: Bool
    let children: [Counted<PlaceChipView>]
    let hasChildren: Bool
    let articlesHtml: FragmentList
    let hasArticles: Bool
    let articleCount: Int
    let entities: [Counted<EntityChipView>]
    let hasEntities: Bool
    let pagination: PaginationView?
    let isContinuation: Bool?
    let firstPageUrl: SiteLink?
    let events: Inline<EventListView>?
    let entitiesMore: Int?
    let coordinates: Coordinates?

    init(_ number: Int, page: Int, from source: PageSource) {
        let graph = source.graph
        let place = graph.places[number]
        let links = graph.placeLinks[number]
        let first = page == 1
        name = place.name
        aliases = place.aliases
        hasAliases = !place.aliases.isEmpty
        type = place.type.rawValue
        typeLabel = place.type.label
        isStub = place.isStub
        breadcrumb = source.ancestors(ofPlace: number).reversed().map { Counted(source.fragments.placeChips[$0], count: nil) }
        hasBreadcrumb = !breadcrumb.isEmpty
        let children = links.childIDs.compactMap { source.fragments.place($0, in: graph) }
        self.children = first ? children : []
        hasChildren = first && !children.isEmpty
        articlesHtml = source.cards(Pagination.slice(links.articles, page: page, perPage: source.paginateBy))
        hasArticles = !links.articles.isEmpty
        articleCount = links.articles.count
        let entities = links.entities.prefix(source.sidebarLimit).compactMap {
            source.fragments.entity($0.id, in: graph, count: $0.count)
        }
        self.entities = first ? entities : []
        hasEntities = first && !links.entities.isEmpty
        pagination = PaginationView(
            page: page, items: links.articles.count, perPage: source.paginateBy, base: SiteURLs.place(place.id))
        profileHtml = first ? source.placeBody(number) : nil
        isContinuation = first ? nil : true
        firstPageUrl = first ? nil : SiteLink(SiteURLs.place(place.id))
        events = first ? Inline(EventListView(links.events, from: source)) : nil
        entitiesMore = first && links.entities.count > source.sidebarLimit ? links.entities.count - source.sidebarLimit : nil
        coordinates = first ? place.coordinates.map(Coordinates.init) : nil
    }
}
