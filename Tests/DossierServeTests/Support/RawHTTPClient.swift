import FlyingSocks
import Foundation

/// One HTTP response as it came over the wire.
struct RawResponse: Sendable {
    let status: Int
    let headers: [String: String]
    let body: Data

    /// A header's value, by name in any case.
    func header(_ name: String) -> String? { headers[name.lowercased()] }

    var text: String { String(decoding: body, as: UTF8.self) }
}

/// A bare HTTP/1.1 client over a loopback socket: sends the request target exactly as given (no
/// normalisation, unlike URLSession), one request per connection, with a bounded wait.
enum RawHTTPClient {
    /// Sends `method target` with `headers` (`Host` is 127.0.0.1:`port` unless given) to
    /// 127.0.0.1:`port` and reads the whole response.
    static func send(
        _ method: String = "GET", _ target: String, port: UInt16, headers: [String: String] = [:]
    ) async throws -> RawResponse {
        try await withTimeout(10, "\(method) \(target)") {
            let socket = try await AsyncSocket.connected(to: try sockaddr_in.inet(ip4: "127.0.0.1", port: port))
            defer { try? socket.close() }
            var request = "\(method) \(target) HTTP/1.1\r\nConnection: close\r\n"
            for (name, value) in ["Host": "127.0.0.1:\(port)"].merging(headers, uniquingKeysWith: { $1 }) {
                request += "\(name): \(value)\r\n"
            }
            try await socket.write(Data((request + "\r\n").utf8))
            return try parse(try await readToEnd(socket), method: method)
        }
    }

    /// Sends `request` exactly as given and reads the response until the server closes.
    static func exchange(_ request: Data, port: UInt16) async throws -> RawResponse {
        try await withTimeout(10, "a raw exchange") {
            let socket = try await AsyncSocket.connected(to: try sockaddr_in.inet(ip4: "127.0.0.1", port: port))
            defer { try? socket.close() }
            try await socket.write(request)
            return try parse(try await readToEnd(socket), method: "GET")
        }
    }

    /// Everything the server sends until it closes.
    static func readToEnd(_ socket: AsyncSocket) async throws -> [UInt8] {
        var received: [UInt8] = []
        while true {
            do {
                let chunk = try await socket.read(atMost: 65536)
                if chunk.isEmpty { break }
                received += chunk
            } catch SocketError.disconnected {
                break
            }
        }
        return received
    }

    struct Malformed: Error {}

    static func parse(_ bytes: [UInt8], method: String) throws -> RawResponse {
        let separator = Array("\r\n\r\n".utf8)
        guard let end = bytes.indices.first(where: { Array(bytes[$0..<min($0 + 4, bytes.count)]) == separator }) else {
            throw Malformed()
        }
        let head = String(decoding: bytes[..<end], as: UTF8.self).components(separatedBy: "\r\n")
        guard let statusLine = head.first, let status = Int(statusLine.split(separator: " ")[1]) else { throw Malformed() }
        var headers: [String: String] = [:]
        for line in head.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return RawResponse(status: status, headers: headers, body: Data(bytes[(end + 4)...]))
    }
}
