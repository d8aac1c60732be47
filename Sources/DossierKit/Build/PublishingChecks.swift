import Foundation

/// What `dossier check` finds that a build does not need but a publisher does, in the bodies' links:
/// an address from the host's root (`/articles/x/`), which breaks when the site is served under a
/// sub-path or opened from disk, and a link to an anchor (`#causes`) that the page it points at
/// does not have.
struct PublishingChecks {
    /// A link of a body, where it is written and the page it is shown on.
    private struct Link {
        let destination: String
        let location: SourceLocation
        /// The output path of the page that shows the body.
        let page: String
        /// The page it points at and the anchor it names, when it names one.
        let target: (path: String, anchor: String)?
    }

    private let links: [Link]
    private var rootLinks: [Diagnostic] = []

    /// The pages whose anchors the check needs (`anchorProblems(ids:)`).
    let targets: Set<String>

    /// The links of every body of `graph` in `bodies` that a publisher checks, for the edition in
    /// `folder` (`ru/`; empty for the default); with `only`, of the bodies of those files (an
    /// edition's translations: its other bodies are the default's, checked there).
    init(graph: DossierGraph, bodies: RenderedBodies, folder: String = "", only: Set<String>? = nil) {
        var shown: [(path: String, firstLine: Int, page: String, rendered: RenderedMarkdown)] = []
        for (number, article) in graph.articles.enumerated() where number < bodies.articles.count {
            shown.append(
                (article.path, article.bodyFirstLine, SiteURLs.path(of: .article(number), in: graph), bodies.articles[number]))
        }
        for (number, entity) in graph.entities.enumerated() where number < bodies.entities.count {
            guard let path = entity.path else { continue }
            shown.append(
                (path, entity.bodyFirstLine, SiteURLs.path(of: .entity(number, page: 1), in: graph), bodies.entities[number]))
        }
        for (number, place) in graph.places.enumerated() where number < bodies.places.count {
            guard let path = place.path else { continue }
            shown.append(
                (path, place.bodyFirstLine, SiteURLs.path(of: .place(number, page: 1), in: graph), bodies.places[number]))
        }
        for (number, page) in graph.pages.enumerated() where number < bodies.pages.count {
            shown.append((page.path, page.bodyFirstLine, SiteURLs.path(of: .page(number), in: graph), bodies.pages[number]))
        }
        var links: [Link] = []
        var rootLinks: [Diagnostic] = []
        for var body in shown where only?.contains(body.path) ?? true {
            body.page = folder + body.page
            for link in body.rendered.checkedLinks {
                let location = SourceLocation(path: body.path, line: body.firstLine + link.line - 1, column: link.column)
                if link.address.hasPrefix("/"), !link.address.hasPrefix("//") {
                    rootLinks.append(
                        .warning(
                            "the link '\(link.written)' starts at the web host's root, so it breaks when the site is published under a sub-path (https://example.org/dossier/) or opened from disk; link to a content file by its path (../articles/x.md), to a media file from content/ (/media/map.png), or write the full address (https://…)",
                            at: location))
                    continue
                }
                links.append(
                    Link(
                        destination: link.written, location: location, page: body.page,
                        target: Self.target(of: link.address, from: body.page)))
            }
        }
        self.links = links
        self.rootLinks = rootLinks
        targets = Set(links.compactMap { $0.target?.path })
    }

    /// The page a relative `destination` with an anchor points at from the page at `page`, and the
    /// anchor; `nil` for an address elsewhere (`https://…`) or without an anchor.
    static func target(of destination: String, from page: String) -> (path: String, anchor: String)? {
        guard !destination.contains(":"), let hash = destination.firstIndex(of: "#") else { return nil }
        let anchor = String(destination[destination.index(after: hash)...])
        var address = String(destination[..<hash])
        if let query = address.firstIndex(of: "?") { address = String(address[..<query]) }
        guard !anchor.isEmpty else { return nil }
        if address.isEmpty { return (page, anchor.removingPercentEncoding ?? anchor) }
        var parts = page.split(separator: "/").dropLast().map(String.init)
        for segment in address.split(separator: "/", omittingEmptySubsequences: false) {
            switch segment {
            case "..":
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            case ".", "": continue
            default: parts.append(segment.removingPercentEncoding ?? String(segment))
            }
        }
        var path = parts.joined(separator: "/")
        if address.hasSuffix("/") || address.isEmpty { path += path.isEmpty ? "index.html" : "/index.html" }
        return (path, anchor.removingPercentEncoding ?? anchor)
    }

    /// The `id`s of the elements of a page's HTML.
    static func ids(in html: Data) -> Set<String> {
        var ids: Set<String> = []
        let marker = Array(" id=\"".utf8)
        html.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
            var index = 0
            while index + marker.count < bytes.count {
                guard bytes[index] == marker[0], bytes[index + 1] == marker[1], bytes[index + 2] == marker[2],
                    bytes[index + 3] == marker[3], bytes[index + 4] == marker[4]
                else {
                    index += 1
                    continue
                }
                let start = index + marker.count
                var end = start
                while end < bytes.count, bytes[end] != UInt8(ascii: "\"") { end += 1 }
                ids.insert(Self.unescaped(String(decoding: bytes[start..<end], as: UTF8.self)))
                index = end
            }
        }
        return ids
    }

    /// The anchor of `anchors` that `anchor` likely means: the closest in spelling, else the one
    /// whose words hold all of its words (`#terms` → `#ceasefire-terms`), the shortest first.
    static func closest(to anchor: String, among anchors: Set<String>) -> String? {
        let sorted = anchors.sorted()
        if let close = Suggestions.closest(to: anchor, among: sorted) { return close }
        let words = Set(anchor.lowercased().split(separator: "-"))
        guard !words.isEmpty else { return nil }
        return sorted.filter { words.isSubset(of: Set($0.lowercased().split(separator: "-"))) }
            .min { ($0.count, $0) < ($1.count, $1) }
    }

    /// An attribute's text as written by `HTMLEscaping`, unescaped.
    private static func unescaped(_ text: String) -> String {
        guard text.contains("&") else { return text }
        return text.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    /// Every problem: links from the host's root, and links to anchors that their page (by path in
    /// `ids`, the anchors of each page in `targets`) does not have. A link to a file that is not a
    /// page of the site (a media file) is not checked.
    func problems(ids: [String: Set<String>]) -> [Diagnostic] {
        var problems = rootLinks
        for link in links {
            guard let target = link.target, let anchors = ids[target.path], !anchors.contains(target.anchor) else { continue }
            var message =
                target.path == link.page
                ? "there is no anchor '#\(target.anchor)' on this page"
                : "the link '\(link.destination)' names the anchor '#\(target.anchor)', which its page (\(target.path)) does not have"
            if let close = Self.closest(to: target.anchor, among: anchors) {
                message += "; did you mean '#\(close)'?"
            } else {
                message += "; headings get their anchor from their text (## Early life → #early-life)"
            }
            problems.append(.warning(message, at: link.location))
        }
        return problems
    }
}
