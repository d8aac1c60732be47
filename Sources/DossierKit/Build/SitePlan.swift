/// The site's files before any is made: its pages with their paths, the files beside them, the
/// theme's assets, each path claimed once (two claims of one path are a problem, reported).
struct SitePlan {
    let theme: Theme
    let pages: [(page: SitePage, path: String)]
    let extras: SiteExtras

    init(graph: DossierGraph, site: SiteConfig, theme: Theme, run: BuildRun) {
        self.theme = theme
        var plan = OutputPlan()
        let all = SitePage.all(in: graph, paginateBy: site.paginateBy)
        pages = all.filter { theme.templates[$0.template] != nil }.map { (page: $0, path: SiteURLs.path(of: $0, in: graph)) }
        if theme.templates["page"] == nil, let first = graph.pages.first {
            run.diagnostics.append(
                .error(
                    "the theme has no template 'page.mustache', so the pages in content/pages/ cannot be written; add one to templates/ (the default theme's is a starting point)",
                    at: SourceLocation(path: first.path, line: 1, column: 1)))
        }
        for page in pages {
            plan.claim(page.path, by: Self.owner(of: page.page, in: graph))
            run.report.pagesByKind[page.page.template, default: 0] += 1
        }
        extras = SiteExtras(graph: graph, site: site, pages: pages)
        for path in extras.paths { plan.claim(path, by: "Dossier's \(path)") }
        for asset in theme.assets.keys.sorted() { plan.claim("assets/" + asset, by: "templates/assets/" + asset) }
        run.diagnostics += plan.diagnostics
    }

    /// Who a page's path belongs to, for a message about two claims of one path.
    private static func owner(of page: SitePage, in graph: DossierGraph) -> String {
        switch page {
        case .article(let number): graph.articles[number].path
        case .entity(let number, _): graph.entities[number].path ?? "the reference '\(graph.entities[number].name)'"
        case .place(let number, _): graph.places[number].path ?? "the reference '\(graph.places[number].name)'"
        case .tag(let number, _): "the tag '\(graph.tags[number].name)'"
        case .page(let number): graph.pages[number].path
        default: "the \(page.template) page"
        }
    }
}
