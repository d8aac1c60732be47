import DossierKit
import FlyingFox
import Foundation

/// Answers a `GET` or `HEAD` for the site: a file (HTML pages carry the live-reload script and,
/// after a failed build, the error overlay, added in memory), a redirect to a folder's slash form,
/// the 404 page (the site's own `404.html` when it has one), or a 400 for a path that is never valid.
struct PreviewResponder: Sendable {
    /// Where the site's files are, and which paths may be served.
    let resolver: StaticFileResolver
    /// The current build status, read for every page.
    let status: @Sendable () -> BuildStatus

    /// The response to `request`.
    func respond(to request: HTTPRequest) -> HTTPResponse {
        let response: HTTPResponse
        let rawPath = request.target.path()
        switch resolver.resolve(rawPath: rawPath) {
        case .file(let path): response = file(at: path, for: request) ?? notFound(for: rawPath)
        case .redirect(let location): response = redirect(to: location, query: request.target.query())
        case .notFound: response = notFound(for: rawPath)
        case .rejected: response = page(.badRequest, title: "Bad request", text: "This address is not allowed.")
        }
        return request.method == .HEAD ? response.withoutBody() : response
    }

    /// A file, or `nil` when it vanished since it was resolved.
    private func file(at path: String, for request: HTTPRequest) -> HTTPResponse? {
        guard let file = FileSnapshot(path: path) else { return nil }
        let conditional = ConditionalRequest(
            ifNoneMatch: request.headers[.ifNoneMatch], ifModifiedSince: request.headers[.ifModifiedSince])
        var headers = Self.commonHeaders(type: ContentTypes.forPath(path))
        var body = file.data
        var eTag = file.status.eTag
        var lastModified: Date? = file.status.modified
        if ContentTypes.isHTML(path) {
            let current = status()
            body = decorate(body, with: current)
            eTag = String(eTag.dropLast()) + "-\(current.token)\(current.failure == nil ? "" : "-failed")\""
            lastModified = nil
        }
        headers[.eTag] = eTag
        if let lastModified { headers[.lastModified] = HTTPDate.string(from: lastModified) }
        guard !conditional.isNotModified(eTag: eTag, lastModified: lastModified) else {
            return notModified(headers, size: body.count)
        }
        return HTTPResponse(statusCode: .ok, headers: headers, body: body)
    }

    /// `304` with the validators, and the length the full answer would have.
    private func notModified(_ headers: HTTPHeaders, size: Int) -> HTTPResponse {
        var headers = headers
        headers[.contentLength] = String(size)
        return HTTPResponse(statusCode: .notModified, headers: headers)
    }

    /// `301` to the folder's slash form, keeping the query.
    private func redirect(to location: String, query: String) -> HTTPResponse {
        var headers = Self.commonHeaders(type: "text/plain; charset=utf-8")
        headers[.location] = query.isEmpty ? location : location + "?" + query
        return HTTPResponse(statusCode: .movedPermanently, headers: headers, body: Data("Moved to \(location)\n".utf8))
    }

    /// `404` with the nearest `404.html` above `rawPath` (a language's edition has its own:
    /// `/ru/404.html` for `/ru/…`), else the site's, else a plain page; all reload with the site.
    func notFound(for rawPath: String = "/") -> HTTPResponse {
        var folders = rawPath.split(separator: "/", omittingEmptySubsequences: true).dropLast().prefix(8).map(String.init)
        var candidates: [String] = []
        while !folders.isEmpty {
            candidates.append("/" + folders.joined(separator: "/") + "/404.html")
            folders.removeLast()
        }
        for candidate in candidates + ["/404.html"] {
            guard case .file(let path) = resolver.resolve(rawPath: candidate), let page = FileSnapshot(path: path) else {
                continue
            }
            var headers = Self.commonHeaders(type: "text/html; charset=utf-8")
            headers[.cacheControl] = "no-store"
            return HTTPResponse(statusCode: .notFound, headers: headers, body: decorate(page.data, with: status()))
        }
        return self.page(.notFound, title: "Page not found", text: "There is no page at this address in the site.")
    }

    /// A small HTML page for errors, with the live-reload script so it recovers by itself.
    private func page(_ code: HTTPStatusCode, title: String, text: String) -> HTTPResponse {
        let html = """
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><title>\(HTMLEscaping.escape(title))</title></head>
            <body style="font:16px/1.5 system-ui,sans-serif;margin:3rem auto;max-width:40rem;padding:0 1rem">
            <h1>\(HTMLEscaping.escape(title))</h1><p>\(HTMLEscaping.escape(text))</p><p><a href="/">Go to the home page</a></p>
            </body></html>
            """
        var headers = Self.commonHeaders(type: "text/html; charset=utf-8")
        headers[.cacheControl] = "no-store"
        return HTTPResponse(statusCode: code, headers: headers, body: decorate(Data(html.utf8), with: status()))
    }

    /// The page with the overlay (after a failed build) and the live-reload script.
    private func decorate(_ html: Data, with status: BuildStatus) -> Data {
        var snippet = LiveReloadInjector.script(build: status.token)
        if let failure = status.failure { snippet = ErrorOverlay.html(for: failure) + "\n" + snippet }
        return LiveReloadInjector.inject(snippet, into: html)
    }

    /// Headers every answer carries: the type, "always revalidate", and no type sniffing.
    private static func commonHeaders(type: String) -> HTTPHeaders {
        var headers = HTTPHeaders()
        headers[.contentType] = type
        headers[.cacheControl] = "no-cache"
        headers[HTTPHeader("X-Content-Type-Options")] = "nosniff"
        return headers
    }
}

extension HTTPResponse {
    /// The same status and headers with an empty body, for `HEAD` (and `Content-Length` kept).
    fileprivate func withoutBody() -> HTTPResponse {
        var headers = headers
        if headers[.contentLength] == nil, case .httpBody(let body) = payload, let count = body.count {
            headers[.contentLength] = String(count)
        }
        return HTTPResponse(version: version, statusCode: statusCode, headers: headers)
    }
}
