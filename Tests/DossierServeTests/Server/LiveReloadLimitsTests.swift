import DossierServe
import Foundation
import Testing

/// The live-reload socket opens only for the preview's own pages, and nothing a tab sends on it
/// can grow the server's memory: oversized or unfinished messages close it.
@Suite struct LiveReloadLimitsTests {
    @Test func aPageOfAnotherSiteCannotOpenTheSocket() async throws {
        try await RunningPreview.run(try TestDossier()) { preview in
            for origin in ["https://evil.example", "http://127.0.0.1.evil.example:\(preview.port)", "null", "file://"] {
                do {
                    let tab = try await LiveReloadClient.connect(port: preview.port, headers: ["Origin": origin])
                    tab.close()
                    Issue.record("\(origin) opened the socket")
                } catch let refused as LiveReloadClient.Refused {
                    #expect(refused.status == 403, "\(origin)")
                }
            }
            for origin in ["http://127.0.0.1:\(preview.port)", "http://localhost:3000", "http://[::1]:8000"] {
                let tab = try await LiveReloadClient.connect(port: preview.port, headers: ["Origin": origin])
                #expect(try await tab.nextMessage().hasPrefix("build "), "\(origin)")
                tab.close()
            }
            #expect(await preview.server.connectedTabs <= 3)
        }
    }

    @Test func anUnfinishedFragmentedMessagePastTheLimitClosesTheSocket() async throws {
        let limits = ServerLimits()
        try await RunningPreview.run(try TestDossier(), limits: limits) { preview in
            let tab = try await LiveReloadClient.connect(port: preview.port)
            defer { tab.close() }
            _ = try await tab.nextMessage()
            let fragment = [UInt8](repeating: 0x61, count: 1000)
            try await tab.send(opcode: 0x1, fin: false, payload: fragment)
            var sent = fragment.count
            // Never finished: continuation frames until the server gives up (or far past the limit).
            while sent <= 4 * limits.webSocketMessageBytes {
                do {
                    try await tab.send(opcode: 0x0, fin: false, payload: fragment)
                } catch {
                    break
                }
                sent += fragment.count
            }
            let frame = try await tab.nextFrame()
            #expect(frame.opcode == 0x8)
            #expect(frame.closeCode == 1009, "message too big")
            #expect(await tab.isClosedByServer())
            try await waitUntil(10, "the server to forget the tab") {
                let (connections, tabs) = (await preview.server.connectionCount, await preview.server.connectedTabs)
                return connections == 0 && tabs == 0
            }
            #expect(try await preview.get("/").status == 200)
        }
    }

    @Test func aFrameAnnouncingGigabytesClosesTheSocketWithoutReadingIt() async throws {
        try await RunningPreview.run(try TestDossier()) { preview in
            let tab = try await LiveReloadClient.connect(port: preview.port)
            defer { tab.close() }
            _ = try await tab.nextMessage()
            try await tab.send(opcode: 0x2, payload: [1, 2, 3], length: 4 << 30)
            let frame = try await tab.nextFrame()
            #expect(frame.opcode == 0x8)
            #expect(frame.closeCode == 1009)
            #expect(await tab.isClosedByServer())
        }
    }

    @Test func pingsAreAnsweredAndBrokenFramesClose() async throws {
        try await RunningPreview.run(try TestDossier()) { preview in
            let tab = try await LiveReloadClient.connect(port: preview.port)
            defer { tab.close() }
            _ = try await tab.nextMessage()
            try await tab.send(opcode: 0x9, payload: Array("are you there".utf8))
            let pong = try await tab.nextFrame()
            #expect(pong.opcode == 0xA)
            #expect(pong.payload == Array("are you there".utf8))
            // A continuation with no message open is a protocol error.
            try await tab.send(opcode: 0x0, payload: [1])
            let close = try await tab.nextFrame()
            #expect(close.opcode == 0x8)
            #expect(close.closeCode == 1002)
            #expect(await tab.isClosedByServer())
        }
    }
}
