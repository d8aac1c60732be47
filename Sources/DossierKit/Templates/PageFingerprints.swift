/// A fingerprint of everything a page's HTML is made from: when a page's fingerprint is the one
/// recorded by the previous build, its file is kept as it is and the page is not rendered again.
///
/// A fingerprint combines the build's own (`generator`: the executable, the site settings and the
/// theme), the page's path, and the digests (`GraphDigests`) of each article, entity, place and
/// event the page shows; the pages that summarise the whole dossier (home, the entity, place and
/// tag indexes) combine what they show of every entity, place or tag.
struct PageFingerprints: Sendable {
    let graph: DossierGraph
    let reader: ReaderData
    let paginateBy: Int
    let digests: GraphDigests
    private let generator: ContentHash
    private let activitySpan: ContentHash
    private let placeMaps: ContentHash
    private let timelineYears: ContentHash
    /// Every entity's chip and article count, in order.
    private let entityCounts: ContentHash
    /// Every place's page digest (which has its count, parent and children), in order.
    private let allPlaces: ContentHash
    /// Every tag with its count.
    private let allTags: ContentHash

    /// Fingerprints for the pages `contexts` renders; `generator` stands for everything that is the
    /// same for every page (the executable, the site settings, the theme).
    init(contexts: PageContexts, generator: ContentHash) {
        graph = contexts.graph
        reader = contexts.reader
        paginateBy = contexts.paginateBy
        digests = GraphDigests(graph: contexts.graph, bodies: contexts.bodies, summaries: contexts.summaries)
        self.generator = generator
        var span = ContentHash()
        span.combine(reader.months.map { "\($0)" } ?? "")
        activitySpan = span
        var maps = ContentHash()
        for location in reader.locations {
            maps.combine(location.place)
            maps.combine(["\(location.latitude)", "\(location.longitude)"])
            maps.combine(location.mentions)
            maps.combine(digests.places[location.place])
        }
        placeMaps = maps
        var years = ContentHash()
        for year in reader.years {
            years.combine(year.year)
            years.combine(year.events.count)
        }
        years.combine(reader.splitsTimeline ? 1 : 0)
        timelineYears = years
        var entities = ContentHash()
        for (number, links) in graph.entityLinks.enumerated() {
            entities.combine(digests.entityLinks[number])
            entities.combine(graph.entities[number].aliases)
            entities.combine(links.articles.count)
        }
        entityCounts = entities
        var places = ContentHash()
        places.combine(digests.places)
        allPlaces = places
        var tags = ContentHash()
        for tag in graph.tags {
            tags.combine([tag.slug, tag.name])
            tags.combine(tag.articles.count)
        }
        allTags = tags
    }

    /// The fingerprint of `page` written at `path`.
    func of(_ page: SitePage, at path: String) -> ContentHash? {
        guard var hash = specific(page) else { return nil }
        hash.combine(generator)
        hash.combine(path)
        return hash
    }

    private func specific(_ page: SitePage) -> ContentHash? {
        switch page {
        case .article(let number):
            return digests.articles[number]
        case .articleIndex(let page):
            return list(Array(graph.articles.indices), page: page)
        case .entity(let number, let page):
            let links = graph.entityLinks[number]
            var hash = list(links.articles, page: page)
            hash.combine(digests.entities[number])
            if page == 1 { hash.combine(activity(links.articles)) }
            return hash
        case .place(let number, let page):
            let links = graph.placeLinks[number]
            var hash = list(links.articles, page: page)
            hash.combine(digests.places[number])
            if page == 1 {
                hash.combine(activity(links.articles))
                hash.combine(placeMaps)
            }
            return hash
        case .tag(let number, let page):
            let tag = graph.tags[number]
            var hash = list(tag.articles, page: page)
            hash.combine([tag.slug, tag.name])
            return hash
        case .timeline:
            var hash = timelineYears
            if !reader.splitsTimeline { hash.combine(digests.events) }
            return hash
        case .timelineYear(let year):
            var hash = timelineYears
            hash.combine(year)
            for shown in reader.years where shown.year == year { hash.combine(Array(digests.events[shown.events])) }
            return hash
        case .home:
            var hash = list(Array(graph.articles.indices.prefix(10)), page: 1)
            hash.combine([entityCounts, allPlaces])
            hash.combine(graph.events.indices.suffix(8).map { digests.events[$0] })
            hash.combine(graph.events.count)
            hash.combine(graph.tags.count)
            return hash
        case .entityIndex:
            return entityCounts
        case .placeIndex:
            var hash = allPlaces
            hash.combine(placeMaps)
            return hash
        case .tagIndex:
            return allTags
        case .search, .notFound:
            return ContentHash()
        }
    }

    /// The fingerprint of a file made from what `digest` hashes (and from the generator).
    func extra(_ digest: ContentHash) -> ContentHash {
        var hash = generator
        hash.combine(digest)
        return hash
    }

    /// The fingerprint of the search index script of `kind` (see `SearchIndex`).
    func searchIndex(_ kind: String) -> ContentHash {
        var hash = generator
        hash.combine(kind)
        switch kind {
        case "articles": hash.combine(digests.articleCards)
        case "entities": hash.combine(entityCounts)
        case "places": hash.combine(allPlaces)
        case "tags": hash.combine(allTags)
        default:
            hash.combine(digests.events)
            hash.combine(reader.splitsTimeline ? 1 : 0)
        }
        return hash
    }

    /// A page of an article list: its articles' cards, and the list's length (for the page links).
    private func list(_ articles: [Int], page: Int) -> ContentHash {
        var hash = ContentHash()
        hash.combine(page)
        hash.combine(articles.count)
        hash.combine(Pagination.slice(articles, page: page, perPage: paginateBy).map { digests.articleCards[$0] })
        return hash
    }

    /// An activity strip: the months of the articles, on the dossier's span, and the first and last
    /// dates.
    private func activity(_ articles: [Int]) -> ContentHash {
        var hash = activitySpan
        hash.combine(articles.count)
        for article in articles where article < reader.articleMonths.count { hash.combine(reader.articleMonths[article]) }
        if let newest = articles.first, let oldest = articles.last {
            hash.combine([graph.articles[newest].date.description, graph.articles[oldest].date.description])
        }
        return hash
    }

    /// The fingerprint of a feed of `articles` about a subject shown as `subject` (its name and
    /// description as the feed states them).
    func feed(of articles: [Int], subject: [String]) -> ContentHash {
        var hash = generator
        hash.combine(subject)
        hash.combine(articles.map { digests.articles[$0] })
        // An empty feed is dated by the dossier's newest article.
        if articles.isEmpty { hash.combine(graph.articles.first?.date.description ?? "") }
        return hash
    }
}
