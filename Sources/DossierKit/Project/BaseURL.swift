import Foundation

/// The check of a site's public address, for `base_url` in `site.yml` and `--base-url` alike: an
/// absolute `http` or `https` URL with a host, and nothing that would not belong in front of every
/// page path. It is written into `robots.txt`, `sitemap.xml`, the feeds and every page's canonical
/// link, so a line break, a query, a fragment or a password in it would end up in all of them.
public enum BaseURL {
    /// Why a text is not a usable base URL.
    public struct Invalid: Error, Sendable, Hashable {
        /// What is wrong, completing "'…' …": `has no host`, `has a query (?…)`.
        var reason: String

        /// The whole message for the setting (`'base_url'`, `--base-url`) that held `value`.
        public func message(for setting: String, value: String) -> String {
            "\(setting) should be an absolute http or https address with a host and no query or fragment, such as "
                + "https://example.org/dossier/; '\(value)' \(reason)"
        }
    }

    /// `text` as the base URL the site is built with (scheme lower-cased, characters outside URLs
    /// percent-encoded, ending in `/`), or why it cannot be one.
    public static func normalized(_ text: String) -> Result<String, Invalid> {
        if text.unicodeScalars.contains(where: { TerminalText.needsEscaping($0) || $0.properties.isWhitespace }) {
            return .failure(Invalid(reason: "contains a space, a line break or another control character"))
        }
        guard let components = URLComponents(string: text), let scheme = components.scheme?.lowercased() else {
            return .failure(Invalid(reason: "is not a web address (it should start with https://)"))
        }
        guard scheme == "https" || scheme == "http" else {
            return .failure(Invalid(reason: "uses '\(scheme):'; only http and https can serve a site"))
        }
        guard let host = components.host, !host.isEmpty else {
            return .failure(Invalid(reason: "has no host (the name after //, such as example.org)"))
        }
        guard
            host.unicodeScalars.allSatisfy({
                $0.properties.isAlphabetic || $0.properties.numericType != nil || "-._[]:".unicodeScalars.contains($0)
            })
        else {
            return .failure(Invalid(reason: "has a host with characters no host name has"))
        }
        guard components.user == nil, components.password == nil else {
            return .failure(Invalid(reason: "has a user name or password (before @), which would be published on every page"))
        }
        if let port = components.port, !(1...65_535).contains(port) {
            return .failure(Invalid(reason: "has port \(port); ports go from 1 to 65535"))
        }
        guard components.percentEncodedQuery == nil else {
            return .failure(Invalid(reason: "has a query (?…); page paths are added after the base URL, so it cannot have one"))
        }
        guard components.percentEncodedFragment == nil else {
            return .failure(
                Invalid(reason: "has a fragment (#…); page paths are added after the base URL, so it cannot have one"))
        }
        var normalized = components
        normalized.scheme = scheme
        if !normalized.percentEncodedPath.hasSuffix("/") { normalized.percentEncodedPath += "/" }
        guard let string = normalized.string else {
            return .failure(Invalid(reason: "is not a web address (it should start with https://)"))
        }
        return .success(string)
    }
}
