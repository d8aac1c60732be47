/// What the search index holds: every entity, place, article, stand-alone page, tag and event of a
/// dossier as a document, with the texts its words are read from (weighted: a name or title counts
/// more than the text), the row the script shows for it, and the filters it answers to.
///
/// Documents are numbered by kind, each kind in a block of its own that starts at a multiple of
/// `blockSize`, so that a new entity does not renumber the articles; articles are numbered oldest
/// first, so that a new article (usually the newest) takes the next number and leaves the others'.
/// A document's number is what the term lists name, so a stable number keeps the lists unchanged.
struct SearchDocuments: Sendable {
    /// A kind of document, in the order of their blocks.
    enum Kind: String, CaseIterable, Sendable {
        case entity = "e"
        case place = "p"
        case article = "a"
        case page = "g"
        case tag = "t"
        case event = "v"

        /// Documents per document shard: results are scattered over the shards (each result shown
        /// loads one), so a kind with long rows (an excerpt) has few per shard.
        var perShard: Int {
            switch self {
            case .article, .page: 2
            case .entity, .place: 4
            case .event: 16
            case .tag: 32
            }
        }
    }

    /// One searchable thing.
    struct Document: Sendable {
        let kind: Kind
        /// What the script shows: `[url, title, meta, excerpt, aliases, detail]`, trailing empty
        /// fields left out. `url` is from the site's root (an event's with its anchor); `meta` is a
        /// date (`2016-04-05`), an entity's or place's type, or a tag's article count; `aliases`
        /// are joined by `|`; `detail` is an entity's role or a place's parent's name.
        let row: [String]
        /// The texts its words are read from, each with its weight; `html` for a rendered body.
        let fields: [Field]
        /// The filters it answers to: `~y:<year>`, `~e:<entity id>`, `~p:<place id>` (a place's
        /// documents answer to the places around it too).
        let filters: [String]
    }

    /// A text of a document.
    struct Field: Sendable {
        let text: String
        let weight: Float
        var html = false
    }

    /// A kind's documents.
    struct Block: Sendable {
        let kind: Kind
        /// The number of its first document.
        let start: Int
        let documents: [Document]
    }

    /// Each kind's block starts at a multiple of this.
    static let blockSize = 1024
    /// The characters of a document's text kept for its snippet (the script shows the part around
    /// the first word it matches; a longer text is loaded when the words are further on).
    static let excerptLength = 400
    /// The same for an entity's or place's profile, shown under its name and role.
    static let profileExcerptLength = 250

    /// The blocks, in `Kind` order.
    let blocks: [Block]

    /// The documents of `graph`, with the text of its `bodies`.
    init(graph: DossierGraph, bodies: RenderedBodies) {
        func body(_ rendered: [RenderedMarkdown], _ number: Int) -> String {
            number < rendered.count ? rendered[number].html : ""
        }
        func around(_ placeID: String) -> [String] {
            var chain = [placeID]
            var cursor = placeID
            while chain.count < 64, let number = graph.placeIndex[cursor], let parent = graph.placeLinks[number].parentID {
                chain.append(parent)
                cursor = parent
            }
            return chain
        }
        func placeFilters(_ ids: [String]) -> [String] {
            var seen = Set<String>()
            return ids.flatMap(around).filter { seen.insert($0).inserted }.map { "~p:" + $0 }
        }
        var made: [Kind: [Document]] = [:]
        made[.entity] = Array(graph.entities.indices).parallelMap { number in
            let entity = graph.entities[number]
            let text = body(bodies.entities, number)
            return Document(
                kind: .entity,
                row: Self.row([
                    SiteURLs.entity(entity.id), entity.name, entity.type.rawValue,
                    Self.excerpt([Self.excerptText(html: text)], length: Self.profileExcerptLength),
                    entity.aliases.joined(separator: "|"), entity.role ?? "",
                ]),
                fields: [
                    Field(text: entity.name, weight: 3), Field(text: entity.aliases.joined(separator: " "), weight: 3),
                    Field(text: entity.role ?? "", weight: 1.5), Field(text: text, weight: 1, html: true),
                ],
                filters: ["~e:" + entity.id])
        }
        made[.place] = Array(graph.places.indices).parallelMap { number in
            let place = graph.places[number]
            let text = body(bodies.places, number)
            let parent = graph.placeLinks[number].parentID.flatMap { graph.place($0)?.name } ?? ""
            return Document(
                kind: .place,
                row: Self.row([
                    SiteURLs.place(place.id), place.title, place.type.rawValue,
                    Self.excerpt([Self.excerptText(html: text)], length: Self.profileExcerptLength),
                    place.aliases.joined(separator: "|"), parent,
                ]),
                fields: [
                    Field(text: place.name, weight: 3), Field(text: place.aliases.joined(separator: " "), weight: 3),
                    Field(text: text, weight: 1, html: true),
                ],
                filters: placeFilters([place.id]))
        }
        // Oldest first (the graph lists them newest first).
        let articleCount = graph.articles.count
        made[.article] = Array(0..<articleCount).parallelMap { position in
            let number = articleCount - 1 - position
            let article = graph.articles[number]
            let links = graph.articleLinks[number]
            let text = body(bodies.articles, number)
            return Document(
                kind: .article,
                row: Self.row([
                    SiteURLs.article(article.id), article.title, article.date.description,
                    Self.excerpt([article.summary ?? "", Self.excerptText(html: text)]),
                ]),
                fields: [
                    Field(text: article.title, weight: 3), Field(text: article.summary ?? "", weight: 1.5),
                    Field(text: links.tagSlugs.joined(separator: " "), weight: 1.5), Field(text: text, weight: 1, html: true),
                ],
                filters: ["~y:\(article.date.year)"] + links.entityIDs.map { "~e:" + $0 } + placeFilters(links.placeIDs))
        }
        made[.page] = graph.pages.indices.map { number in
            let page = graph.pages[number]
            let text = body(bodies.pages, number)
            return Document(
                kind: .page,
                row: Self.row([
                    SiteURLs.page(page.id), page.title, "", Self.excerpt([page.summary ?? "", Self.excerptText(html: text)]),
                ]),
                fields: [
                    Field(text: page.title, weight: 3), Field(text: page.summary ?? "", weight: 1.5),
                    Field(text: text, weight: 1, html: true),
                ],
                filters: [])
        }
        made[.tag] = graph.tags.map { tag in
            Document(
                kind: .tag, row: [SiteURLs.tag(tag.slug), tag.name, String(tag.articles.count)],
                fields: [Field(text: tag.name, weight: 3)], filters: [])
        }
        let eventURLs = Self.eventURLs(in: graph)
        made[.event] = graph.events.indices.map { number in
            let event = graph.events[number]
            return Document(
                kind: .event, row: [eventURLs[number], event.record.title, event.record.date.description],
                fields: [Field(text: event.record.title, weight: 3)]
                    + [event.record.category, event.record.description].compactMap { $0 }.map { Field(text: $0, weight: 1) },
                filters: ["~y:\(event.record.date.year)"] + event.entityIDs.map { "~e:" + $0 } + placeFilters(event.placeIDs))
        }
        var blocks: [Block] = []
        var start = 0
        for kind in Kind.allCases {
            let documents = made[kind] ?? []
            blocks.append(Block(kind: kind, start: start, documents: documents))
            start += max(1, (documents.count + Self.blockSize - 1) / Self.blockSize) * Self.blockSize
        }
        self.blocks = blocks
    }

    /// Made from blocks (for tests).
    init(blocks: [Block]) { self.blocks = blocks }

    /// Each event's place on the timeline: its page and its anchor (its `id`, else its month's).
    static func eventURLs(in graph: DossierGraph) -> [String] {
        let pages = EventAnchors.timelinePages(
            in: graph, years: TimelineYear.all(in: graph), splits: SitePage.splitsTimeline(graph))
        return graph.events.indices.map { number in
            let record = graph.events[number].record
            return pages[number] + "#" + (record.id?.value ?? SiteURLs.timelineAnchor(record.date))
        }
    }

    /// The plain text of the start of a rendered body: enough for an excerpt, read without
    /// reading the rest.
    static func excerptText(html: String) -> String {
        let utf8 = html.utf8
        guard utf8.count > excerptLength * 3 else { return HTMLText.plain(html) }
        var end = utf8.index(utf8.startIndex, offsetBy: excerptLength * 3)
        while end > utf8.startIndex, UTF8.isContinuation(utf8[end]) { end = utf8.index(before: end) }
        return HTMLText.plain(String(html[..<end]))
    }

    /// `texts` joined, cut at a word after `length` characters.
    static func excerpt(_ texts: [String], length: Int = excerptLength) -> String {
        let text = texts.filter { !$0.isEmpty }.joined(separator: " ")
        guard text.count > length else { return text }
        let cut = text.prefix(length)
        return String(cut[..<(cut.lastIndex(of: " ") ?? cut.endIndex)]) + "…"
    }

    /// `fields` without trailing empty strings.
    private static func row(_ fields: [String]) -> [String] {
        var fields = fields
        while fields.last?.isEmpty == true { fields.removeLast() }
        return fields
    }
}
