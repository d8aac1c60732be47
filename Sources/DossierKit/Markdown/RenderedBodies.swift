/// The Markdown of every article, entity and place rendered to HTML, by graph index.
public struct RenderedBodies: Sendable {
    public var articles: [RenderedMarkdown]
    public var entities: [RenderedMarkdown]
    public var places: [RenderedMarkdown]

    /// Creates the set of rendered bodies.
    public init(articles: [RenderedMarkdown], entities: [RenderedMarkdown], places: [RenderedMarkdown]) {
        self.articles = articles
        self.entities = entities
        self.places = places
    }
}
