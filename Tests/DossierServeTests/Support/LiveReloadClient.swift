import DossierServe
import FlyingSocks
import Foundation

/// A WebSocket client for the live-reload socket, standing in for a browser tab.
struct LiveReloadClient: Sendable {
    private let socket: AsyncSocket

    /// Connects and completes the handshake; throws when the server refuses the upgrade.
    static func connect(port: UInt16) async throws -> LiveReloadClient {
        try await withTimeout(10, "the WebSocket handshake") {
            let socket = try await AsyncSocket.connected(to: try sockaddr_in.inet(ip4: "127.0.0.1", port: port))
            let key = Data((0..<16).map { _ in UInt8.random(in: 0...255) }).base64EncodedString()
            let request =
                "GET \(LiveReloadInjector.socketPath) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nUpgrade: websocket\r\n"
                + "Connection: Upgrade\r\nSec-WebSocket-Key: \(key)\r\nSec-WebSocket-Version: 13\r\n\r\n"
            try await socket.write(Data(request.utf8))
            var head: [UInt8] = []
            while !head.ends(with: Array("\r\n\r\n".utf8)) { head.append(try await socket.read()) }
            guard String(decoding: head, as: UTF8.self).hasPrefix("HTTP/1.1 101") else { throw Refused() }
            return LiveReloadClient(socket: socket)
        }
    }

    /// The next text message, waiting at most `seconds`.
    func nextMessage(within seconds: Double = 10) async throws -> String {
        try await withTimeout(seconds, "a live-reload message") {
            while true {
                let header = try await socket.read(bytes: 2)
                let opcode = header[0] & 0x0F
                var length = Int(header[1] & 0x7F)
                if length == 126 {
                    length = try await socket.read(bytes: 2).reduce(0) { $0 << 8 | Int($1) }
                } else if length == 127 {
                    length = try await socket.read(bytes: 8).reduce(0) { $0 << 8 | Int($1) }
                }
                let payload = try await socket.read(bytes: length)
                if opcode == 0x1 { return String(decoding: payload, as: UTF8.self) }
                if opcode == 0x8 { throw Closed() }
            }
        }
    }

    /// Closes the connection.
    func close() {
        try? socket.close()
    }

    struct Refused: Error {}
    struct Closed: Error {}
}

extension Array where Element == UInt8 {
    fileprivate func ends(with suffix: [UInt8]) -> Bool {
        count >= suffix.count && Array(self[(count - suffix.count)...]) == suffix
    }
}
