import Foundation

/// A place's page (`place.mustache`, under `place`): its subject's keys (`SubjectPageView`), where it
/// lies, and on the first page the places within it, the entities around it and its coordinates.
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

    let subject: Inline<SubjectPageView>
    let breadcrumb: [Counted<PlaceChipView>]
    let hasBreadcrumb: Bool
    /// The places directly within it: all, by name, or when they are more than `childLimit`, the
    /// most mentioned (by articles, then events), with their counts, and a link to the pages that
    /// list them all.
    let children: [Counted<PlaceChipView>]
    let hasChildren: Bool
    let childrenMore: Int?
    let childrenCount: Int
    let allChildrenUrl: SiteLink?
    let entities: [Counted<EntityChipView>]
    let hasEntities: Bool
    let entitiesMore: Int?
    let coordinates: Coordinates?

    /// The most places within a place that its page lists.
    static let childLimit = 50

    init(_ number: Int, page: Int, from source: PageSource) {
        let graph = source.graph
        let place = graph.places[number]
        let links = graph.placeLinks[number]
        let first = page == 1
        subject = Inline(
            SubjectPageView(
                name: place.title, aliases: place.aliases, type: place.type.rawValue,
                typeLabel: source.language.translations.text("place_type_" + place.type.rawValue),
                isStub: place.isStub, base: SiteURLs.place(place.id), articles: links.articles, events: links.events,
                page: page, image: place.image, language: place.language, from: source,
                profile: { source.placeBody(number) }))
        breadcrumb = source.ancestors(ofPlace: number).reversed().map { Counted(source.fragments.placeChips[$0], count: nil) }
        hasBreadcrumb = !breadcrumb.isEmpty
        let within = links.childIDs.compactMap { graph.placeIndex[$0] }
        let capped = within.count > Self.childLimit
        let children =
            capped
            ? within.enumerated().sorted { a, b in
                let (left, right) = (graph.placeLinks[a.element], graph.placeLinks[b.element])
                if left.articles.count != right.articles.count { return left.articles.count > right.articles.count }
                if left.events.count != right.events.count { return left.events.count > right.events.count }
                return a.offset < b.offset
            }.prefix(Self.childLimit).map {
                Counted(source.fragments.placeChips[$0.element], count: graph.placeLinks[$0.element].articles.count)
            }
            : within.map { Counted(source.fragments.placeChips[$0], count: nil) }
        self.children = first ? children : []
        hasChildren = first && !children.isEmpty
        childrenCount = within.count
        childrenMore = first && capped ? within.count - Self.childLimit : nil
        allChildrenUrl = first && capped ? SiteLink(SiteURLs.placesWithin(place.id)) : nil
        let entities = links.entities.prefix(source.sidebarLimit).compactMap {
            source.fragments.entity($0.id, in: graph, count: $0.count)
        }
        self.entities = first ? entities : []
        hasEntities = first && !links.entities.isEmpty
        entitiesMore = first && links.entities.count > source.sidebarLimit ? links.entities.count - source.sidebarLimit : nil
        coordinates = first ? place.coordinates.map(Coordinates.init) : nil
    }
}
