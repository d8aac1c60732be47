import FlyingSocks
import Foundation
import Testing

@testable import DossierServe

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The accept loop outlives failed accepts (EMFILE when file descriptors run out): it says so
/// once, tries again after a short pause, and serves the connections that come after.
@Suite struct AcceptLoopTests {
    @Test func acceptingGoesOnAfterTooManyOpenFiles() async throws {
        let attempts = Locked(0)
        let reports = Locked<[String]>([])
        let handled = Locked<[Int]>([])
        let loop = AcceptLoop<Int>(
            accept: {
                let attempt = attempts.update { count in
                    count += 1
                    return count
                }
                if attempt <= 5 { throw SocketError.failed(type: "Accept", errno: EMFILE, message: "") }
                if attempt <= 8 { return attempt }
                throw CancellationError()  // as when the server stops
            },
            report: { message in reports.update { $0.append(message) } }, firstPause: .milliseconds(1),
            longestPause: .milliseconds(20))
        await loop.run { connection in handled.update { $0.append(connection) } }
        #expect(handled.current == [6, 7, 8])
        #expect(reports.current.count == 2, "one report when it fails, one when it works again: \(reports.current)")
        #expect(reports.current.first?.contains("Too many open files") == true)
        #expect(reports.current.last == "accepting connections again")
    }
}
