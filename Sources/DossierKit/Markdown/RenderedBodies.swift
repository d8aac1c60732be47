/// The Markdown of every article, entity, place and page rendered to HTML, by graph index.
struct RenderedBodies: Sendable {
    var articles: [RenderedMarkdown]
    var entities: [RenderedMarkdown]
    var places: [RenderedMarkdown]
    var pages: [RenderedMarkdown]
    /// Each article's written summary rendered (inline Markdown), by article index; `nil` without one.
    var summaries: [InlineMarkdown?] = []
    /// Each page's written summary rendered, by page index.
    var pageSummaries: [InlineMarkdown?] = []

    /// Creates the set of rendered bodies.
    init(
        articles: [RenderedMarkdown], entities: [RenderedMarkdown], places: [RenderedMarkdown], pages: [RenderedMarkdown] = []
    ) {
        self.articles = articles
        self.entities = entities
        self.places = places
        self.pages = pages
    }
}
