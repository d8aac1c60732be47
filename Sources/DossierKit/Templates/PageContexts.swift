/// Builds the data each template receives (see docs/theming.md): plain dictionaries of strings,
/// numbers, booleans and lists, with every URL relative to the page being rendered.
struct PageContexts: Sendable {
    let graph: DossierGraph
    let site: SiteConfig
    let bodies: RenderedBodies
    let templates: TemplateSet
    /// Items per page of a paginated list.
    let paginateBy: Int
    /// The most events listed on an entity or place page (the latest ones).
    let eventLimit = 100
    /// The most entities or places listed beside an entity or place (the most mentioned ones).
    let sidebarLimit = 20

    private let articlePaths: [String]
    private let entityPaths: [String: String]
    private let placePaths: [String: String]
    private let tagNumbers: [String: Int]
    /// Each tag's name by slug.
    let tagNames: [String: String]
    let summaries: [String]
    private let fragments = FragmentCache()
    /// The keys every page has, by root (`../../`) and section. Made once and never changed; the
    /// values are plain strings, booleans and lists, so sharing them between threads is safe.
    nonisolated(unsafe) private let commonByRoot: [String: [String: [String: Any]]]

    /// What the reader-side keys need from the whole graph (PageContexts+Reader.swift).
    let reader: ReaderData

    init(
        graph: DossierGraph, site: SiteConfig, bodies: RenderedBodies, templates: TemplateSet, paginateBy: Int, reader: ReaderData
    ) {
        self.graph = graph
        self.reader = reader
        self.site = site
        self.bodies = bodies
        self.templates = templates
        self.paginateBy = paginateBy
        articlePaths = graph.articles.map { SiteURLs.encoded(SiteURLs.article($0.id)) }
        entityPaths = Dictionary(uniqueKeysWithValues: graph.entities.map { ($0.id, SiteURLs.encoded(SiteURLs.entity($0.id))) })
        placePaths = Dictionary(uniqueKeysWithValues: graph.places.map { ($0.id, SiteURLs.encoded(SiteURLs.place($0.id))) })
        tagNumbers = Dictionary(graph.tags.enumerated().map { ($1.slug, $0) }, uniquingKeysWith: { a, _ in a })
        tagNames = Dictionary(graph.tags.map { ($0.slug, $0.name) }, uniquingKeysWith: { a, _ in a })
        commonByRoot = Self.commonKeys(site: site)
        summaries = graph.articles.indices.map { number in
            graph.articles[number].summary ?? bodies.articles[number].excerpt
        }
    }

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
        case .articleIndex(let page):
            return (titled("Articles", page), "Every article in the dossier, newest first.", articleIndex(page: page, at: path))
        case .article(let number):
            let context = article(number, at: path)
            return (graph.articles[number].title, summaries[number], ["article": context])
        case .entityIndex:
            return ("Entities", "People, organisations, countries and armed groups in the dossier.", entityIndex(at: path))
        case .entity(let number, let page):
            let entity = graph.entities[number]
            let context = self.entity(number, page: page, at: path)
            return (titled(entity.name, page), entity.role ?? "\(entity.type.label) in the dossier", ["entity": context])
        case .placeIndex:
            return ("Places", "Every place in the dossier, from regions to villages.", ["tree": placeTree(at: path)])
        case .place(let number, let page):
            let place = graph.places[number]
            let context = self.place(number, page: page, at: path)
            return (titled(place.name, page), "\(place.type.label) in the dossier", ["place": context])
        case .timeline: return ("Timeline", "Every dated event in the dossier, in order.", [:])
        case .timelineYear(let year): return ("Timeline: \(year)", "The dossier's events of \(year), in order.", [:])
        case .search:
            return ("Search", "Find articles, people, organisations, places, tags and events in the dossier.", [:])
        case .notFound: return ("Page not found", "There is no page at this address.", [:])
        case .tagIndex: return ("Tags", "The dossier's articles by topic.", tagIndex(at: path))
        case .tag(let number, let page):
            let tag = graph.tags[number]
            var context: [String: Any] = [
                "name": tag.name, "count": tag.articles.count,
                "articles_html": articleCards(Pagination.slice(tag.articles, page: page, perPage: paginateBy), from: path),
            ]
            context["pagination"] = pagination(page: page, items: tag.articles.count, base: SiteURLs.tag(tag.slug), from: path)
            return (titled("Tag: \(tag.name)", page), "Articles tagged \(tag.name).", ["tag": context])
        }
    }

    // MARK: - Every page

    private func common(at path: String, section: String) -> [String: Any] {
        let root = SiteURLs.root(from: path)
        if let made = commonByRoot[root]?[section] { return made }
        return Self.common(at: path, section: section, site: site)
    }

    /// The keys every page has, for each depth of page and section (they depend on nothing else).
    private static func commonKeys(site: SiteConfig) -> [String: [String: [String: Any]]] {
        var keys: [String: [String: [String: Any]]] = [:]
        let sections = ["home", "articles", "entities", "places", "timeline", "tags", "search", "none"]
        for depth in 0..<6 {
            let path = String(repeating: "x/", count: depth) + "index.html"
            keys[SiteURLs.root(from: path)] = Dictionary(
                uniqueKeysWithValues: sections.map { ($0, common(at: path, section: $0, site: site)) })
        }
        return keys
    }

    private static func common(at path: String, section: String, site: SiteConfig) -> [String: Any] {
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
            "latest_html": articleCards(graph.articles.indices.prefix(10), from: path),
            "has_latest": !graph.articles.isEmpty,
            "key_entities": top(entityCounts, 8).map { entityLink($0.0, from: path, count: $0.1) },
            "key_places": top(placeCounts, 8).map { placeLink($0.0, from: path, count: $0.1) },
            "recent_events_html": events(graph.events.indices.reversed().prefix(8), from: path),
            "has_recent_events": !graph.events.isEmpty,
            "counts": [
                "articles": graph.articles.count, "entities": graph.entities.count, "places": graph.places.count,
                "events": graph.events.count, "tags": graph.tags.count,
            ],
        ]
    }

    private func articleIndex(page: Int, at path: String) -> [String: Any] {
        var context: [String: Any] = [
            "articles_html": articleCards(
                Pagination.slice(Array(graph.articles.indices), page: page, perPage: paginateBy), from: path),
            "count": graph.articles.count, "has_articles": !graph.articles.isEmpty,
        ]
        context["pagination"] = pagination(page: page, items: graph.articles.count, base: "articles/index.html", from: path)
        return context
    }

    private func article(_ number: Int, at path: String) -> [String: Any] {
        let article = graph.articles[number]
        let links = graph.articleLinks[number]
        var context: [String: Any] = [
            "title": article.title, "date_iso": article.date.description, "date_display": article.date.displayText,
            "summary": summaries[number], "body_html": bodies.articles[number].html,
            "entities": links.entityIDs.map { entityLink($0, from: path) },
            "places": links.placeIDs.map { placeLink($0, from: path) },
            "tags": links.tagSlugs.compactMap { slug in tagLink(slug, from: path) },
            "events_html": events(links.events, from: path),
            "related_html": articleCards(links.related, from: path),
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

    private func entity(_ number: Int, page: Int, at path: String) -> [String: Any] {
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
            "articles_html": articleCards(Pagination.slice(links.articles, page: page, perPage: paginateBy), from: path),
            "has_articles": !links.articles.isEmpty, "article_count": links.articles.count,
            "related": related, "has_related": !related.isEmpty,
            "places": links.places.prefix(sidebarLimit).map { placeLink($0.id, from: path, count: $0.count) },
            "has_places": !links.places.isEmpty,
        ]
        context["pagination"] = pagination(page: page, items: links.articles.count, base: SiteURLs.entity(entity.id), from: path)
        if page > 1 { return continuation(of: context, firstPage: SiteURLs.entity(entity.id), from: path) }
        context.merge(eventList(links.events, from: path)) { _, new in new }
        if links.places.count > sidebarLimit { context["places_more"] = links.places.count - sidebarLimit }
        if let role = entity.role { context["role"] = role }
        if let newest = links.articles.first, let oldest = links.articles.last {
            context["first_mention"] = dateContext(graph.articles[oldest].date)
            context["last_mention"] = dateContext(graph.articles[newest].date)
        }
        return context
    }

    private func place(_ number: Int, page: Int, at path: String) -> [String: Any] {
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
            "articles_html": articleCards(Pagination.slice(links.articles, page: page, perPage: paginateBy), from: path),
            "has_articles": !links.articles.isEmpty, "article_count": links.articles.count,
            "entities": links.entities.prefix(sidebarLimit).map { entityLink($0.id, from: path, count: $0.count) },
            "has_entities": !links.entities.isEmpty,
        ]
        context["pagination"] = pagination(page: page, items: links.articles.count, base: SiteURLs.place(place.id), from: path)
        if page > 1 { return continuation(of: context, firstPage: SiteURLs.place(place.id), from: path) }
        context.merge(eventList(links.events, from: path)) { _, new in new }
        if links.entities.count > sidebarLimit { context["entities_more"] = links.entities.count - sidebarLimit }
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

    /// The article cards of `numbers`, rendered with the theme's `partials/article-card`, joined.
    private func articleCards(_ numbers: some Sequence<Int>, from path: String) -> String {
        joinedFragments(.articleCard, numbers, template: "partials/article-card", from: path) { articleCard($0, root: "") }
    }

    /// The events of `numbers`, rendered with the theme's `partials/event`, joined.
    func events(_ numbers: some Sequence<Int>, from path: String) -> String {
        joinedFragments(.event, numbers, template: "partials/event", from: path) { event($0, root: "") }
    }

    /// The fragments of `numbers`, each rendered once for the site root with `template` and the
    /// context `data` gives, then moved to the depth of the page at `path`.
    private func joinedFragments(
        _ kind: FragmentCache.Key.Kind, _ numbers: some Sequence<Int>, template: String, from path: String,
        data: (Int) -> [String: Any]
    ) -> String {
        let root = SiteURLs.root(from: path)
        var html = ""
        for number in numbers {
            html += fragments.fragment(.init(kind: kind, index: number), root: root) {
                var context = data(number)
                context["root"] = ""
                return templates.render(context, template: template)
            }
        }
        return html
    }

    /// `events_html` with the latest `eventLimit` events (in time order), and the counts.
    private func eventList(_ numbers: [Int], from path: String) -> [String: Any] {
        let shown = numbers.suffix(eventLimit)
        return [
            "events_html": events(shown, from: path), "has_events": !numbers.isEmpty,
            "event_count": numbers.count, "events_shown": shown.count, "events_truncated": shown.count < numbers.count,
        ]
    }

    /// A later page of an entity's or place's articles: the header and the list, without the profile,
    /// the timeline and the connections, which page 1 has.
    private func continuation(of context: [String: Any], firstPage: String, from path: String) -> [String: Any] {
        var context = context
        for key in ["profile_html", "related", "places", "entities", "children"] { context[key] = nil }
        for key in ["has_related", "has_places", "has_entities", "has_children", "has_events"] { context[key] = false }
        context["is_continuation"] = true
        context["first_page_url"] = SiteURLs.link(to: firstPage, from: path)
        return context
    }

    /// Links between the pages of a list, or `nil` when it fits on one page.
    private func pagination(page: Int, items: Int, base: String, from path: String) -> [String: Any]? {
        let total = Pagination.pageCount(items: items, perPage: paginateBy)
        guard total > 1 else { return nil }
        let root = SiteURLs.root(from: path)
        func url(_ number: Int) -> String { root + SiteURLs.encoded(Pagination.path(base, page: number)) }
        var shown = Set([1, total]).union(max(1, page - 2)...min(total, page + 2)).sorted()
        var pages: [[String: Any]] = []
        var previous = 0
        for number in shown {
            if number > previous + 1 { pages.append(["is_gap": true]) }
            pages.append(["number": number, "url": url(number), "current": number == page])
            previous = number
        }
        shown.removeAll()
        var context: [String: Any] = [
            "number": page, "total": total, "pages": pages, "has_previous": page > 1, "has_next": page < total,
        ]
        if page > 1 { context["previous_url"] = url(page - 1) }
        if page < total { context["next_url"] = url(page + 1) }
        return context
    }

    private func articleCard(_ number: Int, root: String) -> [String: Any] {
        let article = graph.articles[number]
        var card: [String: Any] = [
            "title": article.title, "url": root + articlePaths[number],
            "date_iso": article.date.description, "date_display": article.date.displayText,
            "summary": summaries[number],
        ]
        if let name = article.source?.name { card["source_name"] = name }
        return card
    }

    private func entityLink(_ id: String, from path: String, count: Int? = nil) -> [String: Any] {
        entityLink(id, root: SiteURLs.root(from: path), count: count)
    }

    private func entityLink(_ id: String, root: String, count: Int? = nil) -> [String: Any] {
        guard let entity = graph.entity(id), let target = entityPaths[id] else { return ["name": id, "url": ""] }
        var link: [String: Any] = [
            "name": entity.name, "url": root + target,
            "type": entity.type.rawValue, "type_label": entity.type.label, "is_stub": entity.isStub,
        ]
        if let role = entity.role { link["role"] = role }
        if let count { link["count"] = count }
        return link
    }

    private func placeLink(_ id: String, from path: String, count: Int? = nil) -> [String: Any] {
        placeLink(id, root: SiteURLs.root(from: path), count: count)
    }

    private func placeLink(_ id: String, root: String, count: Int? = nil) -> [String: Any] {
        guard let place = graph.place(id), let target = placePaths[id] else { return ["name": id, "url": ""] }
        var link: [String: Any] = [
            "name": place.name, "url": root + target,
            "type": place.type.rawValue, "type_label": place.type.label, "is_stub": place.isStub,
        ]
        if let count { link["count"] = count }
        return link
    }

    private func tagLink(_ slug: String, from path: String) -> [String: Any]? {
        guard let number = tagNumbers[slug] else { return nil }
        return ["name": graph.tags[number].name, "url": SiteURLs.link(to: SiteURLs.tag(slug), from: path)]
    }

    private func event(_ number: Int, root: String) -> [String: Any] {
        let event = graph.events[number]
        let record = event.record
        let display = record.end.map { PartialDate.displayRange(from: record.date, to: $0) } ?? record.date.displayText
        return [
            "title": record.title, "date_iso": record.date.description, "date_display": display,
            "is_range": record.end != nil && record.end != record.date,
            "entities": event.entityIDs.map { entityLink($0, root: root) },
            "places": event.placeIDs.map { placeLink($0, root: root) },
            "sources": event.sourceArticleIDs.compactMap { id -> [String: Any]? in
                guard let number = graph.articleIndex[id] else { return nil }
                return ["title": graph.articles[number].title, "url": root + articlePaths[number]]
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

    /// "Title (page 2)" for the pages after the first.
    private func titled(_ title: String, _ page: Int) -> String {
        page > 1 ? "\(title) (page \(page))" : title
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
