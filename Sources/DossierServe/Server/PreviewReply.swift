import FlyingFox

/// What the server does with a request: answer it, or switch the connection to live reload.
enum PreviewReply: Sendable {
    /// An answer; the connection then waits for the next request (or closes).
    case response(HTTPResponse)
    /// The `101 Switching Protocols` answer of an accepted handshake; the connection then
    /// carries the tab's live-reload socket.
    case liveReload(HTTPResponse)
}
