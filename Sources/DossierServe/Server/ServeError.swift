/// Why the preview server could not start, worded for the person running `dossier serve`.
public enum ServeError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The port is taken; `nextFree` is the next port that is free on the same address, if any.
    case portInUse(host: String, port: UInt16, nextFree: UInt16?)
    /// `--host` is not an IP address this machine can listen on.
    case invalidHost(String)
    /// Listening failed for another reason (permissions for ports below 1024, say).
    case cannotListen(host: String, port: UInt16, reason: String)

    /// The message printed to the terminal.
    public var description: String {
        switch self {
        case .portInUse(let host, let port, let nextFree?):
            "port \(port) on \(host) is already in use (another server, or another `dossier serve`?); the next free port is "
                + "\(nextFree): run again with --port \(nextFree), or with --port 0 to take any free port"
        case .portInUse(let host, let port, nil):
            "port \(port) on \(host) is already in use; run again with --port 0 to take any free port"
        case .invalidHost(let host):
            "'\(host)' is not an IP address to listen on; use 127.0.0.1 (this machine only, the default), ::1, "
                + "or 0.0.0.0 to let other machines on the network connect"
        case .cannotListen(let host, let port, let reason):
            "cannot listen on \(host) port \(port): \(reason)"
        }
    }
}
