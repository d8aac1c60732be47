import Foundation

/// The files written beside the pages: the search index always, and when the site's address is
/// known (`base_url` or `--base-url`) the Atom feeds, `sitemap.xml` and `robots.txt`, which need
/// absolute URLs. Without an address these are skipped, and `notes` says so for the build summary.
/// A file written beside the pages: its path, the fingerprint of its inputs when it has one, and
/// how to make its bytes.
typealias ExtraFile = (path: String, fingerprint: ContentHash?, make: () -> Data)

struct SiteExtras {
    let graph: DossierGraph
    let site: SiteConfig
    /// The pages of the site with their paths.
    let pages: [(page: SitePage, path: String)]

    /// Every path these files take, to claim before anything is written.
    var paths: [String] {
        var paths = SearchIndex.kinds.map(SearchIndex.path(of:))
        guard site.baseURL != nil else { return paths }
        paths.append(SiteURLs.siteFeed)
        paths += graph.entities.map { SiteURLs.entityFeed($0.id) } + graph.places.map { SiteURLs.placeFeed($0.id) }
        return paths + Sitemap.paths(pageCount: sitemapPages.count)
    }

    /// What the build summary should say about files left out.
    var notes: [String] {
        site.baseURL == nil
            ? ["no base_url, so no feeds, sitemap.xml or robots.txt (set base_url in site.yml or pass --base-url)"] : []
    }

    /// The files, each made when it is written, with fingerprints where they have one.
    func files(bodies: RenderedBodies, fingerprints: PageFingerprints) -> [ExtraFile] {
        let splitsTimeline = SitePage.splitsTimeline(graph)
        var made: [ExtraFile] = SearchIndex.kinds.map { kind in
            (
                SearchIndex.path(of: kind), fingerprints.searchIndex(kind),
                { SearchIndex.script(of: kind, graph: graph, splitsTimeline: splitsTimeline) }
            )
        }
        guard let base = site.baseURL else { return made }
        let pages = sitemapPages
        var sitemap = ContentHash()
        for page in pages { sitemap.combine([page.path, page.modified?.description ?? ""]) }
        let fingerprint = fingerprints.extra(sitemap)
        made += Sitemap.paths(pageCount: pages.count).map { path in
            (path, fingerprint, { Sitemap.data(of: path, pages: pages, base: base) })
        }
        made += AtomFeeds(graph: graph, site: site, bodies: bodies, base: base).lazyFiles(fingerprints: fingerprints)
        return made
    }

    /// The pages a search engine should know: all but the 404 page, articles with their dates.
    private var sitemapPages: [(path: String, modified: PartialDate?)] {
        pages.compactMap { page, path in
            switch page {
            case .notFound: nil
            case .article(let number): (path, graph.articles[number].date)
            default: (path, nil)
            }
        }
    }
}
