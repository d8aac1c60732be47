import DossierKit
import DossierServe
import Foundation

/// A preview server started on a free loopback port for one test, with the events it reported.
struct RunningPreview {
    let dossier: TestDossier
    let server: PreviewServer
    let port: UInt16
    let events: EventLog

    /// Starts a preview of `dossier` on 127.0.0.1, port chosen by the system.
    static func start(
        _ dossier: TestDossier, mode: ContentWatcher.Mode = .automatic, output: URL? = nil,
        limits: ServerLimits = ServerLimits()
    ) async throws -> RunningPreview {
        let events = EventLog()
        let options = PreviewOptions(
            build: BuildOptions(projectRoot: dossier.root, outputDirectory: output),
            address: try ListenAddress(host: "127.0.0.1", port: 0), watchMode: mode, limits: limits)
        let server = PreviewServer(options: options) { events.append($0) }
        let url = try await server.start()
        return RunningPreview(dossier: dossier, server: server, port: UInt16(url.port!), events: events)
    }

    /// Starts a preview of `dossier`, runs `body` with it, then stops it (also when `body` throws).
    static func run(
        _ dossier: TestDossier, mode: ContentWatcher.Mode = .automatic, output: URL? = nil,
        limits: ServerLimits = ServerLimits(), _ body: (RunningPreview) async throws -> Void
    ) async throws {
        let preview: RunningPreview
        do {
            preview = try await start(dossier, mode: mode, output: output, limits: limits)
        } catch {
            dossier.remove()
            throw error
        }
        do {
            try await body(preview)
        } catch {
            await preview.stop()
            throw error
        }
        await preview.stop()
    }

    /// `GET` (or another method) of a raw target.
    func get(_ target: String, method: String = "GET", headers: [String: String] = [:]) async throws -> RawResponse {
        try await RawHTTPClient.send(method, target, port: port, headers: headers)
    }

    /// Sends raw request bytes and reads the response until the server closes.
    func exchange(_ request: String) async throws -> RawResponse {
        try await RawHTTPClient.exchange(Data(request.utf8), port: port)
    }

    /// Stops the server and removes the dossier.
    func stop() async {
        await server.stop()
        dossier.remove()
    }
}

/// The events a preview reported, safe to read from the test while the server appends.
final class EventLog: @unchecked Sendable {
    private let lock = NSLock()
    private var events: [PreviewEvent] = []

    func append(_ event: PreviewEvent) {
        lock.withLock { events.append(event) }
    }

    var all: [PreviewEvent] { lock.withLock { events } }
}
