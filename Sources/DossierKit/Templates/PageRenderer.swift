/// Renders pages: a pure function of the graph, the rendered bodies and the templates, so it may be
/// called from many threads at once.
public struct PageRenderer: Sendable {
    let contexts: PageContexts
    let templates: TemplateSet

    /// Creates a renderer for the pages of `graph`.
    public init(graph: DossierGraph, site: SiteConfig, bodies: RenderedBodies, templates: TemplateSet, paginateBy: Int = 50) {
        self.contexts = PageContexts(
            graph: graph, site: site, bodies: bodies, templates: templates, paginateBy: paginateBy,
            reader: ReaderData(graph: graph, site: site))
        self.templates = templates
    }

    /// The HTML of `page`, which is written at `path`.
    public func render(_ page: SitePage, at path: String) -> String {
        templates.render(contexts.context(for: page, at: path), template: page.template)
    }
}
