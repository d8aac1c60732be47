import FlyingFox
import Foundation

/// Routes every request of the preview: the live-reload WebSocket, or the site's files for `GET`
/// and `HEAD` (anything else gets `405`). On loopback, requests for other host names get `403`;
/// a live-reload handshake from a page of another site gets `403` too.
struct PreviewHandler: Sendable {
    let responder: PreviewResponder
    let loopbackOnly: Bool

    /// FlyingFox's check of the handshake (RFC 6455 §4.2.1) and its `Sec-WebSocket-Accept`; the
    /// frames that follow are read by `LiveReloadSession`, which bounds them.
    private let handshake = WebSocketHTTPHandler(handler: FramesReadElsewhere())

    init(responder: PreviewResponder, loopbackOnly: Bool) {
        self.responder = responder
        self.loopbackOnly = loopbackOnly
    }

    /// The reply to `request`.
    func reply(to request: HTTPRequest) async -> PreviewReply {
        guard HostCheck.allows(request.headers[.host], loopbackOnly: loopbackOnly) else {
            return .response(
                Self.forbidden("This preview answers only to localhost and 127.0.0.1 (Host: \(request.headers[.host] ?? "")).")
            )
        }
        if request.target.path() == LiveReloadInjector.socketPath {
            return await liveReload(request)
        }
        guard request.method == .GET || request.method == .HEAD else {
            var headers = HTTPHeaders()
            headers[HTTPHeader("Allow")] = "GET, HEAD"
            return .response(HTTPResponse(statusCode: .methodNotAllowed, headers: headers))
        }
        return .response(responder.respond(to: request))
    }

    /// The upgrade to the live-reload socket, for pages of the preview or of this machine only.
    private func liveReload(_ request: HTTPRequest) async -> PreviewReply {
        let origin = request.headers[HTTPHeader("Origin")]
        guard OriginCheck.allows(origin: origin, host: request.headers[.host]) else {
            return .response(
                Self.forbidden("Pages of other sites may not open the live-reload socket (Origin: \(origin ?? "")).")
            )
        }
        // A handshake that is not one gets FlyingFox's `400`, which says what is missing.
        guard let response = try? await handshake.handleRequest(request) else {
            return .response(HTTPResponse(statusCode: .badRequest))
        }
        return response.statusCode == .switchingProtocols ? .liveReload(response) : .response(response)
    }

    private static func forbidden(_ message: String) -> HTTPResponse {
        var headers = HTTPHeaders()
        headers[.contentType] = "text/plain; charset=utf-8"
        return HTTPResponse(statusCode: .forbidden, headers: headers, body: Data((message + "\n").utf8))
    }
}

/// Stands in for FlyingFox's frame handling, which the preview does not use.
private struct FramesReadElsewhere: WSHandler {
    func makeFrames(for client: AsyncThrowingStream<WSFrame, any Error>) async throws -> AsyncStream<WSFrame> {
        AsyncStream { $0.finish() }
    }
}
