import FlyingFox

/// Routes every request of the preview: the live-reload WebSocket, or the site's files for `GET`
/// and `HEAD` (anything else gets `405`).
struct PreviewHandler: HTTPHandler {
    let responder: PreviewResponder
    let liveReload: WebSocketHTTPHandler

    init(responder: PreviewResponder, broadcaster: ReloadBroadcaster) {
        self.responder = responder
        self.liveReload = .webSocket(LiveReloadSocket(broadcaster: broadcaster))
    }

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        if request.target.path() == LiveReloadInjector.socketPath {
            return try await liveReload.handleRequest(request)
        }
        guard request.method == .GET || request.method == .HEAD else {
            var headers = HTTPHeaders()
            headers[HTTPHeader("Allow")] = "GET, HEAD"
            return HTTPResponse(statusCode: .methodNotAllowed, headers: headers)
        }
        return responder.respond(to: request)
    }
}
