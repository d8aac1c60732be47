/// The site's files before any is made: its pages with their paths, the files beside them, the
/// theme's assets, each path claimed once (two claims of one path are a problem, reported).
struct SitePlan {
    let theme: Theme
    let pages: [(page: SitePage, path: String)]
    let extras: SiteExtras
    /// The media files copied into the site.
    let media: MediaFiles
    /// The redirect pages at old addresses (`redirect_from:`).
    let redirects: Redirects

    init(graph: DossierGraph, site: SiteConfig, theme: Theme, media: MediaFiles, run: BuildRun) {
        self.media = media
        self.theme = theme
        var plan = OutputPlan()
        let all = SitePage.all(in: graph, paginateBy: site.paginateBy)
        pages = all.filter { theme.templates[$0.template] != nil }.map { (page: $0, path: SiteURLs.path(of: $0, in: graph)) }
        for page in pages {
            plan.claim(page.path, by: Self.owner(of: page.page, in: graph))
            run.report.pagesByKind[page.page.summaryKind, default: 0] += 1
        }
        extras = SiteExtras(graph: graph, site: site, pages: pages)
        for path in extras.paths { plan.claim(path, by: "Dossier's \(path)") }
        for asset in theme.assets.keys.sorted() { plan.claim("assets/" + asset, by: "templates/assets/" + asset) }
        for file in media.files { plan.claim(file.path, by: file.input.path) }
        redirects = Redirects(graph: graph)
        for redirect in redirects.redirects { plan.claim(redirect.path, by: redirect.location.path, at: redirect.location) }
        run.diagnostics += redirects.diagnostics
        run.report.redirects = redirects.redirects.count
        run.diagnostics += Self.imageProblems(graph: graph, media: media)
        plan.checkFilesAgainstFolders()
        run.diagnostics += plan.diagnostics
    }

    /// A warning for each `image:` whose file is not among the media files (it is not shown), and
    /// for each without `alt` (readers who cannot see it learn nothing of it).
    static func imageProblems(graph: DossierGraph, media: MediaFiles) -> [Diagnostic] {
        let images = graph.articles.map(\.image) + graph.entities.map(\.image) + graph.places.map(\.image)
        return images.compactMap { $0 }.flatMap { image -> [Diagnostic] in
            guard media.byPath[image.src] != nil else {
                return [
                    .warning(
                        "the image '\(image.src)' is not a file of content/media/, so it is not shown; put the file there and write its path from content/ (media/2016/photo.jpg)",
                        at: image.location)
                ]
            }
            guard image.alt == nil else { return [] }
            return [
                .warning(
                    "the image '\(image.src)' has no 'alt': say in a few words what it shows, for readers who cannot see it (image: {src: …, alt: …})",
                    at: image.location)
            ]
        }
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
