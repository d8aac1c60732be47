import Foundation

/// Keeps the WebSocket of every open tab and tells them all which build is current: once when a
/// tab connects, and again after every rebuild. A tab whose page belongs to another build reloads.
public actor ReloadBroadcaster {
    /// How many frames wait for a slow tab; past it the oldest are dropped (a tab only needs the
    /// latest build, and a flood of pings gets some of its pongs).
    static let queued = 8

    private var clients: [UUID: AsyncStream<WebSocketOutgoing>.Continuation] = [:]
    private var token: String

    /// Creates a broadcaster announcing `token` to tabs that connect.
    public init(token: String) {
        self.token = token
    }

    /// Number of tabs connected now.
    public var clientCount: Int { clients.count }

    /// Tells every tab that `token` is the current build; returns how many were told.
    @discardableResult
    public func announce(_ token: String) -> Int {
        self.token = token
        for client in clients.values { client.yield(.text(Self.message(for: token))) }
        return clients.count
    }

    /// Closes every tab's socket (when the server stops).
    public func closeAll() {
        for client in clients.values {
            client.yield(.close(1001))
            client.finish()
        }
        clients = [:]
    }

    /// The text sent for a build: `build <token>`.
    public static func message(for token: String) -> String { "build \(token)" }

    /// Registers a tab: the returned stream carries what is sent to it, starting with the current
    /// build, and `send` adds to it (pongs, the closing frame).
    func connect() -> (id: UUID, outgoing: AsyncStream<WebSocketOutgoing>, send: AsyncStream<WebSocketOutgoing>.Continuation) {
        let id = UUID()
        let (stream, continuation) = AsyncStream.makeStream(
            of: WebSocketOutgoing.self, bufferingPolicy: .bufferingNewest(Self.queued))
        continuation.yield(.text(Self.message(for: token)))
        clients[id] = continuation
        return (id, stream, continuation)
    }

    /// Forgets a tab; what was sent to it before still goes out.
    func disconnect(_ id: UUID) {
        clients.removeValue(forKey: id)?.finish()
    }
}
