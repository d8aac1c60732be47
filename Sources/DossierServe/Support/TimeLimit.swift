/// A step took longer than its limit.
struct TimeLimitExceeded: Error {}

/// Runs `body`, cancelling it and throwing `TimeLimitExceeded` when it takes longer than `limit`.
func withTimeLimit<T: Sendable>(_ limit: Duration, _ body: @escaping @Sendable () async throws -> T) async throws -> T {
    try await withThrowingTaskGroup(of: T.self) { group in
        group.addTask { try await body() }
        group.addTask {
            try await Task.sleep(for: limit)
            throw TimeLimitExceeded()
        }
        defer { group.cancelAll() }
        return try await group.next()!
    }
}
