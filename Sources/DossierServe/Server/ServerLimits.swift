/// The bounds the preview server keeps to whatever a client sends, so that no request, no
/// WebSocket message and no silent connection can cost more than a fixed amount of memory, CPU
/// or time (a web page in the browser can aim requests at the preview's loopback address).
public struct ServerLimits: Sendable {
    /// The longest request line (`GET /path HTTP/1.1`); a longer one gets `414 URI Too Long`.
    public var requestLineBytes: Int
    /// The longest request head (request line and headers); a longer one gets `431`.
    public var headBytes: Int
    /// The longest request body read (and dropped: the preview only reads); a longer one gets `413`.
    public var bodyBytes: Int
    /// The longest WebSocket message a tab may send, fragments added up; the socket closes past it.
    public var webSocketMessageBytes: Int
    /// How long a connection may take over any one step: sending the next request after the last
    /// answer (an idle keep-alive connection is closed then), the rest of a request, or reading
    /// an answer. Live-reload sockets may stay quiet; only their writes have this limit.
    public var idleTimeout: Duration
    /// How long `stop()` lets answers in flight finish before it closes every connection.
    public var shutdownGrace: Duration
    /// Connections served at once; past it a new connection gets `503` and is closed.
    public var connections: Int

    /// Creates limits; the defaults suit a preview in a browser.
    public init(
        requestLineBytes: Int = 8 * 1024, headBytes: Int = 16 * 1024, bodyBytes: Int = 64 * 1024,
        webSocketMessageBytes: Int = 64 * 1024, idleTimeout: Duration = .seconds(15),
        shutdownGrace: Duration = .milliseconds(500), connections: Int = 256
    ) {
        self.requestLineBytes = requestLineBytes
        self.headBytes = headBytes
        self.bodyBytes = bodyBytes
        self.webSocketMessageBytes = webSocketMessageBytes
        self.idleTimeout = idleTimeout
        self.shutdownGrace = shutdownGrace
        self.connections = connections
    }
}
