import DossierServe
import FlyingSocks
import Foundation
import Testing

/// Requests the preview refuses before reading them whole, and connections it does not keep
/// forever: a web page can aim any request at 127.0.0.1, so none may cost much.
@Suite struct RequestLimitsTests {
    @Test func aHugeHeaderGets431QuicklyAndTheServerAnswersRightAfter() async throws {
        try await RunningPreview.run(try TestDossier()) { preview in
            let request =
                "GET / HTTP/1.1\r\nHost: 127.0.0.1:\(preview.port)\r\nX-Big: " + String(repeating: "a", count: 256 * 1024)
            let started = ContinuousClock.now
            let response = try await RawHTTPClient.exchange(Data((request + "\r\n\r\n").utf8), port: preview.port)
            #expect(response.status == 431)
            #expect(response.text.contains("16384 bytes"))
            #expect(try await preview.get("/").status == 200, "the next request is answered")
            #expect(started.duration(to: .now) < .seconds(10), "was 29 s of CPU before the limit")
        }
    }

    @Test func aHugeAddressGets414() async throws {
        try await RunningPreview.run(try TestDossier()) { preview in
            let request = "GET /" + String(repeating: "a", count: 256 * 1024) + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
            let response = try await RawHTTPClient.exchange(Data(request.utf8), port: preview.port)
            #expect(response.status == 414)
            #expect(try await preview.get("/").status == 200)
        }
    }

    @Test func aDuplicateOrMissingHostGets400() async throws {
        try await RunningPreview.run(try TestDossier()) { preview in
            let plain = try await preview.exchange("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
            #expect(plain.status == 200)
            let duplicate = "GET / HTTP/1.1\r\nHost: 127.0.0.1:\(preview.port)\r\nHost: evil.example\r\n\r\n"
            #expect(try await preview.exchange(duplicate).status == 400)
            let missing = "GET / HTTP/1.1\r\nConnection: close\r\n\r\n"
            #expect(try await preview.exchange(missing).status == 400)
            let http10 = "GET / HTTP/1.0\r\n\r\n"
            #expect(try await preview.exchange(http10).status == 200, "HTTP/1.0 needs none")
        }
    }

    @Test func malformedHeadsGet400AndBodiesAreBounded() async throws {
        try await RunningPreview.run(try TestDossier()) { preview in
            let host = "Host: 127.0.0.1:\(preview.port)\r\n"
            let cases: [(String, Int)] = [
                ("GET / HTTP/1.1\r\n\(host)Bad Name: x\r\n\r\n", 400),
                ("GET / HTTP/1.1\r\n\(host) folded\r\n\r\n", 400),
                ("GET /a b HTTP/1.1\r\n\(host)\r\n", 400),
                ("GET / HTTP/2.0\r\n\(host)\r\n", 505),
                ("GET / HTTP/1.1\r\n\(host)Content-Length: 5\r\nContent-Length: 6\r\n\r\n", 400),
                ("GET / HTTP/1.1\r\n\(host)Content-Length: 999999999\r\n\r\n", 413),
                ("POST / HTTP/1.1\r\n\(host)Transfer-Encoding: chunked\r\n\r\n", 501),
            ]
            for (request, status) in cases {
                let response = try await preview.exchange(request)
                #expect(response.status == status, "\(request)")
            }
        }
    }

    @Test func manyRequestsOnOneKeepAliveConnectionAreFast() async throws {
        try await RunningPreview.run(try TestDossier()) { preview in
            let count = 500
            let started = ContinuousClock.now
            let statuses = try await withTimeout(30, "\(count) keep-alive requests") {
                let socket = try await AsyncSocket.connected(to: try sockaddr_in.inet(ip4: "127.0.0.1", port: preview.port))
                defer { try? socket.close() }
                var statuses: [Int] = []
                var pending: [UInt8] = []
                for _ in 0..<count {
                    try await socket.write(Data("GET /articles/kerry/ HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".utf8))
                    let (status, rest) = try await Self.readResponse(from: socket, after: pending)
                    statuses.append(status)
                    pending = rest
                }
                return statuses
            }
            let elapsed = started.duration(to: .now)
            #expect(statuses == Array(repeating: 200, count: count))
            print("\(count) requests on one keep-alive connection: \(elapsed)")
            #expect(elapsed < .seconds(15), "was 23 requests a second (Nagle and delayed ACK): 21 s")
        }
    }

    @Test func anIdleConnectionIsClosedAfterTheIdleTimeout() async throws {
        try await RunningPreview.run(try TestDossier(), limits: ServerLimits(idleTimeout: .seconds(1))) { preview in
            let socket = try await AsyncSocket.connected(to: try sockaddr_in.inet(ip4: "127.0.0.1", port: preview.port))
            defer { try? socket.close() }
            let opened = ContinuousClock.now
            let received = try await withTimeout(10, "the idle connection to close") { try await RawHTTPClient.readToEnd(socket) }
            #expect(received.isEmpty)
            #expect(opened.duration(to: .now) >= .milliseconds(900), "closed by the timeout, not at once")

            // Half a request head, then silence: closed too.
            let slow = try await AsyncSocket.connected(to: try sockaddr_in.inet(ip4: "127.0.0.1", port: preview.port))
            defer { try? slow.close() }
            try await slow.write(Data("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ".utf8))
            _ = try await withTimeout(10, "the slow connection to close") { try await RawHTTPClient.readToEnd(slow) }
            try await waitUntil(10, "the server to forget both") { await preview.server.connectionCount == 0 }
        }
    }

    @Test func stoppingEndsWithinADeadlineWhileClientsHoldConnections() async throws {
        let preview = try await RunningPreview.start(try TestDossier())
        let port = preview.port
        let address = try sockaddr_in.inet(ip4: "127.0.0.1", port: port)
        // One client sends half a head and waits; one asks for pages and never reads them; one
        // tab never reads its socket.
        let slow = try await AsyncSocket.connected(to: address)
        try await slow.write(Data("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: a".utf8))
        let greedy = try await AsyncSocket.connected(to: address)
        try await greedy.write(
            Data(String(repeating: "GET /assets/style.css HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", count: 2000).utf8))
        let tab = try await LiveReloadClient.connect(port: port)
        defer {
            try? slow.close()
            try? greedy.close()
            tab.close()
        }
        try await waitUntil(10, "three connections") { await preview.server.connectionCount == 3 }
        let started = ContinuousClock.now
        try await withTimeout(10, "stop()") { await preview.stop() }
        let elapsed = started.duration(to: .now)
        print("stop() with three hostile connections open: \(elapsed)")
        #expect(elapsed < .seconds(10), "the idle timeout is 15 s: stop must not wait for it")
        await #expect(throws: (any Error).self, "nothing listens any more") {
            try await RawHTTPClient.send("GET", "/", port: port)
        }
    }

    /// Reads one response (status and body by `Content-Length`) from a keep-alive connection.
    private static func readResponse(from socket: AsyncSocket, after pending: [UInt8]) async throws -> (Int, [UInt8]) {
        var bytes = pending
        let separator = Array("\r\n\r\n".utf8)
        var end: Int?
        while end == nil {
            end = bytes.indices.dropLast(3).first { Array(bytes[$0..<$0 + 4]) == separator }
            if end == nil { bytes += try await socket.read(atMost: 65536) }
        }
        let headEnd = end! + 4
        let head = String(decoding: bytes[..<headEnd], as: UTF8.self)
        let status = Int(head.split(separator: " ")[1]) ?? 0
        let lengthLine = head.components(separatedBy: "\r\n").first { $0.lowercased().hasPrefix("content-length:") }
        let length = Int(lengthLine?.split(separator: ":")[1].trimmingCharacters(in: .whitespaces) ?? "0") ?? 0
        while bytes.count < headEnd + length { bytes += try await socket.read(atMost: 65536) }
        return (status, Array(bytes[(headEnd + length)...]))
    }
}
