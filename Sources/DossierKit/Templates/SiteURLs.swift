import Foundation

/// The URL scheme (`articles/<id>/index.html`, …) and relative links between pages, so the site works
/// under any sub-path and from `file://`.
public enum SiteURLs {
    /// The output path of `page`, relative to the output folder.
    public static func path(of page: SitePage, in graph: DossierGraph) -> String {
        switch page {
        case .home: "index.html"
        case .articleIndex: "articles/index.html"
        case .article(let number): article(graph.articles[number].id)
        case .entityIndex: "entities/index.html"
        case .entity(let number): entity(graph.entities[number].id)
        case .placeIndex: "places/index.html"
        case .place(let number): place(graph.places[number].id)
        case .timeline: "timeline/index.html"
        case .tagIndex: "tags/index.html"
        case .tag(let number): tag(graph.tags[number].slug)
        case .timelineYear(let year): timelineYear(year)
        case .search: searchPage
        case .notFound: notFoundPage
        }
    }

    /// `articles/<id>/index.html`.
    public static func article(_ id: String) -> String { "articles/\(id)/index.html" }
    /// `entities/<id>/index.html`.
    public static func entity(_ id: String) -> String { "entities/\(id)/index.html" }
    /// `places/<id>/index.html`.
    public static func place(_ id: String) -> String { "places/\(id)/index.html" }
    /// `tags/<slug>/index.html`.
    public static func tag(_ slug: String) -> String { "tags/\(slug)/index.html" }

    /// The prefix that leads from a page at `path` back to the site root: `""`, `"../"`, `"../../"`.
    public static func root(from path: String) -> String {
        String(repeating: "../", count: path.split(separator: "/").count - 1)
    }

    /// `target` (a site path) as a link from the page at `from`, each segment percent-encoded.
    public static func link(to target: String, from: String) -> String {
        let encoded = target.split(separator: "/", omittingEmptySubsequences: false).map { segment(String($0)) }
        return root(from: from) + encoded.joined(separator: "/")
    }

    /// An id as a URL path segment: characters outside the unreserved set percent-encoded.
    static func segment(_ id: String) -> String {
        id.addingPercentEncoding(withAllowedCharacters: unreserved) ?? id
    }

    private static let unreserved = CharacterSet(
        charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~")
}
