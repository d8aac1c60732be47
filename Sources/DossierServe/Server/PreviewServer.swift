import DossierKit
import Foundation

/// `dossier serve` as a library: builds the dossier, serves the output folder over HTTP, watches
/// the sources, rebuilds after every change and makes every open tab reload. A failed build keeps
/// the last good site served, with the problems shown over every page until the next good build.
public actor PreviewServer {
    /// What this preview was started with.
    public let options: PreviewOptions
    /// The site's address once started (with the real port when port 0 was asked for).
    public private(set) var url: URL?
    /// How changes are noticed (`inotify` or `polling`) once started.
    public private(set) var watchMechanism: String?

    private let status: Locked<BuildStatus>
    private let broadcaster: ReloadBroadcaster
    private let onEvent: @Sendable (PreviewEvent) -> Void
    private var http: PreviewHTTPServer?
    private var watcher: ContentWatcher?
    private var watchTask: Task<Void, Never>?

    /// Creates a preview; `onEvent` hears of every build.
    public init(options: PreviewOptions, onEvent: @escaping @Sendable (PreviewEvent) -> Void = { _ in }) {
        self.options = options
        self.onEvent = onEvent
        let initial = BuildStatus(session: String(UInt32.random(in: .min ... .max), radix: 36))
        self.status = Locked(initial)
        self.broadcaster = ReloadBroadcaster(token: initial.token)
    }

    /// Starts watching, builds once, and starts listening; returns the site's URL. Throws a
    /// `ServeError` when the address cannot be listened on, and an `OutputRefusal` when the output
    /// folder must not be written (nothing could ever be served). Another failing first build does
    /// not throw: it is reported through `onEvent` and shown in the browser.
    public func start() async throws -> URL {
        try PortProbe.check(options.address)
        let watcher = ContentWatcher(root: options.build.projectRoot, mode: options.watchMode, quiet: options.quietPeriod)
        self.watcher = watcher
        watchMechanism = watcher.mechanism
        if let refusal = await rebuild(changed: [], refusalStops: true) {
            watcher.stop()
            throw refusal
        }
        let port = try await listen()
        let url = options.address.with(port: port).url
        self.url = url
        watchTask = Task { [weak self] in
            for await batch in watcher.changes { await self?.rebuild(changed: batch) }
        }
        return url
    }

    /// Stops watching, closes every tab's socket and the server, and waits for them to end:
    /// within `options.limits.shutdownGrace` and a moment more, whatever the clients do.
    public func stop() async {
        watcher?.stop()
        await watchTask?.value
        await broadcaster.closeAll()
        await http?.stop()
        http = nil
    }

    /// Connections open now (tabs, pages loading, idle keep-alive connections).
    public var connectionCount: Int {
        get async { await http?.connectionCount ?? 0 }
    }

    /// Number of tabs connected for live reload.
    public var connectedTabs: Int {
        get async { await broadcaster.clientCount }
    }

    /// Builds, records the outcome, and tells every tab which build is current. When the output
    /// folder is refused and `refusalStops` (the first build), the refusal is returned instead and
    /// nothing is recorded; a later refusal is a failed build like any other.
    @discardableResult
    private func rebuild(changed: [String], refusalStops: Bool = false) async -> OutputRefusal? {
        let started = ContinuousClock.now
        let outcome: Result<BuildReport, DossierError>
        switch await Self.build(options.build) {
        case .success(let report): outcome = .success(report)
        case .failure(let refusal as OutputRefusal):
            if refusalStops { return refusal }
            outcome = .failure(DossierError(refusal.message))
        case .failure(let error as DossierError): outcome = .failure(error)
        case .failure(let error):
            outcome = .failure(DossierError("the site could not be written: \(error.localizedDescription)"))
        }
        let current = status.update { status in
            switch outcome {
            case .success: status.succeeded()
            case .failure(let error): status.failed(error.diagnostics)
            }
            return status
        }
        let tabs = await broadcaster.announce(current.token)
        let elapsed = started.duration(to: .now)
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        switch outcome {
        case .success(let report): onEvent(.built(report, changed: changed, reloadedTabs: tabs, seconds: seconds))
        case .failure(let error): onEvent(.failed(error.diagnostics, changed: changed, reloadedTabs: tabs, seconds: seconds))
        }
        return nil
    }

    /// Starts the HTTP server; returns the port it listens on.
    private func listen() async throws -> UInt16 {
        let responder = PreviewResponder(
            resolver: StaticFileResolver(root: options.build.outputDirectory, projectRoot: options.build.projectRoot),
            status: { [status] in status.current })
        let server = try await PreviewHTTPServer.start(
            address: options.address, handler: PreviewHandler(responder: responder, loopbackOnly: options.address.isLoopback),
            broadcaster: broadcaster, limits: options.limits, report: { [onEvent] in onEvent(.warning($0)) })
        http = server
        return server.port
    }

    /// Runs a build off the concurrency pool (builds are CPU-bound and synchronous).
    private static func build(_ options: BuildOptions) async -> Result<BuildReport, any Error> {
        await withCheckedContinuation { continuation in
            buildQueue.async {
                continuation.resume(returning: Result { try SiteBuilder(options: options).build() })
            }
        }
    }

    private static let buildQueue = DispatchQueue(label: "dossier.serve.build")
}
