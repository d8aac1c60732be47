import Foundation

/// The files written beside the pages: the search index always, and when the site's address is
/// known (`base_url` or `--base-url`) the Atom feeds, `sitemap.xml` and `robots.txt`, which need
/// absolute URLs. Without an address these are skipped, and `notes` says so for the build summary.
struct SiteExtras {
    let graph: DossierGraph
    let site: SiteConfig
    /// The pages of the site with their paths.
    let pages: [(page: SitePage, path: String)]
    /// What `sitemap.xml` lists: the site's pages, every edition's; `nil` for an edition other
    /// than the default's (the one sitemap, at the root, lists its pages).
    let sitemap: [Sitemap.Page]?
    /// The full-text index's files (`FullTextIndex`).
    let textIndex: [(path: String, data: Data)]
    /// Whether this edition writes the open data files (`OpenData`): the default's does, at the
    /// root, for every edition.
    let writesData: Bool

    init(
        graph: DossierGraph, site: SiteConfig, pages: [(page: SitePage, path: String)], sitemap: [Sitemap.Page]?,
        textIndex: [(path: String, data: Data)], writesData: Bool = true
    ) {
        self.graph = graph
        self.site = site
        self.pages = pages
        self.sitemap = sitemap
        self.textIndex = textIndex
        self.writesData = writesData
    }

    /// Every path these files take, to claim before anything is written.
    var paths: [String] {
        var paths = [ScriptTexts.path] + textIndex.map(\.path)
        if writesData { paths += OpenData.files.map(\.path) }
        guard site.baseURL != nil else { return paths }
        paths.append(SiteURLs.siteFeed)
        paths += graph.entities.map { SiteURLs.entityFeed($0.id) } + graph.places.map { SiteURLs.placeFeed($0.id) }
        return paths + (sitemap.map { Sitemap.paths(pageCount: $0.count) } ?? [])
    }

    /// What the build summary should say about files left out.
    var notes: [String] {
        site.baseURL == nil
            ? ["no base_url, so no feeds, sitemap.xml or robots.txt (set base_url in site.yml or pass --base-url)"] : []
    }

    /// The files, each made when it is written, with its fingerprint (the search index's is the
    /// hash of its bytes); with a `memo`, each is made again only when what it reads changed (see
    /// `OutputFile.viewed`).
    func files(source: ViewSource, memo: (any PageViewMemo)?, context: ContentHash) -> [OutputFile] {
        var made: [OutputFile] = []
        made += textIndex.map { OutputFile.data($0.path, $0.data) }
        if writesData {
            // Made from the graph and the settings only: with a memo in the same context, neither
            // changed, and the file's fingerprint (the hash of its bytes) is the recorded one.
            let data = OpenData(graph: graph, site: site)
            made += OpenData.files.map { file in
                OutputFile.viewed(
                    file.path, source: source, memo: memo, context: context,
                    view: { _ in data.data(of: file) },
                    digest: { ContentHash.of($0) }, make: { $0 })
            }
        }
        guard let base = site.baseURL else { return made }
        if let pages = sitemap {
            made += Sitemap.paths(pageCount: pages.count).map { path in
                OutputFile.viewed(
                    path, source: source, memo: memo, context: context, view: { _ in pages },
                    make: { Sitemap.data(of: path, pages: $0, base: base) })
            }
        }
        made += AtomFeeds(graph: graph, site: site, base: base).files(source: source, memo: memo, context: context)
        return made
    }
}
