import Foundation

/// Waits for Ctrl-C (SIGINT) or SIGTERM, so a long-running command can shut down cleanly.
enum InterruptSignal {
    /// Returns when the process receives SIGINT or SIGTERM; a second Ctrl-C ends it at once.
    static func wait() async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let fired = Locked()
            var sources: [any DispatchSourceSignal] = []
            for number in [SIGINT, SIGTERM] {
                signal(number, SIG_IGN)
                let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
                source.setEventHandler {
                    guard fired.markFirst() else { exit(130) }
                    continuation.resume()
                }
                source.resume()
                sources.append(source)
            }
            retained = sources
        }
    }

    nonisolated(unsafe) private static var retained: [any DispatchSourceSignal] = []

    /// A flag that is set once.
    private final class Locked: @unchecked Sendable {
        private let lock = NSLock()
        private var done = false

        /// Sets the flag; returns whether this call was the first.
        func markFirst() -> Bool {
            lock.withLock {
                defer { done = true }
                return !done
            }
        }
    }
}
