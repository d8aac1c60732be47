import Foundation

/// A source of file events: starts reporting on `start()`, ends on `stop()`.
protocol FileEventSource: AnyObject, Sendable {
    func start()
    func stop()
}

/// Watches a dossier's `site.yml`, `content/` and `templates/` and yields batches of changed paths
/// (relative to the dossier), bursts gathered into one batch. Uses inotify on Linux and falls back
/// to polling where inotify is missing or when asked to.
public final class ContentWatcher: Sendable {
    /// How changes are noticed.
    public enum Mode: Sendable, Equatable {
        /// inotify where the system has it, polling every half second otherwise.
        case automatic
        /// Compare the files every `interval`.
        case polling(interval: Duration)
    }

    /// Batches of changed paths, sorted; `*` stands for "anything" (the system dropped events).
    public let changes: AsyncStream<[String]>
    /// `inotify` or `polling`, for messages.
    public let mechanism: String

    private let source: any FileEventSource
    private let debouncer: ChangeDebouncer
    private let continuation: AsyncStream<[String]>.Continuation

    /// Starts watching the dossier at `root`. A batch is sent once no event has come for `quiet`
    /// (and at most `longest` after the first event of a burst).
    public init(
        root: URL, mode: Mode = .automatic, quiet: Duration = .milliseconds(50), longest: Duration = .milliseconds(500)
    ) {
        let (changes, continuation) = AsyncStream.makeStream(of: [String].self, bufferingPolicy: .bufferingNewest(1))
        let debouncer = ChangeDebouncer(quiet: quiet, longest: longest) { continuation.yield($0) }
        let report: @Sendable (String) -> Void = { debouncer.record($0) }
        (source, mechanism) = Self.makeSource(root: root, mode: mode, report: report)
        self.changes = changes
        self.continuation = continuation
        self.debouncer = debouncer
        source.start()
    }

    /// Stops watching and ends `changes`.
    public func stop() {
        source.stop()
        debouncer.cancel()
        continuation.finish()
    }

    private static func makeSource(root: URL, mode: Mode, report: @escaping @Sendable (String) -> Void) -> (
        any FileEventSource, String
    ) {
        #if canImport(Glibc)
            if mode == .automatic, let inotify = InotifyWatcher(root: root, onChange: report) { return (inotify, "inotify") }
        #endif
        let interval: Duration
        switch mode {
        case .automatic: interval = .milliseconds(500)
        case .polling(let chosen): interval = chosen
        }
        return (PollingWatcher(root: root, interval: interval, onChange: report), "polling")
    }
}
