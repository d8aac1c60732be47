import Foundation

/// The URL scheme (`articles/<id>/index.html`, …) and relative links between pages, so the site works
/// under any sub-path and from `file://`.
enum SiteURLs {
    /// The output path of `page`, relative to the output folder.
    static func path(of page: SitePage, in graph: DossierGraph) -> String {
        switch page {
        case .home: "index.html"
        case .articleIndex(let page): Pagination.path("articles/index.html", page: page)
        case .article(let number): article(graph.articles[number].id)
        case .entityIndex: "entities/index.html"
        case .entity(let number, let page): Pagination.path(entity(graph.entities[number].id), page: page)
        case .placeIndex: "places/index.html"
        case .place(let number, let page): Pagination.path(place(graph.places[number].id), page: page)
        case .timeline: "timeline/index.html"
        case .tagIndex: "tags/index.html"
        case .tag(let number, let page): Pagination.path(tag(graph.tags[number].slug), page: page)
        case .timelineYear(let year): timelineYear(year)
        case .timelineMonth(let year, let month, let page): Pagination.path(timelineMonth(year, month), page: page)
        case .articleEvents(let number, let page): Pagination.path(events(of: article(graph.articles[number].id)), page: page)
        case .entityEvents(let number, let page): Pagination.path(events(of: entity(graph.entities[number].id)), page: page)
        case .placeEvents(let number, let page): Pagination.path(events(of: place(graph.places[number].id)), page: page)
        case .placeList(let page): Pagination.path("places/index.html", page: page)
        case .placeChildren(let number, let page): Pagination.path(placesWithin(graph.places[number].id), page: page)
        case .page(let number): Self.page(graph.pages[number].id)
        case .search: searchPage
        case .notFound: notFoundPage
        }
    }

    /// `articles/<id>/index.html`.
    static func article(_ id: String) -> String { "articles/\(id)/index.html" }
    /// `entities/<id>/index.html`.
    static func entity(_ id: String) -> String { "entities/\(id)/index.html" }
    /// `places/<id>/index.html`.
    static func place(_ id: String) -> String { "places/\(id)/index.html" }
    /// `tags/<slug>/index.html`.
    static func tag(_ slug: String) -> String { "tags/\(slug)/index.html" }
    /// `articles/<id>/events/index.html` for the page `articles/<id>/index.html`: the first page of
    /// every event of an article, entity or place.
    static func events(of subject: String) -> String {
        String(subject.dropLast("index.html".count)) + "events/index.html"
    }
    /// `places/<id>/within/index.html`: the first page of the places directly within a place.
    static func placesWithin(_ id: String) -> String { "places/\(id)/within/index.html" }
    /// `<id>/index.html`: a stand-alone page, at the top of the site.
    static func page(_ id: String) -> String { "\(id)/index.html" }

    /// The folders at the top of the site that Dossier writes itself: no page may take one.
    static let sectionFolders: Set<String> = [
        "articles", "entities", "places", "timeline", "tags", "search", "media", "assets", "page", "data",
    ]

    /// The way back to the site root from the pages that show Markdown bodies (article, entity and
    /// place pages, all two folders deep): `../../`.
    static let bodyRoot = root(from: article("id"))
    /// The way back to the site root from a stand-alone page (one folder deep): `../`.
    static let pageBodyRoot = root(from: page("id"))

    /// The prefix that leads from a page at `path` back to the site root: `""`, `"../"`, `"../../"`.
    static func root(from path: String) -> String {
        var depth = 0
        var sawSegment = false
        for byte in path.utf8 {
            if byte == UInt8(ascii: "/") {
                if sawSegment { depth += 1 }
                sawSegment = false
            } else {
                sawSegment = true
            }
        }
        return depth < ups.count ? ups[depth] : String(repeating: "../", count: depth)
    }

    /// `""`, `"../"`, `"../../"`, … made once.
    private static let ups = (0..<12).map { String(repeating: "../", count: $0) }

    /// `target` (a site path) as a link from the page at `from`, each segment percent-encoded.
    static func link(to target: String, from: String) -> String {
        root(from: from) + encoded(target)
    }

    /// A site path with each segment percent-encoded (unchanged when it needs no encoding).
    static func encoded(_ path: String) -> String {
        guard !path.utf8.allSatisfy(isUnreservedOrSlash) else { return path }
        return path.split(separator: "/", omittingEmptySubsequences: false).map { segment(String($0)) }.joined(separator: "/")
    }

    /// An id as a URL path segment: characters outside the unreserved set percent-encoded.
    static func segment(_ id: String) -> String {
        id.addingPercentEncoding(withAllowedCharacters: unreserved) ?? id
    }

    private static func isUnreservedOrSlash(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            true
        case UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"): true
        default: false
        }
    }

    private static let unreserved = CharacterSet(
        charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~")
}
