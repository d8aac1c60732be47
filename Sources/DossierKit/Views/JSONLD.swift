/// schema.org descriptions of pages as JSON-LD: `NewsArticle` for articles, `Person`,
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
    func website() -> JSONObject {
        var object = JSONObject([
            "@context": .string("https://schema.org"), "@type": .string("WebSite"), "name": .string(site.title),
            "inLanguage": .string(site.language),
        ])
        if !site.description.isEmpty { object.set("description", site.description) }
        if let home = url("index.html"), let search = url("search/index.html") {
            object.set("url", home)
            object["potentialAction"] = .object(
                JSONObject([
                    "@type": .string("SearchAction"), "target": .string(search + "?q={search_term_string}"),
                    "query-input": .string("required name=search_term_string"),
                ]))
        }
        return object
    }

    /// An article: headline, dates, summary, source, tags and the entities and places it names.
    func article(_ number: Int, summary: String) -> JSONObject {
        let article = graph.articles[number]
        let links = graph.articleLinks[number]
        var object = JSONObject([
            "@context": .string("https://schema.org"), "@type": .string("NewsArticle"), "headline": .string(article.title),
            "datePublished": .string(article.date.description), "inLanguage": .string(site.language),
            "isPartOf": .object(JSONObject(["@type": .string("WebSite"), "name": .string(site.title)])),
        ])
        if !summary.isEmpty { object.set("description", summary) }
        if let page = url(SiteURLs.article(article.id)) {
            object.set("url", page)
            object.set("mainEntityOfPage", page)
        }
        if let source = article.sources.first {
            var publisher = JSONObject(["@type": .string("Organization")])
            publisher.set("name", source.name)
            publisher.set("url", source.url)
            object["sourceOrganization"] = .object(publisher)
        }
        if !article.authors.isEmpty {
            object["author"] = .list(
                article.authors.map { .object(JSONObject(["@type": .string("Person"), "name": .string($0)])) })
        }
        if let updated = article.updated { object.set("dateModified", updated.description) }
        if article.sources.count > 1 || article.sources.contains(where: { $0.title != nil }) {
            object["citation"] = .list(
                article.sources.map { source in
                    var work = JSONObject(["@type": .string("CreativeWork")])
                    work.set("name", source.title ?? source.name)
                    work.set("url", source.url)
                    if let publisher = source.name, source.title != nil {
                        work["publisher"] = .object(JSONObject(["@type": .string("Organization"), "name": .string(publisher)]))
                    }
                    work.set("datePublished", source.date?.description)
                    return .object(work)
                })
        }
        if !article.corrections.isEmpty {
            object["correction"] = .list(
                article.corrections.map { correction in
                    .object(
                        JSONObject([
                            "@type": .string("CorrectionComment"), "datePublished": .string(correction.date.description),
                            "text": .string(correction.text),
                        ]))
                })
        }
        let tags = links.tagSlugs.compactMap { tagNames[$0] }
        if !tags.isEmpty { object.set("keywords", tags.joined(separator: ", ")) }
        let mentions = links.entityIDs.compactMap { entityReference($0) } + links.placeIDs.compactMap { placeReference($0) }
        if !mentions.isEmpty { object["mentions"] = .list(mentions.map(JSONValue.object)) }
        return object
    }

    /// An entity: its schema.org type, name, other names and role.
    func entity(_ number: Int) -> JSONObject {
        let entity = graph.entities[number]
        var object = JSONObject(["@context": .string("https://schema.org")])
        for member in entityReference(entity.id)?.members ?? [] { object[member.key] = member.value }
        if !entity.aliases.isEmpty { object["alternateName"] = .list(entity.aliases.map(JSONValue.string)) }
        if let role = entity.role { object.set(entity.type == .person ? "jobTitle" : "description", role) }
        return object
    }

    /// A place: name, other names, coordinates and the place it lies in.
    func place(_ number: Int) -> JSONObject {
        let place = graph.places[number]
        var object = JSONObject(["@context": .string("https://schema.org")])
        for member in placeReference(place.id)?.members ?? [] { object[member.key] = member.value }
        if !place.aliases.isEmpty { object["alternateName"] = .list(place.aliases.map(JSONValue.string)) }
        if let coordinates = place.coordinates {
            object["geo"] = .object(
                JSONObject([
                    "@type": .string("GeoCoordinates"), "latitude": .number(coordinates.latitude),
                    "longitude": .number(coordinates.longitude),
                ]))
        }
        if let parent = graph.placeLinks[number].parentID, let reference = placeReference(parent) {
            object["containedInPlace"] = .object(reference)
        }
        return object
    }

    /// The most events a page's JSON-LD lists: the page itself lists them all.
    static let eventLimit = 100

    /// The events `numbers` (graph event indices) as a list of `Event` items: the first
    /// `eventLimit`, with the number of them all.
    func events(_ numbers: Range<Int>) -> JSONObject {
        let items: [JSONValue] = numbers.prefix(Self.eventLimit).map { number in
            let event = graph.events[number]
            var item = JSONObject([
                "@type": .string("Event"), "name": .string(event.record.title),
                "startDate": .string(event.record.date.description),
            ])
            item.set("endDate", event.record.end?.description)
            let places = event.placeIDs.compactMap { placeReference($0) }.map(JSONValue.object)
            if !places.isEmpty { item["location"] = places.count == 1 ? places[0] : .list(places) }
            let actors = event.entityIDs.compactMap { entityReference($0) }
            if !actors.isEmpty { item["about"] = .list(actors.map(JSONValue.object)) }
            return .object(item)
        }
        return JSONObject([
            "@context": .string("https://schema.org"), "@type": .string("ItemList"), "name": .string("Timeline"),
            "numberOfItems": .number(Double(numbers.count)), "itemListElement": .list(items),
        ])
    }

    /// `{@type, name, url?}` for an entity.
    private func entityReference(_ id: String) -> JSONObject? {
        guard let entity = graph.entity(id) else { return nil }
        let type: String =
            switch entity.type {
            case .person: "Person"
            case .organization, .group: "Organization"
            case .country: "Country"
            case .other: "Thing"
            }
        var object = JSONObject(["@type": .string(type), "name": .string(entity.name)])
        object.set("url", url(SiteURLs.entity(id)))
        return object
    }

    /// `{@type, name, url?}` for a place.
    private func placeReference(_ id: String) -> JSONObject? {
        guard let place = graph.place(id) else { return nil }
        var object = JSONObject(["@type": .string(place.type == .country ? "Country" : "Place"), "name": .string(place.name)])
        object.set("url", url(SiteURLs.place(id)))
        return object
    }
}
