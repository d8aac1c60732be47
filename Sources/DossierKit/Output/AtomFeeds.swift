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

    init(graph: DossierGraph, site: SiteConfig, bodies: RenderedBodies, base: String) {
        self.graph = graph
        self.site = site
        self.bodies = bodies
        self.base = base
        tagNames = Dictionary(graph.tags.map { ($0.slug, $0.name) }, uniquingKeysWith: { first, _ in first })
    }

    static let siteEntries = 50
    static let topicEntries = 10

    /// Every feed of the site. Each article's entry is written once and shared by the feeds it is in.
    func files() -> [OutputFile] {
        let siteArticles = Array(graph.articles.indices.prefix(Self.siteEntries))
        let entityArticles = graph.entityLinks.map { Array($0.articles.prefix(Self.topicEntries)) }
        let placeArticles = graph.placeLinks.map { Array($0.articles.prefix(Self.topicEntries)) }
        let needed = Array(Set(siteArticles + entityArticles.joined() + placeArticles.joined())).sorted()
        let written = needed.parallelMap { entry($0) }
        var entries = [String](repeating: "", count: graph.articles.count)
        for (number, text) in zip(needed, written) { entries[number] = text }

        var feeds = [
            OutputFile(
                path: SiteURLs.siteFeed,
                data: feed(
                    title: site.title, subtitle: site.description, path: SiteURLs.siteFeed, page: "index.html",
                    articles: siteArticles, entries: entries))
        ]
        feeds += Array(graph.entities.indices).parallelMap { number in
            let entity = graph.entities[number]
            let path = SiteURLs.entityFeed(entity.id)
            return OutputFile(
                path: path,
                data: feed(
                    title: "\(entity.name) · \(site.title)", subtitle: entity.role ?? "Articles that mention \(entity.name).",
                    path: path, page: SiteURLs.entity(entity.id), articles: entityArticles[number], entries: entries))
        }
        feeds += Array(graph.places.indices).parallelMap { number in
            let place = graph.places[number]
            let path = SiteURLs.placeFeed(place.id)
            return OutputFile(
                path: path,
                data: feed(
                    title: "\(place.name) · \(site.title)", subtitle: "Articles about \(place.name) and the places within it.",
                    path: path, page: SiteURLs.place(place.id), articles: placeArticles[number], entries: entries))
        }
        return feeds
    }

    /// One feed: `articles` (article indices, newest first), whose `entries` are already written, at
    /// `path`, about the page at `page`.
    func feed(title: String, subtitle: String, path: String, page: String, articles: [Int], entries: [String]) -> Data {
        let newest = articles.first.map { graph.articles[$0].date } ?? graph.articles.first?.date
        var xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="\(Markup.escape(site.language))">
              <title>\(Markup.escape(title))</title>

            """
        if !subtitle.isEmpty { xml += "  <subtitle>\(Markup.escape(subtitle))</subtitle>\n" }
        xml += """
              <id>\(Markup.escape(url(page)))</id>
              <link rel="self" type="application/atom+xml" href="\(Markup.escape(url(path)))"/>
              <link rel="alternate" type="text/html" href="\(Markup.escape(url(page)))"/>
              <updated>\(Self.timestamp(newest))</updated>
              <author><name>\(Markup.escape(site.title))</name></author>
              <generator>Dossier</generator>

            """
        var data = Data(xml.utf8)
        for number in articles { data.append(contentsOf: entries[number].utf8) }
        data.append(contentsOf: "</feed>\n".utf8)
        return data
    }

    private func entry(_ number: Int) -> String {
        let article = graph.articles[number]
        let page = url(SiteURLs.article(article.id))
        var xml = """
              <entry>
                <title>\(Markup.escape(article.title))</title>
                <id>\(Markup.escape(page))</id>
                <link rel="alternate" type="text/html" href="\(Markup.escape(page))"/>
                <published>\(Self.timestamp(article.date))</published>
                <updated>\(Self.timestamp(article.date))</updated>

            """
        if let name = article.source?.name { xml += "    <author><name>\(Markup.escape(name))</name></author>\n" }
        for slug in graph.articleLinks[number].tagSlugs {
            guard let name = tagNames[slug] else { continue }
            xml += "    <category term=\"\(Markup.escape(slug))\" label=\"\(Markup.escape(name))\"/>\n"
        }
        let summary = article.summary ?? PageContexts.shorten(bodies.articles[number].firstParagraph, to: 280)
        if !summary.isEmpty { xml += "    <summary>\(Markup.escape(summary))</summary>\n" }
        xml += "    <content type=\"html\" xml:base=\"\(Markup.escape(page))\">"
        xml += Markup.escape(absoluteLinks(in: bodies.articles[number].html, page: page))
        return xml + "</content>\n  </entry>\n"
    }

    /// An article body with its links made absolute: they are written relative to the article page,
    /// two folders below the site root, and feed readers show them out of the site.
    private func absoluteLinks(in html: String, page: String) -> String {
        Markup.replacing(
            [("href=\"../../", "href=\"\(base)"), ("src=\"../../", "src=\"\(base)"), ("href=\"#", "href=\"\(page)#")], in: html)
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
