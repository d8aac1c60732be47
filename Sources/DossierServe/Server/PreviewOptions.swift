import DossierKit

/// What a preview varies on: how to build, where to listen, how to watch.
public struct PreviewOptions: Sendable {
    /// The build run at start and after every change.
    public var build: BuildOptions
    /// Where to listen; port 0 takes any free port.
    public var address: ListenAddress
    /// How changes are noticed.
    public var watchMode: ContentWatcher.Mode
    /// How long the files must stay quiet after a change before the rebuild starts.
    public var quietPeriod: Duration
    /// What the server accepts from clients, and how long it waits for them.
    public var limits: ServerLimits

    /// Creates options; by default changes are noticed with inotify and rebuilt after 50 ms of quiet, and
    /// the server keeps to the default limits.
    public init(
        build: BuildOptions, address: ListenAddress, watchMode: ContentWatcher.Mode = .automatic,
        quietPeriod: Duration = .milliseconds(50), limits: ServerLimits = ServerLimits()
    ) {
        self.build = build
        self.address = address
        self.watchMode = watchMode
        self.quietPeriod = quietPeriod
        self.limits = limits
    }
}
