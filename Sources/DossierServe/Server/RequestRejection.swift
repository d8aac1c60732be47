import FlyingFox

/// A request refused before any handler sees it (too long, malformed, ambiguous): answered with
/// `status` and a plain-text `reason`, then the connection is closed, since what follows on it
/// cannot be trusted to start a new request.
struct RequestRejection: Error, Sendable, Equatable {
    let status: HTTPStatusCode
    let reason: String

    init(_ status: HTTPStatusCode, _ reason: String) {
        self.status = status
        self.reason = reason
    }
}
