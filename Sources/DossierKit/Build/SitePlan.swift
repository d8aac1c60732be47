import Foundation

/// The site's files before any is made: each edition's pages with their paths, the files beside
/// them, the theme's assets, each path claimed once (two claims of one path are a problem,
/// reported). A site in one language has one edition, at the root.
struct SitePlan {
    /// One language's edition: its pages (paths from its folder) and the files beside them.
    struct EditionPlan {
        let edition: Edition
        let pages: [(page: SitePage, path: String)]
        let extras: SiteExtras
    }

    let theme: Theme
    let editions: [EditionPlan]
    /// The media files copied into the site (once, at the root: every edition links to them).
    let media: MediaFiles
    /// The redirect pages at old addresses (`redirect_from:`), at the root.
    let redirects: Redirects

    /// What the build summary should say about files left out.
    var notes: [String] { editions.first?.extras.notes ?? [] }

    /// The plan of the site whose editions show `graphs` (one each, the default first) with the
    /// settings `sites`.
    init(
        editions: [Edition], graphs: [DossierGraph], sites: [SiteConfig], searchIndexes: [[(path: String, data: Data)]],
        theme: Theme, media: MediaFiles, run: BuildRun
    ) {
        self.media = media
        self.theme = theme
        var plan = OutputPlan()
        var plans: [EditionPlan] = []
        let allPages = zip(graphs, sites).map { graph, site in
            SitePage.all(in: graph, paginateBy: site.paginateBy).filter { theme.templates[$0.template] != nil }.map {
                (page: $0, path: SiteURLs.path(of: $0, in: graph))
            }
        }
        let sitemap = Self.sitemap(editions: editions, graphs: graphs, pages: allPages)
        for edition in editions where SiteURLs.sectionFolders.contains(String(edition.folder.dropLast())) {
            run.diagnostics.append(
                .error(
                    "the language '\(edition.language)' would be published in \(edition.folder), which is the site's own \(edition.folder) folder; write a language's BCP 47 tag (a code of 2 or 3 letters: en, ru, hy)",
                    at: SourceLocation(path: "site.yml")))
        }
        for (number, edition) in editions.enumerated() {
            let graph = graphs[number]
            let folder = edition.folder
            let pages = allPages[number]
            for page in pages {
                plan.claim(folder + page.path, by: Self.owner(of: page.page, in: graph))
                run.report.pagesByKind[page.page.summaryKind, default: 0] += 1
            }
            let extras = SiteExtras(
                graph: graph, site: sites[number], pages: pages, sitemap: number == 0 ? sitemap : nil,
                textIndex: searchIndexes[number], writesData: number == 0)
            for path in extras.paths { plan.claim(folder + path, by: "Dossier's \(folder + path)") }
            for asset in theme.assets.keys.sorted() { plan.claim(folder + "assets/" + asset, by: "templates/assets/" + asset) }
            plans.append(EditionPlan(edition: edition, pages: pages, extras: extras))
        }
        self.editions = plans
        for file in media.files { plan.claim(file.path, by: file.input.path) }
        redirects = Redirects(graph: graphs[0])
        for redirect in redirects.redirects { plan.claim(redirect.path, by: redirect.location.path, at: redirect.location) }
        run.diagnostics += redirects.diagnostics
        run.report.redirects = redirects.redirects.count
        run.diagnostics += Self.imageProblems(graph: graphs[0], media: media)
        plan.checkFilesAgainstFolders()
        run.diagnostics += plan.diagnostics
    }

    /// The pages a search engine should know, every edition's (all but the 404 pages, articles with
    /// their dates), each with the same page in the other editions that show it in their language.
    private static func sitemap(
        editions: [Edition], graphs: [DossierGraph], pages: [[(page: SitePage, path: String)]]
    ) -> [Sitemap.Page] {
        let links = EditionLinks.all(editions: editions, graphs: graphs, base: nil).first ?? nil
        return editions.indices.flatMap { number in
            pages[number].compactMap { page, path -> Sitemap.Page? in
                var modified: String?
                switch page {
                case .notFound: return nil
                case .article(let article):
                    let date = graphs[number].articles[article].date
                    modified = date.precision == .day ? date.description : nil
                default: break
                }
                var alternates: [Sitemap.Alternate] = []
                if let links, links.hasOwnText(page, in: links.members[number]) {
                    let written = links.members.filter { links.hasOwnText(page, in: $0) }
                    if written.count > 1 {
                        alternates = written.map {
                            Sitemap.Alternate(hreflang: $0.edition.language, path: $0.edition.folder + path)
                        }
                    }
                }
                return Sitemap.Page(path: editions[number].folder + path, modified: modified, alternates: alternates)
            }
        }
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
        case .article(let number), .articleEvents(let number, _): graph.articles[number].path
        case .entity(let number, _), .entityEvents(let number, _):
            graph.entities[number].path ?? "the reference '\(graph.entities[number].name)'"
        case .place(let number, _), .placeEvents(let number, _), .placeChildren(let number, _):
            graph.places[number].path ?? "the reference '\(graph.places[number].name)'"
        case .tag(let number, _): "the tag '\(graph.tags[number].name)'"
        case .page(let number): graph.pages[number].path
        default: "the \(page.template) page"
        }
    }
}
