/// What other pages show of each article, entity, place and event, made once per build from the
/// graph, with the digest of each fragment that is rendered once and reused (cards and events).
struct FragmentViews: Sendable {
    /// Each article's card, by article index.
    let articleCards: [ArticleCardView]
    let articleCardDigests: [ContentHash]
    /// Each entity's chip, by entity index.
    let entityChips: [Shared<EntityChipView>]
    /// Each place's chip, by place index.
    let placeChips: [Shared<PlaceChipView>]
    /// Each event as listed, by event index.
    let events: [EventView]
    let eventDigests: [ContentHash]

    /// `eventPages`: the timeline page that lists each event (`EventAnchors.timelinePages`), by
    /// event index; `markdown`: the options event descriptions are rendered with.
    init(
        graph: DossierGraph, summaries: [String], summaryHTML: [String], media: MediaFiles, dates: DateText, labels: Translations,
        eventPages: [String] = [], markdown: MarkdownOptions = [.smartPunctuation]
    ) {
        articleCards = Array(graph.articles.indices).parallelMap { number in
            ArticleCardView(
                graph.articles[number], summary: summaries[number], summaryHtml: summaryHTML[number], media: media, dates: dates)
        }
        articleCardDigests = articleCards.parallelMap(ViewDigest.of)
        entityChips = graph.entities.parallelMap { Shared(EntityChipView($0, labels: labels)) }
        placeChips = graph.places.parallelMap { Shared(PlaceChipView($0, labels: labels)) }
        let cards = articleCards
        let entityChips = entityChips
        let placeChips = placeChips
        let ids = ContentLinks.IDs(
            articles: Set(graph.articles.map(\.id)), entities: Set(graph.entities.map(\.id)),
            places: Set(graph.places.map(\.id)), pages: Set(graph.pages.map(\.id)), drafts: graph.draftArticleIDs,
            events: Dictionary(
                graph.events.indices.compactMap { number in
                    graph.events[number].record.id.flatMap { id in
                        number < eventPages.count ? (id.value, eventPages[number]) : nil
                    }
                }, uniquingKeysWith: { first, _ in first }))
        events = Array(graph.events.indices).parallelMap { number in
            let event = graph.events[number]
            // Rendered for the site root, like the whole fragment; footnotes kept apart from the
            // body's and from other events' on the same page.
            let description = event.record.description.map { text in
                MarkdownRenderer(
                    options: markdown, footnoteIDPrefix: "event-\(event.record.id?.value ?? String(number))-",
                    rewriteLink: { ContentLinks.rewrite($0, ids: ids, root: "") }
                ).render(text).html
            }
            return EventView(
                event, entities: event.entityIDs.compactMap { graph.entityIndex[$0].map { entityChips[$0] } },
                places: event.placeIDs.compactMap { graph.placeIndex[$0].map { placeChips[$0] } },
                sources: event.sourceArticleIDs.compactMap { graph.articleIndex[$0].map { cards[$0] } }, dates: dates,
                labels: labels, descriptionHtml: description, page: number < eventPages.count ? eventPages[number] : nil)
        }
        eventDigests = events.parallelMap(ViewDigest.of)
    }

    /// The cards of `numbers` (article indices), noted in `reads` (a card shows a summary, which
    /// may be an excerpt of a body).
    func cards(_ numbers: some Sequence<Int>, readBy reads: ViewReads) -> FragmentList {
        let list = FragmentList(.articleCard, numbers, digests: articleCardDigests)
        reads.cards += list.numbers
        return list
    }

    /// The events of `numbers` (event indices).
    func eventList(_ numbers: some Sequence<Int>) -> FragmentList {
        FragmentList(.event, numbers, digests: eventDigests)
    }

    /// The chip of the entity `id`, when the graph has it, with `count` beside it.
    func entity(_ id: String, in graph: DossierGraph, count: Int? = nil) -> Counted<EntityChipView>? {
        graph.entityIndex[id].map { Counted(entityChips[$0], count: count) }
    }

    /// The chip of the place `id`, when the graph has it, with `count` beside it.
    func place(_ id: String, in graph: DossierGraph, count: Int? = nil) -> Counted<PlaceChipView>? {
        graph.placeIndex[id].map { Counted(placeChips[$0], count: count) }
    }
}

/// An article as a card in lists (`partials/article-card`).
struct ArticleCardView: Encodable, Sendable {
    let title: String
    let url: SiteLink
    let dateIso: String
    let dateDisplay: String
    /// The summary, or the body's first paragraph, as text.
    let summary: String
    /// The same as HTML (a written summary is inline Markdown).
    let summaryHtml: String
    let sourceName: String?
    /// The article's picture, shown small.
    let image: CoverView?
    /// The language of its title and summary, when not the page's.
    let textLanguage: TextLanguage?

    init(_ article: Article, summary: String, summaryHtml: String, media: MediaFiles, dates: DateText) {
        self.summaryHtml = summaryHtml
        title = article.title
        url = SiteLink(SiteURLs.article(article.id))
        dateIso = article.date.description
        dateDisplay = dates.text(of: article.date)
        self.summary = summary
        sourceName = article.sources.first?.name
        image = CoverView(article.image, media: media)
        textLanguage = TextLanguage(article.language)
    }
}

/// An entity as a link (`partials/entity-link`).
struct EntityChipView: Encodable, Sendable {
    let name: String
    let url: SiteLink
    let type: String
    let typeLabel: String
    let isStub: Bool
    let role: String?

    /// The language of its name, shown untranslated in another language's edition.
    let textLanguage: TextLanguage?

    init(_ entity: Entity, labels: Translations) {
        name = entity.name
        url = SiteLink(SiteURLs.entity(entity.id))
        type = entity.type.rawValue
        typeLabel = labels.text("entity_type_" + entity.type.rawValue)
        isStub = entity.isStub
        role = entity.role
        textLanguage = TextLanguage(entity.language)
    }
}

/// A place as a link (`partials/place-link`).
struct PlaceChipView: Encodable, Sendable {
    let name: String
    let url: SiteLink
    let type: String
    let typeLabel: String
    let isStub: Bool
    /// The language of its name, shown untranslated in another language's edition.
    let textLanguage: TextLanguage?

    init(_ place: Place, labels: Translations) {
        name = place.title
        url = SiteLink(SiteURLs.place(place.id))
        type = place.type.rawValue
        typeLabel = labels.text("place_type_" + place.type.rawValue)
        isStub = place.isStub
        textLanguage = TextLanguage(place.language)
    }
}

/// An event as listed on the timeline and on pages (`partials/event`).
struct EventView: Encodable, Sendable {
    struct Source: Encodable, Sendable {
        let title: String
        let url: SiteLink
    }

    /// A source outside the dossier: `url` is the address as written (absolute, or empty).
    struct ExternalSource: Encodable, Sendable {
        let name: String
        let url: String?
        let dateIso: String?
        let dateDisplay: String?
    }

    /// How many people it killed: the numbers, and the text that says it ("12 killed",
    /// "10–15 killed").
    struct FatalitiesView: Encodable, Sendable {
        let best: Int?
        let low: Int?
        let high: Int?
        let display: String
    }

    let title: String
    /// The event's `id`: its anchor on every page that lists it.
    let anchor: String?
    /// The event on the timeline (its page and anchor), for an event with an id.
    let permalink: SiteLink?
    let dateIso: String
    let dateDisplay: String
    let isRange: Bool
    let descriptionHtml: String?
    let category: String?
    let fatalities: FatalitiesView?
    /// Whether it has a category or fatalities (the line that shows them).
    let hasFacts: Bool
    let entities: [Shared<EntityChipView>]
    let places: [Shared<PlaceChipView>]
    /// The articles that report it.
    let sources: [Source]
    /// The sources outside the dossier.
    let externalSources: [ExternalSource]
    /// Whether it has a source of either kind.
    let hasSources: Bool
    /// The language of its title, when not the page's.
    let textLanguage: TextLanguage?

    init(
        _ event: ResolvedEvent, entities: [Shared<EntityChipView>], places: [Shared<PlaceChipView>], sources: [ArticleCardView],
        dates: DateText, labels: Translations? = nil, descriptionHtml: String? = nil, page: String? = nil
    ) {
        let record = event.record
        title = record.title
        anchor = record.id?.value
        permalink = record.id.flatMap { id in page.map { SiteLink($0, anchor: id.value) } }
        dateIso = record.date.description
        dateDisplay = record.end.map { dates.text(from: record.date, to: $0) } ?? dates.text(of: record.date)
        isRange = record.end != nil && record.end != record.date
        self.descriptionHtml = descriptionHtml
        category = record.category
        fatalities = record.fatalities.flatMap { value in
            labels.map { labels in
                FatalitiesView(best: value.best, low: value.low, high: value.high, display: Self.text(of: value, labels))
            }
        }
        hasFacts = category != nil || fatalities != nil
        self.entities = entities
        self.places = places
        self.sources = sources.map { Source(title: $0.title, url: $0.url) }
        externalSources = record.externalSources.map { source in
            ExternalSource(
                name: source.name ?? source.title ?? source.url ?? "", url: source.url, dateIso: source.date?.description,
                dateDisplay: source.date.map(dates.text(of:)))
        }
        hasSources = !sources.isEmpty || !record.externalSources.isEmpty
        textLanguage = TextLanguage(event.language)
    }

    /// "12 killed", "10–15 killed", "12 killed (estimates 10–15)", "at least 10 killed", "up to 15 killed".
    static func text(of fatalities: Fatalities, _ labels: Translations) -> String {
        switch (fatalities.best, fatalities.low, fatalities.high) {
        case (let best?, let low?, let high?) where low != high:
            return labels.text("fatalities_best_range", numbers: ["count": best, "low": low, "high": high])
        case (let best?, _, _): return labels.text("fatalities_count", numbers: ["count": best])
        case (nil, let low?, let high?) where low != high:
            return labels.text("fatalities_range", numbers: ["low": low, "high": high])
        case (nil, let low?, _): return labels.text("fatalities_at_least", numbers: ["count": low])
        case (nil, nil, let high?): return labels.text("fatalities_at_most", numbers: ["count": high])
        case (nil, nil, nil): return ""
        }
    }
}

/// A chip with the count it stands for in a list beside it (`count`, when there is one).
struct Counted<Chip: Encodable & Sendable>: Encodable, Sendable {
    let chip: Inline<Shared<Chip>>
    let count: Int?

    init(_ chip: Shared<Chip>, count: Int?) {
        self.chip = Inline(chip)
        self.count = count
    }
}
