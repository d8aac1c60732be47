/// The reader-side keys of page contexts (see docs/theming.md): search, feeds, canonical links,
/// Open Graph, JSON-LD, activity strips, locator maps, the timeline by year, the search and 404 pages.
extension PageContexts {
    /// `context` (the page's own keys) with the reader-side keys added.
    func withReaderKeys(_ context: [String: Any], for page: SitePage, at path: String) -> [String: Any] {
        var context = context
        let jsonLD = JSONLD(graph: graph, site: site, tagNames: tagNames)
        // Fixed ASCII paths need no percent-encoding: the root prefix is enough.
        let root = SiteURLs.root(from: path)
        context["search_url"] = root + SiteURLs.searchPage
        context["search_index_urls"] = SearchIndex.kinds.map { ["url": root + SearchIndex.path(of: $0)] }
        context["og_type"] = "website"
        if site.baseURL != nil, page != .notFound {
            context["canonical_url"] = jsonLD.url(path)
            let siteFeed: [String: Any] = ["title": site.title, "url": root + SiteURLs.siteFeed]
            context["site_feed"] = siteFeed
            context["feeds"] = [siteFeed]
        }
        var data: Any?
        switch page {
        case .home:
            data = jsonLD.website()
        case .article(let number):
            context["og_type"] = "article"
            data = jsonLD.article(number, summary: summaries[number])
        case .entity(let number, let page):
            let entity = graph.entities[number]
            if entity.type == .person { context["og_type"] = "profile" }
            data = jsonLD.entity(number)
            addPageFeed(SiteURLs.entityFeed(entity.id), title: "\(entity.name) · \(site.title)", at: path, to: &context)
            guard page == 1 else { break }
            context["activity"] = ActivityStrip.context(
                articles: graph.entityLinks[number].articles, subject: entity.name, reader: reader, id: "activity")
        case .place(let number, let page):
            let place = graph.places[number]
            data = jsonLD.place(number)
            addPageFeed(SiteURLs.placeFeed(place.id), title: "\(place.name) · \(site.title)", at: path, to: &context)
            guard page == 1 else { break }
            context["activity"] = ActivityStrip.context(
                articles: graph.placeLinks[number].articles, subject: place.name, reader: reader, id: "activity")
            context["map"] = placeMap(number, at: path)
        case .placeIndex:
            if let frame = reader.map {
                context["map"] = LocatorMap.context(
                    graph: graph, frame: frame, highlighted: [], limit: 1000, from: path, id: "map",
                    title: "Map of the places in the dossier")
            }
        case .timeline:
            let shown = reader.splitsTimeline ? [] : reader.years
            data = reader.splitsTimeline ? nil : jsonLD.events(graph.events.indices)
            context.merge(timelineContext(showing: shown, current: nil, at: path)) { _, new in new }
        case .timelineYear(let year):
            let shown = reader.years.filter { $0.year == year }
            data = shown.first.map { jsonLD.events($0.events) }
            context.merge(timelineContext(showing: shown, current: year, at: path)) { _, new in new }
        case .notFound:
            if let base = site.baseURL { context = absolutized(context, base: base) }
        default:
            break
        }
        if let data { context["json_ld_html"] = Markup.scriptSafeJSON(data) }
        return context
    }

    /// The page's own feed link, when feeds are written (only with a base URL).
    private func addPageFeed(_ feed: String, title: String, at path: String, to context: inout [String: Any]) {
        guard site.baseURL != nil else { return }
        let pageFeed: [String: Any] = ["title": title, "url": SiteURLs.link(to: feed, from: path)]
        context["page_feed"] = pageFeed
        context["feeds"] = ((context["feeds"] as? [[String: Any]]) ?? []) + [pageFeed]
    }

    /// The locator map of a place page: framed on the place, the places it lies in, the places
    /// within it and beside it (at least 6° across), with every place that falls in that frame; the
    /// place is highlighted (or, when it has no coordinates, the places directly within it).
    private func placeMap(_ number: Int, at path: String) -> [String: Any]? {
        let links = graph.placeLinks[number]
        let children = links.childIDs.compactMap { graph.placeIndex[$0] }
        var ancestors: [Int] = []
        var cursor = links.parentID
        while let id = cursor, let parent = graph.placeIndex[id], !ancestors.contains(parent), parent != number {
            ancestors.append(parent)
            cursor = graph.placeLinks[parent].parentID
        }
        let siblings = ancestors.first.map { graph.placeLinks[$0].childIDs.compactMap { graph.placeIndex[$0] } } ?? []
        let family = Set([number] + ancestors + children + siblings)
        guard var frame = LocatorMap.Frame(locations: reader.locations, fitting: family, minimumSpan: 6, keeping: 150) else {
            return nil
        }
        if frame.points.count < 3, let overall = reader.map { frame = overall }
        let highlighted = frame.pointByPlace[number] != nil ? [number] : children.filter { frame.pointByPlace[$0] != nil }
        guard !highlighted.isEmpty else { return nil }
        let name = graph.places[number].name
        return LocatorMap.context(
            graph: graph, frame: frame, highlighted: highlighted, preferred: ancestors + children + siblings, limit: 150,
            from: path, id: "map",
            title: highlighted == [number] ? "Map of \(name) and the places around it" : "Map of the places in \(name)")
    }

    /// The 404 page is served for any missing path, so its links are made absolute from the site's
    /// address rather than relative to the site root.
    private func absolutized(_ context: [String: Any], base: String) -> [String: Any] {
        var context = context
        context["root"] = base
        for key in ["stylesheet", "search_url"] {
            if let relative = context[key] as? String { context[key] = base + relative }
        }
        context["search_index_urls"] = SearchIndex.kinds.map { ["url": base + SearchIndex.path(of: $0)] }
        context["nav"] = (context["nav"] as? [[String: Any]])?.map { item in
            var item = item
            if let relative = item["url"] as? String { item["url"] = base + relative }
            return item
        }
        return context
    }
}
