import FlyingFox
import FlyingSocks
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// One client connection: requests read within the limits and answered in turn (keep-alive),
/// until the client closes, a request is refused, a step outlasts the idle timeout, or the
/// connection becomes a tab's live-reload socket. It closes the socket when it ends.
struct PreviewConnection: Sendable {
    let socket: AsyncSocket
    let handler: PreviewHandler
    let broadcaster: ReloadBroadcaster
    let limits: ServerLimits
    /// Whether the connection is between requests, where stopping the server may end it at once.
    let isIdle: Locked<Bool>

    /// Serves the connection, and closes it.
    func run() async {
        let deadline = ConnectionDeadline()
        await withTaskGroup(of: Void.self) { group in
            group.addTask { await serve(within: deadline) }
            group.addTask { await deadline.watch() }
            await group.next()
            group.cancelAll()
        }
        try? socket.close()
    }

    private func serve(within deadline: ConnectionDeadline) async {
        var reader = ConnectionReader(socket: socket)
        do {
            while true {
                deadline.start(limits.idleTimeout)
                isIdle.update { $0 = true }
                guard let bytes = try await reader.readRequestHead(limits: limits) else { return }
                isIdle.update { $0 = false }
                let head = try RequestHead.parse(bytes)
                guard head.bodyLength <= limits.bodyBytes else {
                    throw RequestRejection(.payloadTooLarge, "Request bodies are limited to \(limits.bodyBytes) bytes.")
                }
                let body = try await reader.read(exactly: head.bodyLength)
                let parts = head.target.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
                let request = HTTPRequest(
                    method: head.method, version: head.version,
                    target: HTTPRequest.Target(path: String(parts[0]), query: parts.count > 1 ? String(parts[1]) : ""),
                    headers: head.headers, body: HTTPBodySequence(data: Data(body)))
                switch await handler.reply(to: request) {
                case .response(let response):
                    let keepAlive = head.keepsAlive
                    try await socket.write(
                        ResponseEncoder.encode(response, body: try await response.bodyData, keepAlive: keepAlive))
                    guard keepAlive else { return }
                case .liveReload(let response):
                    try await socket.write(ResponseEncoder.upgrade(response))
                    deadline.clear()
                    await LiveReloadSession(broadcaster: broadcaster, limits: limits).run(reader)
                    return
                }
            }
        } catch let rejection as RequestRejection {
            try? await socket.write(ResponseEncoder.rejection(rejection))
            await drain(within: deadline)
        } catch {
            // The peer went away, broke off mid-request, or a step outlasted its limit.
        }
    }

    /// After a refusal: stops sending, and reads (and drops) what the client still sends for a
    /// moment, so that closing does not reset the connection before the client has read the
    /// answer (RFC 9112 §9.6). Bounded by a second and by the size of a long head.
    private func drain(within deadline: ConnectionDeadline) async {
        _ = shutdown(socket.socket.file.rawValue, Int32(SHUT_WR))
        deadline.start(.seconds(1))
        var dropped = 0
        while dropped < 64 * limits.headBytes, let chunk = try? await socket.read(atMost: ConnectionReader.chunk) {
            dropped += chunk.count
        }
    }
}
