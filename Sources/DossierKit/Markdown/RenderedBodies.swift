/// The Markdown of every article, entity and place rendered to HTML, by graph index.
struct RenderedBodies: Sendable {
    var articles: [RenderedMarkdown]
    var entities: [RenderedMarkdown]
    var places: [RenderedMarkdown]

    /// Creates the set of rendered bodies.
    init(articles: [RenderedMarkdown], entities: [RenderedMarkdown], places: [RenderedMarkdown]) {
        self.articles = articles
        self.entities = entities
        self.places = places
    }
}
