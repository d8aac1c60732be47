import DossierServe
import FlyingSocks
import Foundation

/// A WebSocket client for the live-reload socket, standing in for a browser tab (or a hostile page).
struct LiveReloadClient: Sendable {
    private let socket: AsyncSocket

    /// Connects and completes the handshake, with `headers` added (`Origin`, say); throws
    /// `Refused` with the status when the server refuses the upgrade.
    static func connect(port: UInt16, headers: [String: String] = [:]) async throws -> LiveReloadClient {
        try await withTimeout(10, "the WebSocket handshake") {
            let socket = try await AsyncSocket.connected(to: try sockaddr_in.inet(ip4: "127.0.0.1", port: port))
            let key = Data((0..<16).map { _ in UInt8.random(in: 0...255) }).base64EncodedString()
            var request =
                "GET \(LiveReloadInjector.socketPath) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nUpgrade: websocket\r\n"
                + "Connection: Upgrade\r\nSec-WebSocket-Key: \(key)\r\nSec-WebSocket-Version: 13\r\n"
            for (name, value) in headers { request += "\(name): \(value)\r\n" }
            try await socket.write(Data((request + "\r\n").utf8))
            var head: [UInt8] = []
            while !head.ends(with: Array("\r\n\r\n".utf8)) { head.append(try await socket.read()) }
            let statusLine = String(decoding: head, as: UTF8.self).prefix { $0 != "\r" }
            guard statusLine.hasPrefix("HTTP/1.1 101") else {
                try? socket.close()
                throw Refused(status: Int(statusLine.split(separator: " ")[1]) ?? 0)
            }
            return LiveReloadClient(socket: socket)
        }
    }

    /// The next text message, waiting at most `seconds`; throws `Closed` on a close frame.
    func nextMessage(within seconds: Double = 10) async throws -> String {
        while true {
            let frame = try await nextFrame(within: seconds)
            if frame.opcode == 0x1 { return String(decoding: frame.payload, as: UTF8.self) }
            if frame.opcode == 0x8 { throw Closed(code: frame.closeCode) }
        }
    }

    /// The next frame from the server, waiting at most `seconds`.
    func nextFrame(within seconds: Double = 10) async throws -> Frame {
        try await withTimeout(seconds, "a live-reload frame") {
            let header = try await socket.read(bytes: 2)
            var length = Int(header[1] & 0x7F)
            if length == 126 {
                length = try await socket.read(bytes: 2).reduce(0) { $0 << 8 | Int($1) }
            } else if length == 127 {
                length = try await socket.read(bytes: 8).reduce(0) { $0 << 8 | Int($1) }
            }
            return Frame(opcode: header[0] & 0x0F, payload: try await socket.read(bytes: length))
        }
    }

    /// Sends one masked frame; `length` (when given) is announced instead of the payload's own.
    func send(opcode: UInt8, fin: Bool = true, payload: [UInt8], length: UInt64? = nil) async throws {
        let announced = length ?? UInt64(payload.count)
        var bytes: [UInt8] = [(fin ? 0x80 : 0) | opcode]
        switch announced {
        case ..<126: bytes.append(0x80 | UInt8(announced))
        case ...0xFFFF: bytes += [0x80 | 126, UInt8(announced >> 8), UInt8(announced & 0xFF)]
        default: bytes += [0x80 | 127] + (0..<8).reversed().map { UInt8((announced >> ($0 * 8)) & 0xFF) }
        }
        let mask: [UInt8] = (0..<4).map { _ in UInt8.random(in: 0...255) }
        bytes += mask + payload.enumerated().map { $0.element ^ mask[$0.offset & 3] }
        try await socket.write(Data(bytes))
    }

    /// Whether the server has closed the connection: reading ends (after any frames still on the way).
    func isClosedByServer(within seconds: Double = 10) async -> Bool {
        do {
            return try await withTimeout(seconds, "the server to close") {
                while true {
                    do {
                        _ = try await socket.read(atMost: 65536)
                    } catch is SocketError {
                        return true
                    }
                }
            }
        } catch {
            return false
        }
    }

    /// Closes the connection.
    func close() {
        try? socket.close()
    }

    /// One frame as received.
    struct Frame: Sendable {
        let opcode: UInt8
        let payload: [UInt8]

        /// The status code of a close frame.
        var closeCode: UInt16? { payload.count >= 2 ? UInt16(payload[0]) << 8 | UInt16(payload[1]) : nil }
    }

    struct Refused: Error { let status: Int }
    struct Closed: Error { let code: UInt16? }
}

extension Array where Element == UInt8 {
    fileprivate func ends(with suffix: [UInt8]) -> Bool {
        count >= suffix.count && Array(self[(count - suffix.count)...]) == suffix
    }
}
