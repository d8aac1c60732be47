import FlyingSocks
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Finds out, before the server starts, whether a port can be listened on, and which one is free next.
enum PortProbe {
    /// Throws `ServeError.portInUse` (with the next free port) when `address`'s port is taken, or
    /// `ServeError.cannotListen` for any other failure. Port 0 always passes.
    static func check(_ address: ListenAddress) throws(ServeError) {
        guard address.port != 0 else { return }
        switch attempt(address) {
        case nil: return
        case EADDRINUSE?: throw .portInUse(host: address.host, port: address.port, nextFree: nextFree(after: address))
        case let code?: throw .cannotListen(host: address.host, port: address.port, reason: String(cString: strerror(code)))
        }
    }

    /// The first free port among the hundred after `address`'s.
    static func nextFree(after address: ListenAddress) -> UInt16? {
        let first = Int(address.port) + 1
        let last = min(Int(UInt16.max), first + 99)
        guard first <= last else { return nil }
        return (first...last).lazy.map(UInt16.init).first { attempt(address.with(port: $0)) == nil }
    }

    /// Binds a throwaway socket the way the server will (Linux refuses the bind while another
    /// socket listens on the port, `SO_REUSEADDR` notwithstanding); returns the `errno` of a failure.
    private static func attempt(_ address: ListenAddress) -> Int32? {
        do {
            let socketAddress = try address.socketAddress()
            let socket = try Socket(domain: Int32(type(of: socketAddress).family))
            defer { try? socket.close() }
            try socket.setValue(true, for: .localAddressReuse)
            try socket.bind(to: socketAddress)
            return nil
        } catch SocketError.failed(_, let code, _) {
            return code
        } catch {
            return EINVAL
        }
    }
}
