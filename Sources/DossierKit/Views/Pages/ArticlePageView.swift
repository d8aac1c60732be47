/// An article's page (`article.mustache`, under `article`).
struct ArticlePageView: Encodable, Sendable {
    struct TagLink: Encodable, Sendable {
        let name: String
        let url: SiteLink
    }

    /// One source: its name (or URL), the piece's title and date, a link and a saved copy.
    struct Source: Encodable, Sendable {
        let name: String
        let url: String?
        let title: String?
        let dateIso: String?
        let dateDisplay: String?
        let archiveUrl: String?
    }

    /// A correction: when, and what was wrong (rendered Markdown).
    struct CorrectionView: Encodable, Sendable {
        let dateIso: String
        let dateDisplay: String
        let textHtml: String
    }

    let title: String
    let dateIso: String
    let dateDisplay: String
    /// The summary written in front matter, or the body's first paragraph (cards, descriptions).
    let summary: String
    /// The lead under the title: the written summary only (a derived one would repeat the body's
    /// first paragraph).
    let lead: String?
    let leadHtml: String?
    let bodyHtml: RenderedHTML
    let entities: [Counted<EntityChipView>]
    let places: [Counted<PlaceChipView>]
    let tags: [TagLink]
    /// The events it reports, the latest `EventListView.inlineLimit` when there are more.
    let events: Inline<EventListView>
    let relatedHtml: FragmentList
    let hasEntities: Bool
    let hasPlaces: Bool
    let hasTags: Bool
    let hasRelated: Bool
    /// The first source, shown beside the date.
    let source: Source?
    /// Every source, listed under the body when there are several or any has more than a name.
    let sources: [Source]
    let hasSourceList: Bool
    /// "By Anna Petrova and Levon Ter-Petrosyan", or nothing.
    let byline: String?
    let authors: [String]
    let updatedIso: String?
    let updatedDisplay: String?
    /// Newest first.
    let corrections: [CorrectionView]
    let hasCorrections: Bool
    let extra: ExtraData?
    let image: CoverView?
    /// A draft shown by `--drafts`: the page says so, in a banner.
    let draft: Bool
    /// The language of its title and text, when not the page's.
    let textLanguage: TextLanguage?

    init(_ number: Int, from source: PageSource) {
        let graph = source.graph
        let dates = source.language.dates
        let article = graph.articles[number]
        let links = graph.articleLinks[number]
        title = article.title
        draft = article.isDraft
        textLanguage = TextLanguage(article.language, page: source.language, untranslated: source.editions != nil)
        dateIso = article.date.description
        dateDisplay = dates.text(of: article.date)
        summary = source.summary(number)
        lead = article.summary == nil ? nil : summary
        leadHtml = article.summary == nil ? nil : source.summaryHTML(number)
        bodyHtml = source.articleBody(number)
        entities = links.entityIDs.compactMap { source.fragments.entity($0, in: graph) }
        places = links.placeIDs.compactMap { source.fragments.place($0, in: graph) }
        tags = links.tagSlugs.compactMap { slug in
            source.tagNames[slug].map { TagLink(name: $0, url: SiteLink(SiteURLs.tag(slug))) }
        }
        events = Inline(EventListView(links.events, subject: SiteURLs.article(article.id), from: source))
        relatedHtml = source.cards(links.related)
        hasEntities = !links.entityIDs.isEmpty
        hasPlaces = !links.placeIDs.isEmpty
        hasTags = !links.tagSlugs.isEmpty
        hasRelated = !links.related.isEmpty
        sources = article.sources.map { source in
            Source(
                name: source.name ?? source.url ?? "", url: source.url, title: source.title,
                dateIso: source.date?.description, dateDisplay: source.date.map(dates.text(of:)), archiveUrl: source.archiveURL)
        }
        self.source = sources.first
        hasSourceList = sources.count > 1 || sources.contains { $0.title != nil || $0.archiveUrl != nil || $0.dateIso != nil }
        authors = article.authors
        byline = Self.byline(article.authors, in: source.language.translations)
        updatedIso = article.updated?.description
        updatedDisplay = article.updated.map(dates.text(of:))
        let options: MarkdownOptions = source.site.unsafeHTML ? [.smartPunctuation, .allowRawHTML] : [.smartPunctuation]
        corrections = article.corrections.enumerated().sorted { a, b in
            a.element.date != b.element.date ? a.element.date > b.element.date : a.offset < b.offset
        }.map { number, correction in
            // Footnotes of a correction must not take the ids of the body's.
            let renderer = MarkdownRenderer(options: options, footnoteIDPrefix: "correction-\(number + 1)-")
            return CorrectionView(
                dateIso: correction.date.description, dateDisplay: dates.text(of: correction.date),
                textHtml: renderer.render(correction.text).html)
        }
        hasCorrections = !corrections.isEmpty
        extra = article.extra.map(ExtraData.init)
        image = CoverView(article.image, media: source.media)
    }

    /// "By A", "By A and B", "By A, B and C": the names joined as the language lists them (CLDR).
    static func byline(_ authors: [String], in translations: Translations) -> String? {
        guard !authors.isEmpty else { return nil }
        return translations.text("byline", ["names": translations.list(authors)], numbers: ["count": authors.count])
    }
}
