import Foundation

/// Atom feeds (RFC 4287) of articles with their full content: the site's (`feed.xml`, the latest
/// `siteEntries` articles) and one per entity and per place (`entities/<id>/feed.xml`, the latest
/// `topicEntries`). Written only when the site's address is known: a feed needs absolute URLs.
struct AtomFeeds {
    let graph: DossierGraph
    let site: SiteConfig
    let bodies: RenderedBodies
    /// The site's address, ending in `/`.
    let base: String
    private let tagNames: [String: String]
    private let content: FeedContent

    init(graph: DossierGraph, site: SiteConfig, bodies: RenderedBodies, base: String) {
        self.graph = graph
        self.site = site
        self.bodies = bodies
        self.base = base
        content = FeedContent(base: base)
        tagNames = Dictionary(graph.tags.map { ($0.slug, $0.name) }, uniquingKeysWith: { first, _ in first })
    }

    static let siteEntries = 50
    static let topicEntries = 10

    /// Every feed of the site, each made only when it is written (`make`), so a large dossier's feeds
    /// are never all in memory at once. An article's entry is written again for each feed it is in.
    /// `fingerprints` gives each feed's fingerprint (its subject and its articles' digests).
    func lazyFiles(fingerprints: PageFingerprints) -> [ExtraFile] {
        let siteArticles = Array(graph.articles.indices.prefix(Self.siteEntries))
        var files: [ExtraFile] = [
            (
                SiteURLs.siteFeed,
                fingerprints.feed(of: siteArticles, subject: ["site"]),
                {
                    feed(
                        title: site.title, subtitle: site.description, path: SiteURLs.siteFeed, page: "index.html",
                        articles: siteArticles)
                }
            )
        ]
        for (number, entity) in graph.entities.enumerated() {
            let path = SiteURLs.entityFeed(entity.id)
            let articles = Array(graph.entityLinks[number].articles.prefix(Self.topicEntries))
            files.append(
                (
                    path,
                    fingerprints.feed(of: articles, subject: ["entity", entity.name, entity.role ?? ""]),
                    {
                        feed(
                            title: "\(entity.name) · \(site.title)",
                            subtitle: entity.role ?? "Articles that mention \(entity.name).",
                            path: path, page: SiteURLs.entity(entity.id), articles: articles)
                    }
                ))
        }
        for (number, place) in graph.places.enumerated() {
            let path = SiteURLs.placeFeed(place.id)
            let articles = Array(graph.placeLinks[number].articles.prefix(Self.topicEntries))
            files.append(
                (
                    path,
                    fingerprints.feed(of: articles, subject: ["place", place.name]),
                    {
                        feed(
                            title: "\(place.name) · \(site.title)",
                            subtitle: "Articles about \(place.name) and the places within it.",
                            path: path, page: SiteURLs.place(place.id), articles: articles)
                    }
                ))
        }
        return files
    }

    /// One feed: `articles` (article indices, newest first), at
    /// `path`, about the page at `page`.
    func feed(title: String, subtitle: String, path: String, page: String, articles: [Int]) -> Data {
        let newest = articles.first.map { graph.articles[$0].date } ?? graph.articles.first?.date
        var xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="\(HTMLEscaping.escape(site.language))">
              <title>\(HTMLEscaping.escape(title))</title>

            """
        if !subtitle.isEmpty { xml += "  <subtitle>\(HTMLEscaping.escape(subtitle))</subtitle>\n" }
        xml += """
              <id>\(HTMLEscaping.escape(url(page)))</id>
              <link rel="self" type="application/atom+xml" href="\(HTMLEscaping.escape(url(path)))"/>
              <link rel="alternate" type="text/html" href="\(HTMLEscaping.escape(url(page)))"/>
              <updated>\(Self.timestamp(newest))</updated>
              <author><name>\(HTMLEscaping.escape(site.title))</name></author>
              <generator>Dossier</generator>

            """
        var bytes = Array(xml.utf8)
        for number in articles { appendEntry(number, to: &bytes) }
        bytes += Array("</feed>\n".utf8)
        return Data(bytes)
    }

    private func appendEntry(_ number: Int, to bytes: inout [UInt8]) {
        let article = graph.articles[number]
        let page = url(SiteURLs.article(article.id))
        var xml = """
              <entry>
                <title>\(HTMLEscaping.escape(article.title))</title>
                <id>\(HTMLEscaping.escape(page))</id>
                <link rel="alternate" type="text/html" href="\(HTMLEscaping.escape(page))"/>
                <published>\(Self.timestamp(article.date))</published>
                <updated>\(Self.timestamp(article.date))</updated>

            """
        if let name = article.source?.name { xml += "    <author><name>\(HTMLEscaping.escape(name))</name></author>\n" }
        for slug in graph.articleLinks[number].tagSlugs {
            guard let name = tagNames[slug] else { continue }
            xml += "    <category term=\"\(HTMLEscaping.escape(slug))\" label=\"\(HTMLEscaping.escape(name))\"/>\n"
        }
        let summary = article.summary ?? bodies.articles[number].excerpt
        if !summary.isEmpty { xml += "    <summary>\(HTMLEscaping.escape(summary))</summary>\n" }
        xml += "    <content type=\"html\" xml:base=\"\(HTMLEscaping.escape(page))\">"
        bytes += Array(xml.utf8)
        content.append(bodies.articles[number].html, page: page, to: &bytes)
        bytes += Array("</content>\n  </entry>\n".utf8)
    }

    private func url(_ path: String) -> String { SiteURLs.absolute(path, base: base) }

    /// An RFC 3339 time at midnight UTC of `date`'s first day (a feed needs full timestamps).
    static func timestamp(_ date: PartialDate?) -> String {
        guard let date else { return "1970-01-01T00:00:00Z" }
        let month = date.month ?? 1
        let day = date.day ?? 1
        return "\(date.description.prefix(4))-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)T00:00:00Z"
    }
}
