/// The time limit on the step a connection is in (waiting for a request, reading it, answering).
/// Its watcher runs beside the connection's work and returns once a limit passes, so that the
/// work can be cancelled: a suspended socket read or write then ends at once.
final class ConnectionDeadline: Sendable {
    private let deadline = Locked<ContinuousClock.Instant?>(nil)

    /// Gives the next step `limit`, from now.
    func start(_ limit: Duration) {
        deadline.update { $0 = .now + limit }
    }

    /// Lets the next step take as long as it needs.
    func clear() {
        deadline.update { $0 = nil }
    }

    /// Returns when a step outlasts its limit (or when cancelled).
    func watch() async {
        while !Task.isCancelled {
            let due = deadline.current
            if let due, due <= .now { return }
            try? await Task.sleep(until: min(due ?? .now + .milliseconds(250), .now + .milliseconds(250)))
        }
    }
}
