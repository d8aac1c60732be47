import Foundation

/// What the views of a build are made from, worked out once: the graph, the rendered bodies, the
/// fragments other pages show, and the reader-side data of the whole dossier.
struct ViewSource: Sendable {
    let graph: DossierGraph
    let site: SiteConfig
    /// The files of `content/media/`, for pictures.
    let media: MediaFiles
    /// Read only through a page's `PageSource`, which notes what each view reads of them.
    fileprivate let bodies: RenderedBodies
    /// Items per page of a paginated list.
    let paginateBy: Int
    /// Each article's summary as text, or its body's excerpt when it has none (read through
    /// `PageSource`), and as HTML (a written summary is inline Markdown).
    fileprivate let summaries: [String]
    fileprivate let summaryHTML: [String]
    fileprivate let summaryDigests: [ContentHash]
    /// Each tag's name by slug.
    let tagNames: [String: String]
    let fragments: FragmentViews
    let reader: ReaderData
    /// Each entity's and place's rank by name in the language of a translated edition (CLDR
    /// collation: Cyrillic first in Russian, `ə` after `e` in Azerbaijani), where the graph's order,
    /// by the default language's names, is not the edition's; `nil` otherwise.
    let entityRanks: [Int]?
    let placeRanks: [Int]?
    /// The places by name with their initials, when a list of places by name needs them.
    let placeAlphabet: PlaceAlphabet?
    /// The keys every page of a section has, by section (`SitePage.section`).
    let common: [String: Shared<CommonView>]
    /// The most entities or places listed beside an entity or place (the most mentioned ones).
    let sidebarLimit = 20

    /// Whether the theme has the dossier's own stylesheet (`Theme.customStylesheet`).
    let customStylesheet: Bool
    /// The language the site is read in: its dates, plurals and direction.
    let language: SiteLanguage
    /// How the pages link to the same pages in the site's other languages; `nil` for a site in one.
    let editions: EditionLinks?

    init(
        graph: DossierGraph, site: SiteConfig, bodies: RenderedBodies, paginateBy: Int, media: MediaFiles = MediaFiles(),
        customStylesheet: Bool = false, language: SiteLanguage? = nil, editions: EditionLinks? = nil
    ) {
        self.graph = graph
        self.editions = editions
        self.customStylesheet = customStylesheet
        let language = language ?? SiteLanguage(tag: site.language)
        self.language = language
        self.site = site
        self.media = media
        self.bodies = bodies
        self.paginateBy = paginateBy
        let written = graph.articles.indices.map { number in
            number < bodies.summaries.count ? bodies.summaries[number] : nil
        }
        let summaries = graph.articles.indices.map { number in
            written[number]?.text ?? graph.articles[number].summary ?? bodies.articles[number].excerpt
        }
        let summaryHTML = summaries.indices.map { number in written[number]?.html ?? HTMLEscaping.escape(summaries[number]) }
        self.summaries = summaries
        self.summaryHTML = summaryHTML
        summaryDigests = summaryHTML.map(ContentHash.of)
        tagNames = Dictionary(graph.tags.map { ($0.slug, $0.name) }, uniquingKeysWith: { first, _ in first })
        let reader = ReaderData(graph: graph, site: site)
        self.reader = reader
        fragments = FragmentViews(
            graph: graph, summaries: summaries, summaryHTML: summaryHTML, media: media, dates: language.dates,
            labels: language.translations, eventPages: reader.eventPages,
            markdown: site.unsafeHTML ? [.smartPunctuation, .allowRawHTML] : [.smartPunctuation])
        let translated = editions.map { !$0.members[$0.current].edition.isDefault } ?? false
        entityRanks = translated ? Self.ranks(graph.entities.map(\.name), language: language.tag) : nil
        let placeRanks = translated ? Self.ranks(graph.places.map(\.name), language: language.tag) : nil
        self.placeRanks = placeRanks
        placeAlphabet =
            PlaceAlphabet.isNeeded(in: graph) ? PlaceAlphabet(graph: graph, ranks: placeRanks, language: language.tag) : nil
        common = Dictionary(
            uniqueKeysWithValues: (CommonView.sections.map(\.section) + ["search", "none"]).map { section in
                (
                    section,
                    Shared(
                        CommonView(
                            site: site, section: section, graph: graph, customStylesheet: customStylesheet,
                            language: language, up: editions.map { $0.members[$0.current].edition.up } ?? ""))
                )
            })
    }

    /// The rank of each of `names` in `language`'s alphabetical order (ignoring case).
    private static func ranks(_ names: [String], language: String) -> [Int] {
        let locale = Locale(identifier: language)
        let order = names.indices.sorted { a, b in
            let order = names[a].compare(names[b], options: [.caseInsensitive], range: nil, locale: locale)
            return order == .orderedSame ? a < b : order == .orderedAscending
        }
        var ranks = [Int](repeating: 0, count: names.count)
        for (rank, number) in order.enumerated() { ranks[number] = rank }
        return ranks
    }

    /// The places that `number` lies in, innermost first (place indices), stopping at a cycle.
    func ancestors(ofPlace number: Int) -> [Int] {
        var ancestors: [Int] = []
        var cursor = graph.placeLinks[number].parentID
        while let id = cursor, let parent = graph.placeIndex[id], !ancestors.contains(parent), parent != number {
            ancestors.append(parent)
            cursor = graph.placeLinks[parent].parentID
        }
        return ancestors
    }
}

/// What one page's view is made from: the build's `ViewSource`, with what the view reads of the
/// Markdown bodies (a body, an excerpt, a card) noted in `reads`. Everything else a view shows comes
/// from the graph and the settings, so when neither changed (an edit of a body in `serve`), a view
/// whose reads give the same digests as before is the same view (see `PageViewMemo`).
struct PageSource {
    let shared: ViewSource
    let reads: ViewReads

    var graph: DossierGraph { shared.graph }
    var site: SiteConfig { shared.site }
    var media: MediaFiles { shared.media }
    var paginateBy: Int { shared.paginateBy }
    var tagNames: [String: String] { shared.tagNames }
    var language: SiteLanguage { shared.language }
    var fragments: FragmentViews { shared.fragments }
    var reader: ReaderData { shared.reader }
    var placeAlphabet: PlaceAlphabet? { shared.placeAlphabet }
    var sidebarLimit: Int { shared.sidebarLimit }
    var editions: EditionLinks? { shared.editions }

    /// Entity positions `numbers` in the order of the edition's names.
    func byName(entities numbers: [Int]) -> [Int] {
        shared.entityRanks.map { ranks in numbers.sorted { ranks[$0] < ranks[$1] } } ?? numbers
    }

    /// Place positions `numbers` in the order of the edition's names.
    func byName(places numbers: [Int]) -> [Int] {
        shared.placeRanks.map { ranks in numbers.sorted { ranks[$0] < ranks[$1] } } ?? numbers
    }

    func ancestors(ofPlace number: Int) -> [Int] { shared.ancestors(ofPlace: number) }

    /// The summary of article `number` (its excerpt when it has none).
    func summary(_ number: Int) -> String {
        reads.summaries.append(number)
        return shared.summaries[number]
    }

    /// The summary of article `number` as HTML.
    func summaryHTML(_ number: Int) -> String {
        reads.summaries.append(number)
        return shared.summaryHTML[number]
    }

    /// The written summary of page `number`, as text and HTML.
    func pageSummary(_ number: Int) -> InlineMarkdown? {
        let summaries = shared.bodies.pageSummaries
        return number < summaries.count ? summaries[number] : nil
    }

    /// The rendered body of article `number`.
    func articleBody(_ number: Int) -> RenderedHTML {
        reads.articleBodies.append(number)
        return shared.bodies.articles[number].view
    }

    /// The rendered profile of entity `number`.
    func entityBody(_ number: Int) -> RenderedHTML {
        reads.entityBodies.append(number)
        return shared.bodies.entities[number].view
    }

    /// The rendered profile of place `number`.
    func placeBody(_ number: Int) -> RenderedHTML {
        reads.placeBodies.append(number)
        return shared.bodies.places[number].view
    }

    /// The rendered body of page `number`.
    func pageBody(_ number: Int) -> RenderedHTML {
        reads.pageBodies.append(number)
        return shared.bodies.pages[number].view
    }

    /// The cards of the articles `numbers`.
    func cards(_ numbers: some Sequence<Int>) -> FragmentList {
        shared.fragments.cards(numbers, readBy: reads)
    }
}

extension ViewSource {
    /// A digest of what `reads` read, as this build has it; `nil` when it names an article,
    /// entity or place this build does not have (reads recorded by another build).
    func digest(of reads: ViewReads.Record) -> ContentHash? {
        func digests(_ numbers: [Int], _ digest: (Int) -> ContentHash, count: Int) -> [ContentHash]? {
            numbers.allSatisfy { (0..<count).contains($0) } ? numbers.map(digest) : nil
        }
        guard let articleBodies = digests(reads.articleBodies, { bodies.articles[$0].digest }, count: bodies.articles.count),
            let entityBodies = digests(reads.entityBodies, { bodies.entities[$0].digest }, count: bodies.entities.count),
            let placeBodies = digests(reads.placeBodies, { bodies.places[$0].digest }, count: bodies.places.count),
            let pageBodies = digests(reads.pageBodies, { bodies.pages[$0].digest }, count: bodies.pages.count),
            let summaries = digests(reads.summaries, { summaryDigests[$0] }, count: summaryDigests.count),
            let cards = digests(reads.cards, { fragments.articleCardDigests[$0] }, count: fragments.articleCardDigests.count)
        else { return nil }
        var hash = ContentHash()
        hash.combine(articleBodies)
        hash.combine(entityBodies)
        hash.combine(placeBodies)
        hash.combine(pageBodies)
        hash.combine(summaries)
        hash.combine(cards)
        return hash
    }
}

extension RenderedMarkdown {
    /// The body as a view shows it.
    var view: RenderedHTML { RenderedHTML(html: html, digest: digest) }
}
