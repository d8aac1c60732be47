import DossierKit

/// What the browser should see now: which build the pages belong to, and the problems of the
/// latest build when it failed (the last good site stays served under the overlay).
public struct BuildStatus: Sendable, Equatable {
    /// Names this server run, so a tab left open across a restart sees a new build and reloads.
    public let session: String
    /// Counts build attempts, good or bad; every attempt changes `token`.
    public private(set) var generation = 0
    /// The diagnostics of the latest build when it failed; `nil` after a good build.
    public private(set) var failure: [Diagnostic]?

    /// A status before the first build.
    public init(session: String) {
        self.session = session
    }

    /// Names the current build; announced to the browsers and built into every served page.
    public var token: String { "\(session)-\(generation)" }

    /// Records a good build.
    public mutating func succeeded() {
        generation += 1
        failure = nil
    }

    /// Records a failed build and its diagnostics.
    public mutating func failed(_ diagnostics: [Diagnostic]) {
        generation += 1
        failure = diagnostics
    }
}
