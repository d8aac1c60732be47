import Foundation

/// Gathers bursts of file events (an editor's save-and-rename, a `git checkout`) into one batch:
/// a batch is sent once no event has come for `quiet`, or `longest` after its first event at most.
final class ChangeDebouncer: @unchecked Sendable {
    // All state is touched only on `queue`.
    private let queue = DispatchQueue(label: "dossier.serve.debouncer")
    private let quiet: DispatchTimeInterval
    private let longest: DispatchTimeInterval
    private let send: @Sendable ([String]) -> Void
    private var pending: Set<String> = []
    private var firstEvent: DispatchTime?
    private var timer: DispatchWorkItem?

    /// Creates a debouncer that hands each batch of changed paths (sorted) to `send`.
    init(quiet: Duration, longest: Duration, send: @escaping @Sendable ([String]) -> Void) {
        self.quiet = quiet.dispatchInterval
        self.longest = longest.dispatchInterval
        self.send = send
    }

    /// Records that `path` changed.
    func record(_ path: String) {
        queue.async { [self] in
            let now = DispatchTime.now()
            pending.insert(path)
            let first = firstEvent ?? now
            firstEvent = first
            timer?.cancel()
            let item = DispatchWorkItem { [self] in flush() }
            timer = item
            queue.asyncAfter(deadline: min(now + quiet, first + longest), execute: item)
        }
    }

    /// Drops what is pending (when watching stops).
    func cancel() {
        queue.sync {
            timer?.cancel()
            pending = []
        }
    }

    private func flush() {
        let batch = pending.sorted()
        pending = []
        firstEvent = nil
        timer = nil
        if !batch.isEmpty { send(batch) }
    }
}

extension Duration {
    /// The duration in whole microseconds, as Dispatch takes it.
    var dispatchInterval: DispatchTimeInterval {
        let (seconds, attoseconds) = components
        return .microseconds(Int(seconds) * 1_000_000 + Int(attoseconds / 1_000_000_000_000))
    }
}
