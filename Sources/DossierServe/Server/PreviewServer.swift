import DossierKit
import FlyingFox
import FlyingSocks
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
    private var http: HTTPServer?
    private var serverTask: Task<Void, Never>?
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
    /// `ServeError` when the address cannot be listened on. A failing first build does not throw:
    /// it is reported through `onEvent` and shown in the browser.
    public func start() async throws -> URL {
        try PortProbe.check(options.address)
        let watcher = ContentWatcher(root: options.build.projectRoot, mode: options.watchMode, quiet: options.quietPeriod)
        self.watcher = watcher
        watchMechanism = watcher.mechanism
        await rebuild(changed: [])
        let port = try await listen()
        let url = options.address.with(port: port).url
        self.url = url
        watchTask = Task { [weak self] in
            for await batch in watcher.changes { await self?.rebuild(changed: batch) }
        }
        return url
    }

    /// Stops watching, closes every tab's socket and the server, and waits for them to end.
    public func stop() async {
        watcher?.stop()
        await watchTask?.value
        await broadcaster.closeAll()
        // FlyingFox 0.27.1 waits out the whole timeout even with no connection open (measured), so
        // keep it short: a tenth of a second for responses in flight, then Ctrl-C exits at once.
        await http?.stop(timeout: 0.1)
        serverTask?.cancel()
        await serverTask?.value
        http = nil
    }

    /// Number of tabs connected for live reload.
    public var connectedTabs: Int {
        get async { await broadcaster.clientCount }
    }

    /// Builds, records the outcome, and tells every tab which build is current.
    private func rebuild(changed: [String]) async {
        let started = ContinuousClock.now
        let outcome = await Self.build(options.build)
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
    }

    /// Starts the HTTP server and waits (at most thirty seconds) until it listens; returns the port.
    private func listen() async throws -> UInt16 {
        let responder = PreviewResponder(
            resolver: StaticFileResolver(root: options.build.outputDirectory, projectRoot: options.build.projectRoot),
            status: { [status] in status.current })
        let server = HTTPServer(
            address: try options.address.socketAddress(), timeout: 15, logger: .disabled,
            handler: PreviewHandler(responder: responder, broadcaster: broadcaster, loopbackOnly: options.address.isLoopback))
        let failure = Locked<String?>(nil)
        serverTask = Task {
            do { try await server.run() } catch { failure.update { $0 = "\(error)" } }
        }
        http = server
        // Generous: on a machine busy with builds the server's task can wait a while for a thread;
        // a failure to bind is reported at once all the same.
        let deadline = ContinuousClock.now + .seconds(30)
        while ContinuousClock.now < deadline {
            if let address = await server.listeningAddress, let port = address.port { return port }
            if let reason = failure.current {
                throw ServeError.cannotListen(host: options.address.host, port: options.address.port, reason: reason)
            }
            try await Task.sleep(for: .milliseconds(5))
        }
        throw ServeError.cannotListen(host: options.address.host, port: options.address.port, reason: "timed out")
    }

    /// Runs a build off the concurrency pool (builds are CPU-bound and synchronous).
    private static func build(_ options: BuildOptions) async -> Result<BuildReport, DossierError> {
        await withCheckedContinuation { continuation in
            buildQueue.async {
                do {
                    continuation.resume(returning: .success(try SiteBuilder(options: options).build()))
                } catch let error as DossierError {
                    continuation.resume(returning: .failure(error))
                } catch {
                    let message = "the site could not be written: \(error.localizedDescription)"
                    continuation.resume(returning: .failure(DossierError(message)))
                }
            }
        }
    }

    private static let buildQueue = DispatchQueue(label: "dossier.serve.build")
}

extension Socket.Address {
    /// The port of an IP address.
    fileprivate var port: UInt16? {
        switch self {
        case .ip4(_, let port), .ip6(_, let port): port
        case .unix: nil
        }
    }
}
