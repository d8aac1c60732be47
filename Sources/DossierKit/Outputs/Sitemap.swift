import Foundation

/// `sitemap.xml` (the sitemaps.org protocol) and `robots.txt` pointing at it, for a site whose
/// address is known. Above 50,000 pages the sitemap is split into `sitemap-1.xml`, `sitemap-2.xml`, …
/// and `sitemap.xml` becomes their index.
enum Sitemap {
    static let maximumURLs = 50_000

    /// A page as the sitemap lists it; its value is the sitemap's fingerprint.
    struct Page: Encodable, Sendable {
        let path: String
        /// The day it was last changed (an article's date, when known to the day).
        let modified: String?
        /// The same page in the site's languages, itself included, when it is written in several.
        var alternates: [Alternate] = []
    }

    /// A page in one language (`<xhtml:link rel="alternate" hreflang>`).
    struct Alternate: Encodable, Sendable {
        let hreflang: String
        let path: String
    }

    /// The file at `path` (one of `paths(pageCount:)`) for `pages` (paths with an optional
    /// last-modified date), made when asked for.
    static func data(of path: String, pages: [Page], base: String) -> Data {
        let chunks = stride(from: 0, to: max(pages.count, 1), by: maximumURLs).map { $0..<min($0 + maximumURLs, pages.count) }
        if path == "robots.txt" {
            return Data("User-agent: *\nAllow: /\n\nSitemap: \(SiteURLs.absolute(SiteURLs.sitemap, base: base))\n".utf8)
        }
        if path == SiteURLs.sitemap, chunks.count == 1 { return Data(urlSet(pages[...], base: base).utf8) }
        if path == SiteURLs.sitemap {
            var index = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            index += "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
            for number in chunks.indices {
                let loc = HTMLEscaping.escape(SiteURLs.absolute("sitemap-\(number + 1).xml", base: base))
                index += "  <sitemap><loc>\(loc)</loc></sitemap>\n"
            }
            return Data((index + "</sitemapindex>\n").utf8)
        }
        let number = Int(path.dropFirst("sitemap-".count).dropLast(".xml".count)) ?? 1
        return Data(urlSet(pages[chunks[min(max(number, 1), chunks.count) - 1]], base: base).utf8)
    }

    /// The paths of the sitemap files and `robots.txt` for `pageCount` pages.
    static func paths(pageCount: Int) -> [String] {
        let chunks = max((pageCount + maximumURLs - 1) / maximumURLs, 1)
        return [SiteURLs.sitemap, "robots.txt"] + (chunks == 1 ? [] : (1...chunks).map { "sitemap-\($0).xml" })
    }

    private static func urlSet(_ pages: ArraySlice<Page>, base: String) -> String {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        let multilingual = pages.contains { !$0.alternates.isEmpty }
        xml += "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\""
        xml += multilingual ? " xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n" : ">\n"
        for page in pages {
            xml += "  <url><loc>\(HTMLEscaping.escape(SiteURLs.absolute(page.path, base: base)))</loc>"
            if let date = page.modified { xml += "<lastmod>\(date)</lastmod>" }
            for alternate in page.alternates {
                let href = HTMLEscaping.escape(SiteURLs.absolute(alternate.path, base: base))
                xml += "<xhtml:link rel=\"alternate\" hreflang=\"\(HTMLEscaping.escape(alternate.hreflang))\" href=\"\(href)\"/>"
            }
            xml += "</url>\n"
        }
        return xml + "</urlset>\n"
    }
}
