/// Builds the data each template receives (see docs/theming.md): plain dictionaries of strings,
/// numbers, booleans and lists, with every URL relative to the page being rendered.
struct PageContexts: Sendable {
    let graph: DossierGraph
    let site: SiteConfig
    let bodies: RenderedBodies
    /// What the reader-side keys need from the whole graph (PageContexts+Reader.swift).
    let reader: ReaderData

    /// The full context of `page`, written at `path`.
    func context(for page: SitePage, at path: String) -> [String: Any] {
        var context = common(at: path, section: page.section)
        let (title, description, specific) = pageData(page, at: path)
        context["page_title"] = title
        context["page_description"] = description.isEmpty ? site.description : description
        context.merge(specific) { _, new in new }
        return withReaderKeys(context, for: page, at: path)
    }

    private func pageData(_ page: SitePage, at path: String) -> (String, String, [String: Any]) {
        switch page {
        case .home: return (site.title, site.description, home(at: path))
        case .articleIndex: return ("Articles", "Every article in the dossier, newest first.", articleIndex(at: path))
        case .article(let number):
            let context = article(number, at: path)
            return (graph.articles[number].title, summary(ofArticle: number), ["article": context])
        case .entityIndex:
            return ("Entities", "People, organisations, countries and armed groups in the dossier.", entityIndex(at: path))
        case .entity(let number):
            let entity = graph.entities[number]
            return (entity.name, entity.role ?? "\(entity.type.label) in the dossier", ["entity": self.entity(number, at: path)])
        case .placeIndex:
            return ("Places", "Every place in the dossier, from regions to villages.", ["tree": placeTree(at: path)])
        case .place(let number):
            let place = graph.places[number]
            return (place.name, "\(place.type.label) in the dossier", ["place": self.place(number, at: path)])
        case .timeline: return ("Timeline", "Every dated event in the dossier, in order.", [:])
        case .timelineYear(let year): return ("Timeline: \(year)", "The dossier's events of \(year), in order.", [:])
        case .search:
            return ("Search", "Find articles, people, organisations, places, tags and events in the dossier.", [:])
        case .notFound: return ("Page not found", "There is no page at this address.", [:])
        case .tagIndex: return ("Tags", "The dossier's articles by topic.", tagIndex(at: path))
        case .tag(let number):
            let tag = graph.tags[number]
            let context: [String: Any] = [
                "name": tag.name, "count": tag.articles.count, "articles": tag.articles.map { articleCard($0, from: path) },
            ]
            return ("Tag: \(tag.name)", "Articles tagged \(tag.name).", ["tag": context])
        }
    }

    // MARK: - Every page

    private func common(at path: String, section: String) -> [String: Any] {
        let nav: [[String: Any]] = [
            ("Home", "index.html", "home"), ("Articles", "articles/index.html", "articles"),
            ("Entities", "entities/index.html", "entities"), ("Places", "places/index.html", "places"),
            ("Timeline", "timeline/index.html", "timeline"), ("Tags", "tags/index.html", "tags"),
        ].map { label, target, name in
            ["label": label, "url": SiteURLs.link(to: target, from: path), "current": name == section]
        }
        return [
            "site": ["title": site.title, "description": site.description, "language": site.language],
            "root": SiteURLs.root(from: path),
            "nav": nav,
            "stylesheet": SiteURLs.link(to: "assets/style.css", from: path),
            "generator": "Dossier",
        ]
    }

    // MARK: - Pages

    private func home(at path: String) -> [String: Any] {
        let entityCounts = graph.entityLinks.enumerated().map { (graph.entities[$0.offset].id, $0.element.articles.count) }
        let placeCounts = graph.placeLinks.enumerated().map { (graph.places[$0.offset].id, $0.element.articles.count) }
        return [
            "latest": graph.articles.indices.prefix(10).map { articleCard($0, from: path) },
            "key_entities": top(entityCounts, 8).map { entityLink($0.0, from: path, count: $0.1) },
            "key_places": top(placeCounts, 8).map { placeLink($0.0, from: path, count: $0.1) },
            "recent_events": graph.events.indices.reversed().prefix(8).map { event($0, from: path) },
            "counts": [
                "articles": graph.articles.count, "entities": graph.entities.count, "places": graph.places.count,
                "events": graph.events.count, "tags": graph.tags.count,
            ],
        ]
    }

    private func articleIndex(at path: String) -> [String: Any] {
        ["articles": graph.articles.indices.map { articleCard($0, from: path) }, "count": graph.articles.count]
    }

    private func article(_ number: Int, at path: String) -> [String: Any] {
        let article = graph.articles[number]
        let links = graph.articleLinks[number]
        var context: [String: Any] = [
            "title": article.title, "date_iso": article.date.description, "date_display": article.date.displayText,
            "summary": summary(ofArticle: number), "body_html": bodies.articles[number].html,
            "entities": links.entityIDs.map { entityLink($0, from: path) },
            "places": links.placeIDs.map { placeLink($0, from: path) },
            "tags": links.tagSlugs.compactMap { slug in tagLink(slug, from: path) },
            "events": links.events.map { event($0, from: path) },
            "related": links.related.map { articleCard($0, from: path) },
            "has_entities": !links.entityIDs.isEmpty, "has_places": !links.placeIDs.isEmpty,
            "has_tags": !links.tagSlugs.isEmpty, "has_events": !links.events.isEmpty, "has_related": !links.related.isEmpty,
        ]
        if let source = article.source {
            var sourceContext: [String: Any] = ["name": source.name ?? source.url ?? ""]
            if let url = source.url { sourceContext["url"] = url }
            context["source"] = sourceContext
        }
        return context
    }

    private func entityIndex(at path: String) -> [String: Any] {
        let groups: [[String: Any]] = EntityType.allCases.compactMap { type in
            let members = graph.entities.indices.filter { graph.entities[$0].type == type }
            guard !members.isEmpty else { return nil }
            return [
                "type": type.rawValue, "label": type.pluralLabel,
                "entities": members.map {
                    entityLink(graph.entities[$0].id, from: path, count: graph.entityLinks[$0].articles.count)
                },
            ]
        }
        return ["groups": groups]
    }

    private func entity(_ number: Int, at path: String) -> [String: Any] {
        let entity = graph.entities[number]
        let links = graph.entityLinks[number]
        let explicit = links.explicitRelated.map { entityLink($0, from: path) }
        let explicitIDs = Set(links.explicitRelated)
        let coMentioned = links.coMentioned.filter { !explicitIDs.contains($0.id) }.prefix(12).map {
            entityLink($0.id, from: path, count: $0.count)
        }
        let related = explicit + coMentioned
        var context: [String: Any] = [
            "name": entity.name, "aliases": entity.aliases, "has_aliases": !entity.aliases.isEmpty,
            "type": entity.type.rawValue, "type_label": entity.type.label,
            "profile_html": bodies.entities[number].html, "is_stub": entity.isStub,
            "articles": links.articles.map { articleCard($0, from: path) }, "has_articles": !links.articles.isEmpty,
            "article_count": links.articles.count,
            "events": links.events.map { event($0, from: path) }, "has_events": !links.events.isEmpty,
            "related": related, "has_related": !related.isEmpty,
            "places": links.places.map { placeLink($0.id, from: path, count: $0.count) }, "has_places": !links.places.isEmpty,
        ]
        if let role = entity.role { context["role"] = role }
        if let newest = links.articles.first, let oldest = links.articles.last {
            context["first_mention"] = dateContext(graph.articles[oldest].date)
            context["last_mention"] = dateContext(graph.articles[newest].date)
        }
        return context
    }

    private func place(_ number: Int, at path: String) -> [String: Any] {
        let place = graph.places[number]
        let links = graph.placeLinks[number]
        var ancestors: [String] = []
        var cursor = links.parentID
        while let id = cursor, !ancestors.contains(id), id != place.id {
            ancestors.insert(id, at: 0)
            cursor = graph.placeIndex[id].flatMap { graph.placeLinks[$0].parentID }
        }
        var context: [String: Any] = [
            "name": place.name, "aliases": place.aliases, "has_aliases": !place.aliases.isEmpty,
            "type": place.type.rawValue, "type_label": place.type.label,
            "profile_html": bodies.places[number].html, "is_stub": place.isStub,
            "breadcrumb": ancestors.map { placeLink($0, from: path) }, "has_breadcrumb": !ancestors.isEmpty,
            "children": links.childIDs.map { placeLink($0, from: path) }, "has_children": !links.childIDs.isEmpty,
            "articles": links.articles.map { articleCard($0, from: path) }, "has_articles": !links.articles.isEmpty,
            "events": links.events.map { event($0, from: path) }, "has_events": !links.events.isEmpty,
            "entities": links.entities.map { entityLink($0.id, from: path, count: $0.count) },
            "has_entities": !links.entities.isEmpty,
        ]
        if let coordinates = place.coordinates {
            context["coordinates"] = coordinatesContext(coordinates)
        }
        return context
    }

    private func placeTree(at path: String) -> [[String: Any]] {
        func node(_ id: String) -> [String: Any] {
            let number = graph.placeIndex[id]!
            let children = graph.placeLinks[number].childIDs.map(node)
            var context = placeLink(id, from: path, count: graph.placeLinks[number].articles.count)
            context["children"] = children
            context["has_children"] = !children.isEmpty
            return context
        }
        return graph.places.indices.filter { graph.placeLinks[$0].parentID == nil }.map { node(graph.places[$0].id) }
    }

    private func tagIndex(at path: String) -> [String: Any] {
        [
            "tags": graph.tags.map {
                ["name": $0.name, "url": SiteURLs.link(to: SiteURLs.tag($0.slug), from: path), "count": $0.articles.count]
            }
        ]
    }

    // MARK: - Shared shapes

    private func articleCard(_ number: Int, from path: String) -> [String: Any] {
        let article = graph.articles[number]
        var card: [String: Any] = [
            "title": article.title, "url": SiteURLs.link(to: SiteURLs.article(article.id), from: path),
            "date_iso": article.date.description, "date_display": article.date.displayText,
            "summary": summary(ofArticle: number),
        ]
        if let name = article.source?.name { card["source_name"] = name }
        return card
    }

    private func entityLink(_ id: String, from path: String, count: Int? = nil) -> [String: Any] {
        guard let entity = graph.entity(id) else { return ["name": id, "url": ""] }
        var link: [String: Any] = [
            "name": entity.name, "url": SiteURLs.link(to: SiteURLs.entity(id), from: path),
            "type": entity.type.rawValue, "type_label": entity.type.label, "is_stub": entity.isStub,
        ]
        if let role = entity.role { link["role"] = role }
        if let count { link["count"] = count }
        return link
    }

    private func placeLink(_ id: String, from path: String, count: Int? = nil) -> [String: Any] {
        guard let place = graph.place(id) else { return ["name": id, "url": ""] }
        var link: [String: Any] = [
            "name": place.name, "url": SiteURLs.link(to: SiteURLs.place(id), from: path),
            "type": place.type.rawValue, "type_label": place.type.label, "is_stub": place.isStub,
        ]
        if let count { link["count"] = count }
        return link
    }

    private func tagLink(_ slug: String, from path: String) -> [String: Any]? {
        guard let tag = graph.tags.first(where: { $0.slug == slug }) else { return nil }
        return ["name": tag.name, "url": SiteURLs.link(to: SiteURLs.tag(slug), from: path)]
    }

    func event(_ number: Int, from path: String) -> [String: Any] {
        let event = graph.events[number]
        let record = event.record
        let display = record.end.map { PartialDate.displayRange(from: record.date, to: $0) } ?? record.date.displayText
        return [
            "title": record.title, "date_iso": record.date.description, "date_display": display,
            "is_range": record.end != nil && record.end != record.date,
            "entities": event.entityIDs.map { entityLink($0, from: path) },
            "places": event.placeIDs.map { placeLink($0, from: path) },
            "sources": event.sourceArticleIDs.compactMap { id -> [String: Any]? in
                guard let article = graph.article(id) else { return nil }
                return ["title": article.title, "url": SiteURLs.link(to: SiteURLs.article(id), from: path)]
            },
        ]
    }

    private func dateContext(_ date: PartialDate) -> [String: Any] {
        ["date_iso": date.description, "date_display": date.displayText]
    }

    private func coordinatesContext(_ coordinates: Coordinates) -> [String: Any] {
        let lat = coordinates.latitude
        let lon = coordinates.longitude
        let display = "\(format(abs(lat)))° \(lat >= 0 ? "N" : "S"), \(format(abs(lon)))° \(lon >= 0 ? "E" : "W")"
        return [
            "latitude": format(lat), "longitude": format(lon), "display": display,
            "osm_url":
                "https://www.openstreetmap.org/?mlat=\(format(lat))&mlon=\(format(lon))#map=11/\(format(lat))/\(format(lon))",
        ]
    }

    private func format(_ value: Double) -> String {
        var text = String(format: "%.4f", value)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }

    /// The article's summary: from front matter, else its first paragraph, shortened to a sentence or two.
    func summary(ofArticle number: Int) -> String {
        if let summary = graph.articles[number].summary { return summary }
        return Self.shorten(bodies.articles[number].firstParagraph, to: 280)
    }

    static func shorten(_ text: String, to limit: Int) -> String {
        guard text.count > limit else { return text }
        let cut = text.prefix(limit)
        let end = cut.lastIndex(of: " ") ?? cut.endIndex
        return cut[..<end].trimmingCharacters(in: .punctuationCharacters.union(.whitespaces)) + "…"
    }

    private func top(_ counts: [(String, Int)], _ limit: Int) -> [(String, Int)] {
        Array(
            counts.filter { $0.1 > 0 }.enumerated().sorted { a, b in
                a.element.1 != b.element.1 ? a.element.1 > b.element.1 : a.offset < b.offset
            }.prefix(limit).map(\.element))
    }
}

extension SitePage {
    /// The navigation section the page belongs to.
    var section: String {
        switch self {
        case .home: "home"
        case .articleIndex, .article: "articles"
        case .entityIndex, .entity: "entities"
        case .placeIndex, .place: "places"
        case .timeline, .timelineYear: "timeline"
        case .tagIndex, .tag: "tags"
        case .search: "search"
        case .notFound: "none"
        }
    }
}
