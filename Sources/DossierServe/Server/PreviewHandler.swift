import FlyingFox
import Foundation

/// Routes every request of the preview: the live-reload WebSocket, or the site's files for `GET`
/// and `HEAD` (anything else gets `405`). On loopback, requests for other host names get `403`.
struct PreviewHandler: HTTPHandler {
    let responder: PreviewResponder
    let liveReload: WebSocketHTTPHandler
    let loopbackOnly: Bool

    init(responder: PreviewResponder, broadcaster: ReloadBroadcaster, loopbackOnly: Bool) {
        self.responder = responder
        self.liveReload = .webSocket(LiveReloadSocket(broadcaster: broadcaster))
        self.loopbackOnly = loopbackOnly
    }

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        guard HostCheck.allows(request.headers[.host], loopbackOnly: loopbackOnly) else {
            var headers = HTTPHeaders()
            headers[.contentType] = "text/plain; charset=utf-8"
            let message = "This preview answers only to localhost and 127.0.0.1 (Host: \(request.headers[.host] ?? "")).\n"
            return HTTPResponse(statusCode: .forbidden, headers: headers, body: Data(message.utf8))
        }
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
