/// Decides which pages may open the live-reload socket. Browsers send `Origin` with every
/// WebSocket handshake, and unlike `fetch` the socket is not held back by CORS, so without this
/// check any web site open in the browser could connect to the preview. Allowed: no `Origin`
/// (clients other than browsers), the preview's own origin (its `Host`), and pages served from
/// this machine (`localhost`, 127.0.0.0/8, `::1`). Anything else, `null` included, is refused.
enum OriginCheck {
    /// Whether a handshake with this `Origin` (and `Host`) header may be accepted.
    static func allows(origin: String?, host: String?) -> Bool {
        guard let origin else { return true }
        let lowered = origin.lowercased()
        guard let schemeEnd = lowered.range(of: "://") else { return false }
        let scheme = lowered[..<schemeEnd.lowerBound]
        let authority = String(lowered[schemeEnd.upperBound...])
        guard scheme == "http" || scheme == "https", !authority.isEmpty, !authority.contains("/") else { return false }
        if let host, authority == host.lowercased() { return true }
        return HostCheck.allows(authority, loopbackOnly: true)
    }
}
