import FlyingFox
import Foundation

/// Keeps the WebSocket of every open tab and tells them all which build is current: once when a
/// tab connects, and again after every rebuild. A tab whose page belongs to another build reloads.
public actor ReloadBroadcaster {
    private var clients: [UUID: AsyncStream<WSMessage>.Continuation] = [:]
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
            client.yield(.close(.goingAway))
            client.finish()
        }
        clients = [:]
    }

    /// The text sent for a build: `build <token>`.
    public static func message(for token: String) -> String { "build \(token)" }

    /// Registers a tab; the returned stream carries what is sent to it, starting with the current build.
    func connect() -> (id: UUID, messages: AsyncStream<WSMessage>) {
        let id = UUID()
        let (stream, continuation) = AsyncStream.makeStream(of: WSMessage.self, bufferingPolicy: .bufferingNewest(8))
        continuation.yield(.text(Self.message(for: token)))
        continuation.onTermination = { _ in Task { await self.disconnect(id) } }
        clients[id] = continuation
        return (id, stream)
    }

    /// Forgets a tab.
    func disconnect(_ id: UUID) {
        clients.removeValue(forKey: id)?.finish()
    }
}

/// The WebSocket end of live reload: hands each tab's socket to the broadcaster and forgets the
/// tab when its socket closes. What tabs send is ignored.
struct LiveReloadSocket: WSMessageHandler {
    let broadcaster: ReloadBroadcaster

    func makeMessages(for client: AsyncStream<WSMessage>) async throws -> AsyncStream<WSMessage> {
        let (id, messages) = await broadcaster.connect()
        Task {
            for await _ in client {}
            await broadcaster.disconnect(id)
        }
        return messages
    }
}
