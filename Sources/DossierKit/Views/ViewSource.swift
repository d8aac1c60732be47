/// What the views of a build are made from, worked out once: the graph, the rendered bodies, the
/// fragments other pages show, and the reader-side data of the whole dossier.
struct ViewSource: Sendable {
    let graph: DossierGraph
    let site: SiteConfig
    let bodies: RenderedBodies
    /// Items per page of a paginated list.
    let paginateBy: Int
    /// Each article's summary, or its body's excerpt when it has none.
    let summaries: [String]
    /// Each tag's name by slug.
    let tagNames: [String: String]
    let fragments: FragmentViews
    let reader: ReaderData
    /// The keys every page of a section has, by section (`SitePage.section`).
    let common: [String: Shared<CommonView>]
    /// The most events listed on an entity or place page (the latest ones).
    let eventLimit = 100
    /// The most entities or places listed beside an entity or place (the most mentioned ones).
    let sidebarLimit = 20

    init(graph: DossierGraph, site: SiteConfig, bodies: RenderedBodies, paginateBy: Int) {
        self.graph = graph
        self.site = site
        self.bodies = bodies
        self.paginateBy = paginateBy
        let summaries = graph.articles.indices.map { number in
            graph.articles[number].summary ?? bodies.articles[number].excerpt
        }
        self.summaries = summaries
        tagNames = Dictionary(graph.tags.map { ($0.slug, $0.name) }, uniquingKeysWith: { first, _ in first })
        fragments = FragmentViews(graph: graph, summaries: summaries)
        reader = ReaderData(graph: graph, site: site)
        common = Dictionary(
            uniqueKeysWithValues: (CommonView.sections.map(\.section) + ["search", "none"]).map { section in
                (section, Shared(CommonView(site: site, section: section, graph: graph)))
            })
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

extension RenderedMarkdown {
    /// The body as a view shows it.
    var view: RenderedHTML { RenderedHTML(html: html, digest: digest) }
}
