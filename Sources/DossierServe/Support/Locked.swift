import Foundation

/// A value shared between threads, read and changed only under a lock.
final class Locked<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value

    init(_ value: Value) {
        self.value = value
    }

    /// A copy of the current value.
    var current: Value { lock.withLock { value } }

    /// Changes the value under the lock and returns what `change` returns.
    @discardableResult
    func update<Result>(_ change: (inout Value) -> Result) -> Result {
        lock.withLock { change(&value) }
    }
}
