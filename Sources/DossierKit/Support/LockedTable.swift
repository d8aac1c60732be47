import Foundation

/// Values made once by key and shared between threads: the first to ask for a key makes its value
/// (outside the lock, so makers do not wait on each other; two may make the same value, and the
/// last stored is kept, which is the same).
final class LockedTable<Key: Hashable, Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Key: Value] = [:]

    init() {}

    /// The value for `key`, made by `make` the first time.
    func value(_ key: Key, make: () -> Value) -> Value {
        lock.lock()
        let known = values[key]
        lock.unlock()
        if let known { return known }
        let made = make()
        lock.lock()
        values[key] = made
        lock.unlock()
        return made
    }
}
