import Foundation

/// `sitemap.xml` (the sitemaps.org protocol) and `robots.txt` pointing at it, for a site whose
/// address is known. Above 50,000 pages the sitemap is split into `sitemap-1.xml`, `sitemap-2.xml`, …
/// and `sitemap.xml` becomes their index.
enum Sitemap {
    static let maximumURLs = 50_000

    /// The sitemap files and `robots.txt` for `pages` (paths with an optional last-modified date).
    static func files(pages: [(path: String, modified: PartialDate?)], base: String) -> [OutputFile] {
        let chunks = stride(from: 0, to: max(pages.count, 1), by: maximumURLs).map {
            Array(pages[$0..<min($0 + maximumURLs, pages.count)])
        }
        var files: [OutputFile] = []
        if chunks.count == 1 {
            files.append(OutputFile(path: SiteURLs.sitemap, data: Data(urlSet(chunks[0], base: base).utf8)))
        } else {
            var index = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            index += "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
            for (number, chunk) in chunks.enumerated() {
                let path = "sitemap-\(number + 1).xml"
                files.append(OutputFile(path: path, data: Data(urlSet(chunk, base: base).utf8)))
                index += "  <sitemap><loc>\(Markup.escape(SiteURLs.absolute(path, base: base)))</loc></sitemap>\n"
            }
            files.append(OutputFile(path: SiteURLs.sitemap, data: Data((index + "</sitemapindex>\n").utf8)))
        }
        let robots = "User-agent: *\nAllow: /\n\nSitemap: \(SiteURLs.absolute(SiteURLs.sitemap, base: base))\n"
        files.append(OutputFile(path: "robots.txt", data: Data(robots.utf8)))
        return files
    }

    /// The paths `files(pages:base:)` writes for `pageCount` pages.
    static func paths(pageCount: Int) -> [String] {
        let chunks = max((pageCount + maximumURLs - 1) / maximumURLs, 1)
        return [SiteURLs.sitemap, "robots.txt"] + (chunks == 1 ? [] : (1...chunks).map { "sitemap-\($0).xml" })
    }

    private static func urlSet(_ pages: [(path: String, modified: PartialDate?)], base: String) -> String {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        xml += "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for page in pages {
            xml += "  <url><loc>\(Markup.escape(SiteURLs.absolute(page.path, base: base)))</loc>"
            if let date = page.modified, date.precision == .day { xml += "<lastmod>\(date.description)</lastmod>" }
            xml += "</url>\n"
        }
        return xml + "</urlset>\n"
    }
}
