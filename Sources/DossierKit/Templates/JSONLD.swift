/// schema.org descriptions of pages as JSON-LD objects: `NewsArticle` for articles, `Person`,
/// `Organization` or `Country` for entities, `Place` with `GeoCoordinates` for places, `Event` items
/// for the timeline and `WebSite` for the home page. URLs are included only when the site's address
/// is known, so no relative or broken URL is ever published as an identifier.
struct JSONLD {
    let graph: DossierGraph
    let site: SiteConfig
    /// Each tag's name by slug.
    let tagNames: [String: String]

    /// The absolute URL of a site path (`articles/x/index.html`), when the site's address is known.
    func url(_ path: String) -> String? {
        site.baseURL.map { SiteURLs.absolute(path, base: $0) }
    }

    /// The home page: the site, with a search action when its address is known.
    func website() -> [String: Any] {
        var object: [String: Any] = [
            "@context": "https://schema.org", "@type": "WebSite", "name": site.title, "inLanguage": site.language,
        ]
        if !site.description.isEmpty { object["description"] = site.description }
        if let home = url("index.html"), let search = url("search/index.html") {
            object["url"] = home
            object["potentialAction"] = [
                "@type": "SearchAction", "target": search + "?q={search_term_string}",
                "query-input": "required name=search_term_string",
            ]
        }
        return object
    }

    /// An article: headline, dates, summary, source, tags and the entities and places it names.
    func article(_ number: Int, summary: String) -> [String: Any] {
        let article = graph.articles[number]
        let links = graph.articleLinks[number]
        var object: [String: Any] = [
            "@context": "https://schema.org", "@type": "NewsArticle", "headline": article.title,
            "datePublished": article.date.description, "inLanguage": site.language,
            "isPartOf": ["@type": "WebSite", "name": site.title],
        ]
        if !summary.isEmpty { object["description"] = summary }
        if let page = url(SiteURLs.article(article.id)) {
            object["url"] = page
            object["mainEntityOfPage"] = page
        }
        if let source = article.source {
            var publisher: [String: Any] = ["@type": "Organization"]
            if let name = source.name { publisher["name"] = name }
            if let address = source.url { publisher["url"] = address }
            object["sourceOrganization"] = publisher
        }
        let tags = links.tagSlugs.compactMap { tagNames[$0] }
        if !tags.isEmpty { object["keywords"] = tags.joined(separator: ", ") }
        let mentions = links.entityIDs.compactMap { entityReference($0) } + links.placeIDs.compactMap { placeReference($0) }
        if !mentions.isEmpty { object["mentions"] = mentions }
        return object
    }

    /// An entity: its schema.org type, name, other names and role.
    func entity(_ number: Int) -> [String: Any] {
        let entity = graph.entities[number]
        var object: [String: Any] = ["@context": "https://schema.org"]
        object.merge(entityReference(entity.id) ?? [:]) { _, new in new }
        if !entity.aliases.isEmpty { object["alternateName"] = entity.aliases }
        if let role = entity.role { object[entity.type == .person ? "jobTitle" : "description"] = role }
        return object
    }

    /// A place: name, other names, coordinates and the place it lies in.
    func place(_ number: Int) -> [String: Any] {
        let place = graph.places[number]
        var object: [String: Any] = ["@context": "https://schema.org"]
        object.merge(placeReference(place.id) ?? [:]) { _, new in new }
        if !place.aliases.isEmpty { object["alternateName"] = place.aliases }
        if let coordinates = place.coordinates {
            object["geo"] = ["@type": "GeoCoordinates", "latitude": coordinates.latitude, "longitude": coordinates.longitude]
        }
        if let parent = graph.placeLinks[number].parentID, let reference = placeReference(parent) {
            object["containedInPlace"] = reference
        }
        return object
    }

    /// The events `numbers` (graph event indices) as a list of `Event` items.
    func events(_ numbers: Range<Int>) -> [String: Any] {
        let items: [[String: Any]] = numbers.map { number in
            let event = graph.events[number]
            var item: [String: Any] = ["@type": "Event", "name": event.record.title, "startDate": event.record.date.description]
            if let end = event.record.end { item["endDate"] = end.description }
            let places = event.placeIDs.compactMap { placeReference($0) }
            if !places.isEmpty { item["location"] = places.count == 1 ? places[0] : places }
            let actors = event.entityIDs.compactMap { entityReference($0) }
            if !actors.isEmpty { item["about"] = actors }
            return item
        }
        return ["@context": "https://schema.org", "@type": "ItemList", "name": "Timeline", "itemListElement": items]
    }

    /// `{@type, name, url?}` for an entity.
    private func entityReference(_ id: String) -> [String: Any]? {
        guard let entity = graph.entity(id) else { return nil }
        let type: String =
            switch entity.type {
            case .person: "Person"
            case .organization, .group: "Organization"
            case .country: "Country"
            case .other: "Thing"
            }
        var object: [String: Any] = ["@type": type, "name": entity.name]
        if let page = url(SiteURLs.entity(id)) { object["url"] = page }
        return object
    }

    /// `{@type, name, url?}` for a place.
    private func placeReference(_ id: String) -> [String: Any]? {
        guard let place = graph.place(id) else { return nil }
        var object: [String: Any] = ["@type": place.type == .country ? "Country" : "Place", "name": place.name]
        if let page = url(SiteURLs.place(id)) { object["url"] = page }
        return object
    }
}
