import FlyingFox
import Foundation

/// Turns a response into the bytes sent: the head and the body together, in one write, so a
/// keep-alive connection does not wait on Nagle's algorithm and the peer's delayed ACK between them.
enum ResponseEncoder {
    /// The whole answer. `Content-Length` is the body's unless the response set it (`HEAD`,
    /// `304`); `Connection` says whether the connection stays open.
    static func encode(_ response: HTTPResponse, body: Data, keepAlive: Bool) -> Data {
        var headers = response.headers
        if headers[.contentLength] == nil { headers[.contentLength] = String(body.count) }
        headers[.connection] = keepAlive ? "keep-alive" : "close"
        return head(status: response.statusCode, headers: headers) + body
    }

    /// The `101 Switching Protocols` head of a WebSocket upgrade, with its headers.
    static func upgrade(_ response: HTTPResponse) -> Data {
        head(status: response.statusCode, headers: response.headers)
    }

    /// A plain-text answer to a request refused before any handler saw it; the connection closes.
    static func rejection(_ rejection: RequestRejection) -> Data {
        var headers = HTTPHeaders()
        headers[.contentType] = "text/plain; charset=utf-8"
        let response = HTTPResponse(statusCode: rejection.status, headers: headers)
        return encode(response, body: Data((rejection.reason + "\n").utf8), keepAlive: false)
    }

    private static func head(status: HTTPStatusCode, headers: HTTPHeaders) -> Data {
        var text = "HTTP/1.1 \(status.code) \(status.phrase)\r\n"
        for name in headers.keys.sorted(by: { $0.rawValue < $1.rawValue }) {
            for value in headers.values(for: name) { text += "\(name.rawValue): \(value)\r\n" }
        }
        return Data((text + "\r\n").utf8)
    }
}
