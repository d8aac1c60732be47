import FlyingSocks
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where the preview listens: an IPv4 or IPv6 address and a port (0 for any free port).
public struct ListenAddress: Sendable, Equatable {
    /// The address as given (`localhost` becomes `127.0.0.1`).
    public let host: String
    /// The port; 0 lets the system choose.
    public let port: UInt16

    /// Checks `host`; throws `ServeError.invalidHost` when it is not an IP address.
    public init(host: String, port: UInt16) throws(ServeError) {
        let host = host.lowercased() == "localhost" ? "127.0.0.1" : host
        guard Self.isIPv4(host) || Self.isIPv6(host) else { throw .invalidHost(host) }
        self.host = host
        self.port = port
    }

    /// Whether only this machine can connect (127.0.0.0/8 or ::1).
    public var isLoopback: Bool { host.hasPrefix("127.") || host == "::1" }

    /// The address with another port.
    public func with(port: UInt16) -> ListenAddress {
        ListenAddress(checkedHost: host, port: port)
    }

    /// The URL of the site's root, for the terminal and the browser; an unspecified address
    /// (`0.0.0.0`, `::`) is shown as the loopback one.
    public var url: URL {
        let shown = host == "0.0.0.0" ? "127.0.0.1" : host == "::" ? "::1" : host
        let authority = Self.isIPv6(shown) ? "[\(shown)]" : shown
        return URL(string: "http://\(authority):\(port)/")!
    }

    /// The socket address FlyingFox binds.
    func socketAddress() throws -> any SocketAddress {
        Self.isIPv6(host) ? try sockaddr_in6.inet6(ip6: host, port: port) : try sockaddr_in.inet(ip4: host, port: port)
    }

    private init(checkedHost: String, port: UInt16) {
        self.host = checkedHost
        self.port = port
    }

    private static func isIPv4(_ host: String) -> Bool {
        var address = in_addr()
        return inet_pton(AF_INET, host, &address) == 1
    }

    private static func isIPv6(_ host: String) -> Bool {
        var address = in6_addr()
        return inet_pton(AF_INET6, host, &address) == 1
    }
}
