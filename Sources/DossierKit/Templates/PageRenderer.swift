import Foundation

/// Renders pages: the theme's template for each page's view (`PageViews`), a pure function of the
/// graph, the rendered bodies and the templates, so it may be called from many threads at once.
struct PageRenderer: Sendable {
    let views: PageViews
    let templates: TemplateSet
    private let fragments: FragmentRenderer
    /// Notes the keys the views give templates (`dossier check`); `nil` in builds.
    let keys: TemplateKeyRecorder?

    /// Creates a renderer for the pages of `graph`.
    init(
        graph: DossierGraph, site: SiteConfig, bodies: RenderedBodies, templates: TemplateSet, paginateBy: Int = 50,
        media: MediaFiles = MediaFiles(), customStylesheet: Bool = false, keys: TemplateKeyRecorder? = nil,
        language: SiteLanguage? = nil, editions: EditionLinks? = nil
    ) {
        self.keys = keys
        views = PageViews(
            source: ViewSource(
                graph: graph, site: site, bodies: bodies, paginateBy: paginateBy, media: media,
                customStylesheet: customStylesheet, language: language, editions: editions))
        self.templates = templates
        fragments = FragmentRenderer(views: views.source.fragments, templates: templates, keys: keys)
    }

    /// The HTML of `view`, the view of `page` at `path`.
    func render(_ view: PageView, of page: SitePage, at path: String) -> String {
        let context = views.templateContext(of: page, at: path, fragments: fragments, keys: keys)
        return templates.render(TemplateData.of(view, in: context) as? [String: Any] ?? [:], template: page.template)
    }

    /// The file of `page` at `path`: its fingerprint is its view's digest, its bytes the view
    /// rendered (see `OutputFile.viewed` for what a `memo` saves).
    func file(_ page: SitePage, at path: String, memo: (any PageViewMemo)? = nil, context: ContentHash) -> OutputFile {
        OutputFile.viewed(
            path, source: views.source, memo: memo, context: context,
            view: { [views] source in views.view(of: page, at: path, from: source) },
            make: { view throws(DossierError) in try html(of: view, page: page, at: path) })
    }

    private func html(of view: PageView, page: SitePage, at path: String) throws(DossierError) -> Data {
        let html = render(view, of: page, at: path)
        if let problem = templates.renderProblem { throw DossierError(diagnostics: [problem]) }
        return Data(html.utf8)
    }
}
