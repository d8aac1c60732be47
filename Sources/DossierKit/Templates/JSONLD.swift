/// schema.org descriptions of pages as JSON-LD: `NewsArticle` for articles, `Person`,
/// `Organization` or `Country` for entities, `Place` with `GeoCoordinates` for places, `Event` items
/// for the timeline and `WebSite` for the home page. URLs are included only when the site's address
/// is known, so no relative or broken URL is ever published as an identifier.
struct JSONLD {
    let graph: DossierGraph
    let site: SiteConfig
    /// Each tag's name by slug.
    let tagNames: [String: String]

    /// A JSON-LD object: its keys as schema.org spells them (`@type`, `datePublished`; every
    /// property is listed in `CodingKeys`); `nil` values are left out.
    struct Schema: Encodable, Sendable {
        var context: String?
        var type: String?
        var name: String?
        var headline: String?
        var url: String?
        var mainEntityOfPage: String?
        var description: String?
        var jobTitle: String?
        var datePublished: String?
        var startDate: String?
        var endDate: String?
        var inLanguage: String?
        var keywords: String?
        var alternateName: [String]?
        var isPartOf: Box?
        var sourceOrganization: Box?
        var containedInPlace: Box?
        var potentialAction: Box?
        var target: String?
        var queryInput: String?
        var geo: Box?
        var latitude: Double?
        var longitude: Double?
        var mentions: [Schema]?
        var about: [Schema]?
        var location: OneOrMany?
        var itemListElement: [Schema]?

        /// One object, or a list of them.
        indirect enum OneOrMany: Encodable, Sendable {
            case one(Schema)
            case many([Schema])

            func encode(to encoder: any Encoder) throws {
                var container = encoder.singleValueContainer()
                switch self {
                case .one(let schema): try container.encode(schema)
                case .many(let list): try container.encode(list)
                }
            }
        }

        /// A nested object (a struct cannot hold itself).
        final class Box: Encodable, Sendable {
            let schema: Schema
            init(_ schema: Schema) { self.schema = schema }
            func encode(to encoder: any Encoder) throws { try schema.encode(to: encoder) }
        }

        private enum CodingKeys: String, CodingKey {
            case context = "@context", type = "@type", name, headline, url, mainEntityOfPage, description, jobTitle
            case datePublished, startDate, endDate, inLanguage, keywords, alternateName, isPartOf, sourceOrganization
            case containedInPlace, potentialAction, target, queryInput = "query-input", geo, latitude, longitude, mentions
            case about, location, itemListElement
        }
    }

    /// The absolute URL of a site path (`articles/x/index.html`), when the site's address is known.
    func url(_ path: String) -> String? {
        site.baseURL.map { SiteURLs.absolute(path, base: $0) }
    }

    /// The home page: the site, with a search action when its address is known.
    func website() -> Schema {
        var object = Schema(context: "https://schema.org", type: "WebSite", name: site.title, inLanguage: site.language)
        if !site.description.isEmpty { object.description = site.description }
        if let home = url("index.html"), let search = url("search/index.html") {
            object.url = home
            object.potentialAction = Schema.Box(
                Schema(
                    type: "SearchAction", target: search + "?q={search_term_string}",
                    queryInput: "required name=search_term_string"))
        }
        return object
    }

    /// An article: headline, dates, summary, source, tags and the entities and places it names.
    func article(_ number: Int, summary: String) -> Schema {
        let article = graph.articles[number]
        let links = graph.articleLinks[number]
        var object = Schema(
            context: "https://schema.org", type: "NewsArticle", headline: article.title,
            datePublished: article.date.description, inLanguage: site.language,
            isPartOf: Schema.Box(Schema(type: "WebSite", name: site.title)))
        if !summary.isEmpty { object.description = summary }
        if let page = url(SiteURLs.article(article.id)) {
            object.url = page
            object.mainEntityOfPage = page
        }
        if let source = article.source {
            object.sourceOrganization = Schema.Box(Schema(type: "Organization", name: source.name, url: source.url))
        }
        let tags = links.tagSlugs.compactMap { tagNames[$0] }
        if !tags.isEmpty { object.keywords = tags.joined(separator: ", ") }
        let mentions = links.entityIDs.compactMap { entityReference($0) } + links.placeIDs.compactMap { placeReference($0) }
        if !mentions.isEmpty { object.mentions = mentions }
        return object
    }

    /// An entity: its schema.org type, name, other names and role.
    func entity(_ number: Int) -> Schema {
        let entity = graph.entities[number]
        var object = entityReference(entity.id) ?? Schema()
        object.context = "https://schema.org"
        if !entity.aliases.isEmpty { object.alternateName = entity.aliases }
        if let role = entity.role {
            if entity.type == .person { object.jobTitle = role } else { object.description = role }
        }
        return object
    }

    /// A place: name, other names, coordinates and the place it lies in.
    func place(_ number: Int) -> Schema {
        let place = graph.places[number]
        var object = placeReference(place.id) ?? Schema()
        object.context = "https://schema.org"
        if !place.aliases.isEmpty { object.alternateName = place.aliases }
        if let coordinates = place.coordinates {
            object.geo = Schema.Box(
                Schema(type: "GeoCoordinates", latitude: coordinates.latitude, longitude: coordinates.longitude))
        }
        if let parent = graph.placeLinks[number].parentID, let reference = placeReference(parent) {
            object.containedInPlace = Schema.Box(reference)
        }
        return object
    }

    /// The events `numbers` (graph event indices) as a list of `Event` items.
    func events(_ numbers: Range<Int>) -> Schema {
        let items: [Schema] = numbers.map { number in
            let event = graph.events[number]
            var item = Schema(type: "Event", name: event.record.title, startDate: event.record.date.description)
            item.endDate = event.record.end?.description
            let places = event.placeIDs.compactMap { placeReference($0) }
            if !places.isEmpty { item.location = places.count == 1 ? .one(places[0]) : .many(places) }
            let actors = event.entityIDs.compactMap { entityReference($0) }
            if !actors.isEmpty { item.about = actors }
            return item
        }
        return Schema(context: "https://schema.org", type: "ItemList", name: "Timeline", itemListElement: items)
    }

    /// `{@type, name, url?}` for an entity.
    private func entityReference(_ id: String) -> Schema? {
        guard let entity = graph.entity(id) else { return nil }
        let type: String =
            switch entity.type {
            case .person: "Person"
            case .organization, .group: "Organization"
            case .country: "Country"
            case .other: "Thing"
            }
        return Schema(type: type, name: entity.name, url: url(SiteURLs.entity(id)))
    }

    /// `{@type, name, url?}` for a place.
    private func placeReference(_ id: String) -> Schema? {
        guard let place = graph.place(id) else { return nil }
        return Schema(type: place.type == .country ? "Country" : "Place", name: place.name, url: url(SiteURLs.place(id)))
    }
}
