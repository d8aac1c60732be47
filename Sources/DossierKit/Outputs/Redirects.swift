import Foundation

/// The redirect pages of `redirect_from:`: a small page at each old address of an article, entity,
/// place or page that sends the reader on to where it is now (a meta refresh, a canonical link and
/// a plain link, all relative, so they work from `file://` and under any sub-path).
struct Redirects {
    /// One old address and where it leads.
    struct Redirect: Equatable {
        /// The old page's path in the site (`articles/old-id/index.html`).
        let path: String
        /// The page it leads to.
        let target: String
        /// That page's title, for the link.
        let title: String
        /// Where `redirect_from` names the old address.
        let location: SourceLocation
    }

    /// The most old addresses one file may name.
    static let limitPerFile = 100

    let redirects: [Redirect]
    let diagnostics: [Diagnostic]

    /// The redirects every file of `graph` asks for, and the problems with the old addresses.
    init(graph: DossierGraph) {
        var redirects: [Redirect] = []
        var diagnostics: [Diagnostic] = []
        func add(_ old: [Located<String>], folder: String, target: String, title: String) {
            if old.count > Self.limitPerFile, let first = old.first {
                diagnostics.append(
                    .error(
                        "'redirect_from' names \(old.count) old addresses, more than the \(Self.limitPerFile) one file may have; keep the ones readers still use",
                        at: first.location))
            }
            for entry in old.prefix(Self.limitPerFile) {
                switch Self.path(of: entry.value, folder: folder) {
                case .success(let path) where path == target:
                    diagnostics.append(
                        .warning(
                            "'\(entry.value)' is this file's own address, so it needs no redirect; remove it from 'redirect_from'",
                            at: entry.location))
                case .success(let path):
                    redirects.append(Redirect(path: path, target: target, title: title, location: entry.location))
                case .failure(let problem):
                    diagnostics.append(.error(problem.message, at: entry.location))
                }
            }
        }
        for article in graph.articles {
            add(article.redirectFrom, folder: "articles/", target: SiteURLs.article(article.id), title: article.title)
        }
        for entity in graph.entities where !entity.redirectFrom.isEmpty {
            add(entity.redirectFrom, folder: "entities/", target: SiteURLs.entity(entity.id), title: entity.name)
        }
        for place in graph.places where !place.redirectFrom.isEmpty {
            add(place.redirectFrom, folder: "places/", target: SiteURLs.place(place.id), title: place.name)
        }
        for page in graph.pages where !page.redirectFrom.isEmpty {
            add(page.redirectFrom, folder: "", target: SiteURLs.page(page.id), title: page.title)
        }
        self.redirects = redirects
        self.diagnostics = diagnostics
    }

    /// A problem with an old address, worded for the editor.
    struct Problem: Error {
        let message: String
    }

    /// The path of the old address `value`: an old id (`old-id`, in the kind's `folder`), or a path
    /// from the site's root (`2016/04/old-id/`, `news/old.html`); a folder gets `index.html`.
    static func path(of value: String, folder: String) -> Result<String, Problem> {
        let shape =
            "write an old id (kerry-lavrov-call) or a path from the site's root (2016/04/kerry-lavrov-call/ or news/old-page.html)"
        guard !value.contains("://"), !value.hasPrefix("//"), !value.contains("?"), !value.contains("#") else {
            return .failure(
                Problem(
                    message: "'\(value)' is not an address of this site: redirect_from takes old addresses within it; \(shape)"))
        }
        var trimmed = value
        let isPath = trimmed.contains("/")
        while trimmed.hasPrefix("/") { trimmed.removeFirst() }
        let segments = trimmed.split(separator: "/", omittingEmptySubsequences: true)
        guard !segments.isEmpty, segments.allSatisfy({ $0 != "." && $0 != ".." && !$0.contains("\\") }) else {
            return .failure(Problem(message: "'\(value)' is not a usable old address; \(shape)"))
        }
        let last = segments.last!.lowercased()
        var path = (isPath ? "" : folder) + segments.joined(separator: "/")
        if !(last.hasSuffix(".html") || last.hasSuffix(".htm")) { path += "/index.html" }
        guard OutputPath.isSafe(path) else {
            return .failure(Problem(message: "'\(value)' has a control character or is too long; \(shape)"))
        }
        let reserved = ["assets/", "media/", "search/"]
        if let folder = reserved.first(where: { path.hasPrefix($0) }) {
            return .failure(
                Problem(message: "'\(value)' is in public/\(folder), which holds Dossier's own files; \(shape)"))
        }
        return .success(path)
    }

    /// The redirect pages, for a site at `base` (canonical links are absolute with it).
    func files(site: SiteConfig) -> [OutputFile] {
        redirects.map { redirect in
            OutputFile.data(redirect.path, Data(Self.html(of: redirect, site: site).utf8))
        }
    }

    /// A redirect page: it names where the page went, in the page's own words.
    static func html(of redirect: Redirect, site: SiteConfig) -> String {
        let link = HTMLEscaping.escape(SiteURLs.link(to: redirect.target, from: redirect.path))
        let canonical = site.baseURL.map { HTMLEscaping.escape($0 + SiteURLs.encoded(redirect.target)) } ?? link
        let title = HTMLEscaping.escape(redirect.title)
        return """
            <!doctype html>
            <html lang="\(HTMLEscaping.escape(site.language))" dir="\(SiteLanguage.direction(of: site.language))">
            <head>
            <meta charset="utf-8">
            <title>\(title) · \(HTMLEscaping.escape(site.title))</title>
            <meta name="robots" content="noindex">
            <link rel="icon" href="\(SiteURLs.root(from: redirect.path))assets/favicon.svg" type="image/svg+xml">
            <link rel="canonical" href="\(canonical)">
            <meta http-equiv="refresh" content="0; url=\(link)">
            </head>
            <body>
            <p>This page has moved to <a href="\(link)">\(title)</a>.</p>
            </body>
            </html>

            """
    }
}
