import FlyingFox
import FlyingSocks
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The preview's HTTP/1.1 server, on FlyingSocks' sockets. It reads requests itself rather than
/// through FlyingFox's `HTTPServer`, which offers no limit on a request head (its line reader is
/// quadratic in the line's length), no idle timeout, no bound on WebSocket messages, and ends
/// its accept loop on the first failed accept. Here every request and every connection stays
/// within `ServerLimits`, a failed accept is retried, and `stop()` ends within a bounded time.
actor PreviewHTTPServer {
    /// The port listened on.
    let port: UInt16

    private let listener: AsyncSocket
    private let handler: PreviewHandler
    private let broadcaster: ReloadBroadcaster
    private let limits: ServerLimits
    private let report: @Sendable (String) -> Void
    private var poolTask: Task<Void, Never>?
    private var acceptTask: Task<Void, Never>?
    private var connections: [Int: (task: Task<Void, Never>, isIdle: Locked<Bool>)] = [:]
    private var opened = 0

    /// Listens on `address` and starts accepting; throws `ServeError.cannotListen` when it cannot.
    /// `report` hears of problems that do not stop the server.
    static func start(
        address: ListenAddress, handler: PreviewHandler, broadcaster: ReloadBroadcaster, limits: ServerLimits,
        report: @escaping @Sendable (String) -> Void
    ) async throws -> PreviewHTTPServer {
        let pool: any AsyncSocketPool = SocketPool.make()
        let listener: AsyncSocket
        let port: UInt16
        do {
            try await pool.prepare()
            let socketAddress = try address.socketAddress()
            let socket = try Socket(domain: Int32(type(of: socketAddress).family))
            try socket.setValue(true, for: .localAddressReuse)
            try socket.bind(to: socketAddress)
            try socket.listen()
            switch try socket.sockname() {
            case .ip4(_, let bound), .ip6(_, let bound): port = bound
            case .unix: throw SocketError.unsupportedAddress
            }
            listener = try AsyncSocket(socket: socket, pool: pool)
        } catch {
            throw ServeError.cannotListen(host: address.host, port: address.port, reason: AcceptLoop<Int>.describe(error))
        }
        let server = PreviewHTTPServer(
            listener: listener, port: port, handler: handler, broadcaster: broadcaster, limits: limits, report: report)
        await server.begin(pool)
        return server
    }

    private init(
        listener: AsyncSocket, port: UInt16, handler: PreviewHandler, broadcaster: ReloadBroadcaster, limits: ServerLimits,
        report: @escaping @Sendable (String) -> Void
    ) {
        self.listener = listener
        self.port = port
        self.handler = handler
        self.broadcaster = broadcaster
        self.limits = limits
        self.report = report
    }

    private func begin(_ pool: any AsyncSocketPool) {
        poolTask = Task { try? await pool.run() }
        let loop = AcceptLoop(accept: { [listener] in try await listener.accept() }, report: report)
        acceptTask = Task { await loop.run { await self.open($0) } }
    }

    /// Connections open now.
    var connectionCount: Int { connections.count }

    /// Stops accepting, ends idle connections at once, gives the others `limits.shutdownGrace` to
    /// finish, then ends them too. Live-reload sockets are closed by the broadcaster before.
    func stop() async {
        acceptTask?.cancel()
        await acceptTask?.value
        acceptTask = nil
        try? listener.close()
        for entry in connections.values where entry.isIdle.current { entry.task.cancel() }
        let deadline = ContinuousClock.now + limits.shutdownGrace
        while !connections.isEmpty, ContinuousClock.now < deadline { try? await Task.sleep(for: .milliseconds(10)) }
        let remaining = connections.values.map(\.task)
        for task in remaining { task.cancel() }
        for task in remaining { await task.value }
        poolTask?.cancel()
        await poolTask?.value
        poolTask = nil
    }

    /// Serves a new connection, or refuses it with `503` when `limits.connections` are open.
    private func open(_ socket: AsyncSocket) {
        guard connections.count < limits.connections else {
            let busy = RequestRejection(.serviceUnavailable, "Too many connections are open; try again in a moment.")
            _ = try? socket.socket.write(ResponseEncoder.rejection(busy))
            try? socket.close()
            return
        }
        try? socket.socket.setValue(true, for: BoolSocketOption(level: Int32(IPPROTO_TCP), name: TCP_NODELAY))
        opened += 1
        let id = opened
        let isIdle = Locked(true)
        let connection = PreviewConnection(
            socket: socket, handler: handler, broadcaster: broadcaster, limits: limits, isIdle: isIdle)
        let task = Task {
            await connection.run()
            self.closed(id)
        }
        connections[id] = (task, isIdle)
    }

    private func closed(_ id: Int) {
        connections[id] = nil
    }
}
