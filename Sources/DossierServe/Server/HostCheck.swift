/// Refuses requests whose `Host` header names another site while the preview listens on loopback
/// only, so a web page elsewhere cannot read the preview (drafts included) through a DNS name
/// re-pointed at 127.0.0.1 ("DNS rebinding"). Listening on a LAN address accepts any name.
enum HostCheck {
    /// Whether a request with this `Host` header may be answered.
    static func allows(_ header: String?, loopbackOnly: Bool) -> Bool {
        guard loopbackOnly, let header else { return true }
        let name = hostname(in: header.lowercased())
        if name == "localhost" || name.hasSuffix(".localhost") || name == "::1" { return true }
        guard let address = try? ListenAddress(host: name, port: 0) else { return false }
        return address.isLoopback
    }

    /// The name without its port (and an IPv6 literal without its brackets).
    private static func hostname(in header: String) -> String {
        if header.hasPrefix("["), let close = header.firstIndex(of: "]") {
            return String(header[header.index(after: header.startIndex)..<close])
        }
        guard let colon = header.lastIndex(of: ":"), header.firstIndex(of: ":") == colon else { return header }
        return String(header[..<colon])
    }
}
