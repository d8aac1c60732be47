import Foundation

/// Atom feeds (RFC 4287): the site's (`feed.xml`, the latest `siteEntries` articles with their
/// full content) and one per entity and per place (`entities/<id>/feed.xml`, the latest
/// `topicEntries`, with summaries and links). Written only when the site's address is known: a feed needs absolute URLs.
struct AtomFeeds {
    let graph: DossierGraph
    let site: SiteConfig
    /// The site's address, ending in `/`.
    let base: String
    private let tagNames: [String: String]
    private let content: FeedContent

    init(graph: DossierGraph, site: SiteConfig, base: String) {
        self.graph = graph
        self.site = site
        self.base = base
        content = FeedContent(base: base)
        tagNames = Dictionary(graph.tags.map { ($0.slug, $0.name) }, uniquingKeysWith: { first, _ in first })
    }

    static let siteEntries = 50
    static let topicEntries = 10

    /// Every feed of the site, each made only when it is written, so a large dossier's feeds are
    /// never all in memory at once. The site's feed carries each article's full content, as
    /// feed readers expect of a site; an entity's or place's feed carries summaries and links.
    func files(source: ViewSource, memo: (any PageViewMemo)?, context: ContentHash) -> [OutputFile] {
        func file(_ path: String, _ view: @escaping @Sendable (PageSource) -> FeedView) -> OutputFile {
            OutputFile.viewed(path, source: source, memo: memo, context: context, view: view, make: { xml(of: $0) })
        }
        var files = [
            file(SiteURLs.siteFeed) { source in
                feed(
                    title: site.title, subtitle: site.description, path: SiteURLs.siteFeed, page: "index.html",
                    articles: Array(graph.articles.indices.prefix(Self.siteEntries)), withContent: true, from: source)
            }
        ]
        for (number, entity) in graph.entities.enumerated() {
            let path = SiteURLs.entityFeed(entity.id)
            files.append(
                file(path) { source in
                    feed(
                        title: "\(entity.name) · \(site.title)",
                        subtitle: entity.role
                            ?? source.language.translations.text("feed_entity_subtitle", ["name": entity.name]),
                        path: path, page: SiteURLs.entity(entity.id),
                        articles: Array(graph.entityLinks[number].articles.prefix(Self.topicEntries)), withContent: false,
                        from: source)
                })
        }
        for (number, place) in graph.places.enumerated() {
            let path = SiteURLs.placeFeed(place.id)
            files.append(
                file(path) { source in
                    feed(
                        title: "\(place.title) · \(site.title)",
                        subtitle: source.language.translations.text("feed_place_subtitle", ["name": place.name]),
                        path: path, page: SiteURLs.place(place.id),
                        articles: Array(graph.placeLinks[number].articles.prefix(Self.topicEntries)), withContent: false,
                        from: source)
                })
        }
        return files
    }

    /// One feed: `articles` (article indices, newest first), at `path`, about the page at `page`.
    func feed(
        title: String, subtitle: String, path: String, page: String, articles: [Int], withContent: Bool, from source: PageSource
    ) -> FeedView {
        let newest = articles.first.map { graph.articles[$0].date } ?? graph.articles.first?.date
        return FeedView(
            language: site.language, title: title, subtitle: subtitle, id: url(page), selfUrl: url(path),
            updated: Self.timestamp(newest), author: site.title,
            entries: articles.map { number in
                let article = graph.articles[number]
                return FeedView.Entry(
                    title: article.title, url: url(SiteURLs.article(article.id)), date: Self.timestamp(article.date),
                    updated: article.updated.map(Self.timestamp),
                    authors: article.authors.isEmpty ? article.sources.first?.name.map { [$0] } ?? [] : article.authors,
                    categories: graph.articleLinks[number].tagSlugs.compactMap { slug in
                        tagNames[slug].map { FeedView.Category(term: slug, label: $0) }
                    },
                    summary: source.summary(number),
                    image: article.image.flatMap { source.media.byPath[$0.src] }.map { file in
                        FeedView.Enclosure(url: url(source.media.link(file)), type: Self.mediaType(of: file.path))
                    },
                    content: withContent ? source.articleBody(number) : nil)
            })
    }

    /// The Atom document of `feed`.
    func xml(of feed: FeedView) -> Data {
        var xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="\(HTMLEscaping.escape(feed.language))">
              <title>\(HTMLEscaping.escape(feed.title))</title>

            """
        if !feed.subtitle.isEmpty { xml += "  <subtitle>\(HTMLEscaping.escape(feed.subtitle))</subtitle>\n" }
        xml += """
              <id>\(HTMLEscaping.escape(feed.id))</id>
              <link rel="self" type="application/atom+xml" href="\(HTMLEscaping.escape(feed.selfUrl))"/>
              <link rel="alternate" type="text/html" href="\(HTMLEscaping.escape(feed.id))"/>
              <updated>\(feed.updated)</updated>
              <author><name>\(HTMLEscaping.escape(feed.author))</name></author>
              <generator>Dossier</generator>

            """
        var bytes = Array(xml.utf8)
        for entry in feed.entries { append(entry, to: &bytes) }
        bytes += Array("</feed>\n".utf8)
        return Data(bytes)
    }

    private func append(_ entry: FeedView.Entry, to bytes: inout [UInt8]) {
        var xml = """
              <entry>
                <title>\(HTMLEscaping.escape(entry.title))</title>
                <id>\(HTMLEscaping.escape(entry.url))</id>
                <link rel="alternate" type="text/html" href="\(HTMLEscaping.escape(entry.url))"/>
                <published>\(entry.date)</published>
                <updated>\(entry.updated ?? entry.date)</updated>

            """
        for name in entry.authors { xml += "    <author><name>\(HTMLEscaping.escape(name))</name></author>\n" }
        for category in entry.categories {
            xml +=
                "    <category term=\"\(HTMLEscaping.escape(category.term))\" label=\"\(HTMLEscaping.escape(category.label))\"/>\n"
        }
        if let image = entry.image {
            xml +=
                "    <link rel=\"enclosure\" type=\"\(HTMLEscaping.escape(image.type))\" href=\"\(HTMLEscaping.escape(image.url))\"/>\n"
        }
        if !entry.summary.isEmpty { xml += "    <summary>\(HTMLEscaping.escape(entry.summary))</summary>\n" }
        guard let body = entry.content else {
            bytes += Array((xml + "  </entry>\n").utf8)
            return
        }
        xml += "    <content type=\"html\" xml:base=\"\(HTMLEscaping.escape(entry.url))\">"
        bytes += Array(xml.utf8)
        content.append(body.html, page: entry.url, to: &bytes)
        bytes += Array("</content>\n  </entry>\n".utf8)
    }

    private func url(_ path: String) -> String { SiteURLs.absolute(path, base: base) }

    /// The media type of a picture, by its file extension.
    static func mediaType(of path: String) -> String {
        switch (path as NSString).pathExtension.lowercased() {
        case "png": "image/png"
        case "jpg", "jpeg": "image/jpeg"
        case "gif": "image/gif"
        case "webp": "image/webp"
        case "svg": "image/svg+xml"
        default: "application/octet-stream"
        }
    }

    /// An RFC 3339 time at midnight UTC of `date`'s first day (a feed needs full timestamps).
    static func timestamp(_ date: PartialDate?) -> String {
        guard let date else { return "1970-01-01T00:00:00Z" }
        let month = date.month ?? 1
        let day = date.day ?? 1
        return "\(date.description.prefix(4))-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)T00:00:00Z"
    }
}
