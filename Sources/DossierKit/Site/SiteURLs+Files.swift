import Foundation

extension SiteURLs {
    /// `search/index.html`: the search page.
    static let searchPage = "search/index.html"
    /// `404.html`: the page hosts show for a missing path.
    static let notFoundPage = "404.html"
    /// `feed.xml`: the site's Atom feed.
    static let siteFeed = "feed.xml"
    /// `sitemap.xml`.
    static let sitemap = "sitemap.xml"

    /// `timeline/<year>/index.html`: one year of a timeline split by year.
    static func timelineYear(_ year: Int) -> String { "timeline/\(year)/index.html" }
    /// `timeline/<year>/<month>/index.html` (`08`; `00` for the events known only to the year): one
    /// month of a year shown a month at a time.
    static func timelineMonth(_ year: Int, _ month: Int) -> String {
        "timeline/\(year)/\(month < 10 ? "0" : "")\(month)/index.html"
    }
    /// `entities/<id>/feed.xml`: the Atom feed of the articles that mention an entity.
    static func entityFeed(_ id: String) -> String { "entities/\(id)/feed.xml" }
    /// `places/<id>/feed.xml`: the Atom feed of the articles about a place and the places within it.
    static func placeFeed(_ id: String) -> String { "places/\(id)/feed.xml" }

    /// The anchor of a month on the timeline (`y2016-04`), or of the events known only to the year
    /// (`y2016-year`).
    static func timelineAnchor(_ date: PartialDate) -> String {
        guard let month = date.month else { return "y\(date.year)-year" }
        return "y\(date.year)-\(month < 10 ? "0" : "")\(month)"
    }
}

extension SiteURLs {
    /// The absolute URL of the site path `path` under `base` (which ends in `/`), each segment
    /// percent-encoded; the home page is `base` itself. A path that leads up first
    /// (`../media/x.jpg`, from an edition's root) is resolved.
    static func absolute(_ path: String, base: String) -> String {
        guard path != "index.html" else { return base }
        if path.hasPrefix("../"), let url = URL(string: encoded(path), relativeTo: URL(string: base)) {
            return url.absoluteURL.absoluteString
        }
        return base + encoded(path)
    }
}
