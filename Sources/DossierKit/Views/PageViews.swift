/// Makes the view of each page (`PageView`) from a build's `ViewSource`: a pure function, called
/// from many threads at once, once per page for its fingerprint and template data alike.
struct PageViews: Sendable {
    let source: ViewSource

    /// The view of `page`, written at `path`, made from `source` (which notes what it reads).
    func view(of page: SitePage, at path: String, from source: PageSource) -> PageView {
        let (title, description, content) = self.content(of: page, from: source)
        var head = PageHead(
            pageTitle: title, pageDescription: description.isEmpty ? source.site.description : description)
        addReaderKeys(to: &head, for: page, at: path, from: source)
        if let editions = source.editions { addEditions(editions, to: &head, for: page, at: path) }
        let common =
            self.source.common[page.section]
            ?? Shared(
                CommonView(
                    site: source.site, section: page.section, graph: source.graph,
                    customStylesheet: source.shared.customStylesheet, language: source.language,
                    up: source.editions.map { $0.members[$0.current].edition.up } ?? ""))
        return PageView(common: common, head: head, content: content)
    }

    /// What templates show of the page when rendered in `context`: the view's template data.
    func templateContext(
        of page: SitePage, at path: String, fragments: any FragmentSource, keys: TemplateKeyRecorder? = nil
    ) -> TemplateData.Context {
        let root = page == .notFound ? (source.site.baseURL ?? SiteURLs.root(from: path)) : SiteURLs.root(from: path)
        return TemplateData.Context(root: root, fragments: fragments, keys: keys, language: source.language)
    }

    private func content(of page: SitePage, from source: PageSource) -> (String, String, PageContent) {
        let graph = source.graph
        let site = source.site
        let t = source.language.translations
        func titled(_ title: String, _ page: Int) -> String {
            page > 1 ? t.text("title_page", ["title": title], numbers: ["page": page]) : title
        }
        switch page {
        case .home: return (site.title, site.description, .home(HomeView(from: source)))
        case .articleIndex(let number):
            return (
                titled(t.text("articles"), number), t.text("articles_description"),
                .articleIndex(ArticleIndexView(page: number, from: source))
            )
        case .article(let number):
            return (graph.articles[number].title, source.summary(number), .article(ArticlePageView(number, from: source)))
        case .entityIndex:
            return (t.text("entities"), t.text("entities_description"), .entityIndex(EntityIndexView(from: source)))
        case .entity(let number, let page):
            let entity = graph.entities[number]
            return (
                titled(entity.name, page),
                entity.role ?? t.text("in_the_dossier", ["type": t.text("entity_type_" + entity.type.rawValue)]),
                .entity(EntityPageView(number, page: page, from: source))
            )
        case .placeIndex:
            return (t.text("places"), t.text("places_description"), .placeIndex(PlaceIndexView(from: source)))
        case .place(let number, let page):
            let place = graph.places[number]
            return (
                titled(place.title, page), t.text("in_the_dossier", ["type": t.text("place_type_" + place.type.rawValue)]),
                .place(PlacePageView(number, page: page, from: source))
            )
        case .timeline:
            return (
                t.text("timeline"), t.text("timeline_description"), .timeline(TimelineView(current: nil, from: source))
            )
        case .timelineYear(let year):
            return (
                t.text("timeline_of_year", numbers: ["year": year]), t.text("timeline_year_description", numbers: ["year": year]),
                .timeline(TimelineView(current: year, from: source))
            )
        case .timelineMonth(let year, let month, let page):
            let label = TimelineView.label(ofMonth: month, year: year, in: source.language)
            return (
                titled(label, page), t.text("timeline_year_description", numbers: ["year": year]),
                .timeline(TimelineView(year: year, month: month, page: page, from: source))
            )
        case .articleEvents(let number, let page):
            let article = graph.articles[number]
            return eventList(
                name: article.title, kind: "article", subject: SiteURLs.article(article.id), language: article.language,
                events: graph.articleLinks[number].events, page: page, from: source)
        case .entityEvents(let number, let page):
            let entity = graph.entities[number]
            return eventList(
                name: entity.name, kind: "entity", subject: SiteURLs.entity(entity.id), language: entity.language,
                events: graph.entityLinks[number].events, page: page, from: source)
        case .placeEvents(let number, let page):
            let place = graph.places[number]
            return eventList(
                name: place.title, kind: "place", subject: SiteURLs.place(place.id), language: place.language,
                events: graph.placeLinks[number].events, page: page, from: source)
        case .placeList(let page):
            let view = PlaceListView(page: page, from: source)
            return (view.heading.plain, t.text("places_list_description"), .placeList(view))
        case .placeChildren(let number, let page):
            let view = PlaceListView(within: number, page: page, from: source)
            return (
                view.heading.plain, t.text("places_within_description", ["name": graph.places[number].title]),
                .placeList(view)
            )
        case .page(let number):
            let page = graph.pages[number]
            return (
                page.title, source.pageSummary(number)?.text ?? page.summary ?? "",
                .page(StandalonePageView(number, from: source))
            )
        case .search:
            return (t.text("search_title"), t.text("search_description"), .none)
        case .notFound: return (t.text("page_not_found"), t.text("page_not_found_description"), .none)
        case .tagIndex: return (t.text("tags"), t.text("tags_description"), .tagIndex(TagIndexView(from: source)))
        case .tag(let number, let page):
            let tag = graph.tags[number]
            return (
                titled(t.text("tag_title", ["name": tag.name]), page), t.text("tag_description", ["name": tag.name]),
                .tag(TagPageView(number, page: page, from: source))
            )
        }
    }

    /// A page of the events of the article, entity or place `name`, whose page is `subject`.
    private func eventList(
        name: String, kind: String, subject: String, language: String?, events: [Int], page: Int, from source: PageSource
    ) -> (String, String, PageContent) {
        let view = EventListPageView(
            name: name, kind: kind, subject: subject, language: language, events: events, page: page, from: source)
        return (
            view.heading.plain, source.language.translations.text("events_of_description", ["name": name]),
            .eventList(view)
        )
    }

    /// The reader-side keys: canonical address, feeds, Open Graph type, JSON-LD, activity strips and
    /// locator maps.
    private func addReaderKeys(to head: inout PageHead, for page: SitePage, at path: String, from source: PageSource) {
        let graph = source.graph
        let site = source.site
        let reader = source.reader
        let jsonLD = JSONLD(graph: graph, site: site, tagNames: source.tagNames)
        if site.baseURL != nil, page != .notFound {
            head.canonicalUrl = jsonLD.url(path)
            let siteFeed = PageHead.Feed(title: site.title, url: SiteLink(SiteURLs.siteFeed))
            head.siteFeed = siteFeed
            head.feeds = [siteFeed]
        }
        var schema: JSONObject?
        let up = source.editions.map { $0.members[$0.current].edition.up } ?? ""
        switch page {
        case .home, .timeline, .timelineYear, .timelineMonth, .placeIndex:
            let files: [OpenData.File] =
                switch page {
                case .home: [OpenData.dossierJSON, OpenData.dataPackage]
                case .placeIndex: [OpenData.placesGeoJSON]
                default: [OpenData.timelineJSON, OpenData.eventsCSV, OpenData.eventsGeoJSON]
                }
            head.dataAlternates = files.map { DataFileLink($0, up: up) }
        default: break
        }
        switch page {
        case .home:
            schema = jsonLD.website()
        case .article(let number):
            head.ogType = "article"
            schema = jsonLD.article(number, summary: source.summary(number))
        case .entity(let number, let page):
            let entity = graph.entities[number]
            if entity.type == .person { head.ogType = "profile" }
            schema = jsonLD.entity(number)
            addPageFeed(SiteURLs.entityFeed(entity.id), title: "\(entity.name) · \(site.title)", to: &head)
            guard page == 1 else { break }
            head.activity = ActivityView(
                articles: graph.entityLinks[number].articles, subject: entity.name, reader: reader, id: "activity"
            ).map(Drawn.init)
        case .place(let number, let page):
            let place = graph.places[number]
            schema = jsonLD.place(number)
            addPageFeed(SiteURLs.placeFeed(place.id), title: "\(place.title) · \(site.title)", to: &head)
            guard page == 1 else { break }
            head.activity = ActivityView(
                articles: graph.placeLinks[number].articles, subject: place.name, reader: reader, id: "activity"
            ).map(Drawn.init)
            head.map = placeMap(number).map(Drawn.init)
        case .placeIndex:
            if let frame = reader.map {
                head.map = Drawn(
                    LocatorMap.view(
                        graph: graph, frame: frame, highlighted: [], limit: 1000, id: "map",
                        title: source.language.translations.text("map_of_dossier"), translations: source.language.translations))
            }
        case .timeline:
            schema = reader.splitsTimeline ? nil : jsonLD.events(graph.events.indices)
        case .timelineYear(let year):
            schema = reader.years.first { $0.year == year && !$0.splitsIntoMonths }.map { jsonLD.events($0.events) }
        case .timelineMonth(let year, let month, let page):
            schema = reader.years.first { $0.year == year }?.months.first { $0.month == month }.map {
                jsonLD.events($0.events(onPage: page))
            }
        default:
            break
        }
        if let image = coverImage(of: page, in: graph), let file = source.media.byPath[image.src],
            let url = jsonLD.url(source.media.link(file))
        {
            head.ogImage = OpenGraphImage(url: url, alt: image.alt, width: file.size?.width, height: file.size?.height)
            schema?.set("image", url)
        }
        head.jsonLdHtml = schema.map(JSONLDScript.init)
    }

    /// The same page in the other languages: the switcher links to every edition, `hreflang` only to
    /// those that show the page in their language (and `x-default` to the default's).
    private func addEditions(_ editions: EditionLinks, to head: inout PageHead, for page: SitePage, at path: String) {
        head.languageSwitcher = PageHead.LanguageSwitcher(
            choices: editions.members.enumerated().map { number, member in
                PageHead.LanguageChoice(
                    name: member.name, hreflang: member.edition.language, url: SiteLink(editions.path(path, in: member)),
                    current: number == editions.current)
            })
        // Search engines want absolute addresses here, so these need the site's, like `canonical`.
        guard page != .notFound, editions.base != nil, editions.hasOwnText(page, in: editions.members[editions.current])
        else { return }
        let written = editions.members.filter { editions.hasOwnText(page, in: $0) }
        guard written.count > 1, let first = editions.members.first else { return }
        head.alternates =
            written.compactMap { member in
                editions.address(path, in: member).map { PageHead.Alternate(hreflang: member.edition.language, url: $0) }
            } + [editions.address(path, in: first).map { PageHead.Alternate(hreflang: "x-default", url: $0) }].compactMap { $0 }
    }

    /// The picture of the article, entity or place the page is about.
    private func coverImage(of page: SitePage, in graph: DossierGraph) -> CoverImage? {
        switch page {
        case .article(let number): graph.articles[number].image
        case .entity(let number, _): graph.entities[number].image
        case .place(let number, _): graph.places[number].image
        default: nil
        }
    }

    /// The page's own feed link, when feeds are written (only with a base URL).
    private func addPageFeed(_ feed: String, title: String, to head: inout PageHead) {
        guard source.site.baseURL != nil else { return }
        let pageFeed = PageHead.Feed(title: title, url: SiteLink(feed))
        head.pageFeed = pageFeed
        head.feeds = (head.feeds ?? []) + [pageFeed]
    }

    /// The locator map of a place page: framed on the place, the places it lies in, the places
    /// within it and beside it (at least 6° across), with every place that falls in that frame; the
    /// place is highlighted (or, when it has no coordinates, the places directly within it).
    private func placeMap(_ number: Int) -> LocatorMapView? {
        let graph = source.graph
        let reader = source.reader
        let links = graph.placeLinks[number]
        let children = links.childIDs.compactMap { graph.placeIndex[$0] }
        let ancestors = source.ancestors(ofPlace: number)
        let siblings = ancestors.first.map { graph.placeLinks[$0].childIDs.compactMap { graph.placeIndex[$0] } } ?? []
        let family = Set([number] + ancestors + children + siblings)
        guard var frame = LocatorMap.Frame(locations: reader.locations, fitting: family, minimumSpan: 6, keeping: 150) else {
            return nil
        }
        if frame.points.count < 3, let overall = reader.map { frame = overall }
        let highlighted = frame.pointByPlace[number] != nil ? [number] : children.filter { frame.pointByPlace[$0] != nil }
        guard !highlighted.isEmpty else { return nil }
        let name = graph.places[number].title
        return LocatorMap.view(
            graph: graph, frame: frame, highlighted: highlighted, preferred: ancestors + children + siblings, limit: 150,
            id: "map",
            title: source.language.translations.text(
                highlighted == [number] ? "map_of_place" : "map_of_places_in", ["name": name]),
            translations: source.language.translations)
    }

    /// "Title (page 2)" for the pages after the first.
}
