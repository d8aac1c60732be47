import FlyingSocks
import Foundation

/// Accepts connections until cancelled. A failing accept (out of file descriptors, say) does not
/// end the loop: it is reported once, and tried again after a pause that doubles from
/// `firstPause` up to `longestPause` while it keeps failing; its recovery is reported too.
struct AcceptLoop<Connection: Sendable>: Sendable {
    let accept: @Sendable () async throws -> Connection
    let report: @Sendable (String) -> Void
    var firstPause: Duration = .milliseconds(50)
    var longestPause: Duration = .seconds(1)

    /// Hands every accepted connection to `handle`, in turn, until the task is cancelled.
    func run(_ handle: @Sendable (Connection) async -> Void) async {
        var pause = firstPause
        var failing = false
        while !Task.isCancelled {
            let connection: Connection
            do {
                connection = try await accept()
            } catch {
                if Task.isCancelled || error is CancellationError { return }
                if !failing {
                    report(
                        "cannot accept a connection (\(Self.describe(error))); trying again every \(longestPause) at most "
                            + "until it works; close some programs or raise the limit on open files (ulimit -n)")
                    failing = true
                }
                try? await Task.sleep(for: pause)
                pause = min(pause * 2, longestPause)
                continue
            }
            if failing {
                report("accepting connections again")
                failing = false
                pause = firstPause
            }
            await handle(connection)
        }
    }

    /// `Too many open files` rather than FlyingSocks' `SocketError. Accept(24): …`.
    static func describe(_ error: any Error) -> String {
        if case SocketError.failed(_, let code, _) = error { return String(cString: strerror(code)) }
        return "\(error)"
    }
}
