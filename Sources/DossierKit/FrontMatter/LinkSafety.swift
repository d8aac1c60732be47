/// Which link targets may reach a page: web and mail links, and relative links.
enum LinkSafety {
    /// Why `url` may not be used as a link, or `nil` when it is safe.
    static func problem(withURL url: String) -> String? {
        let trimmed = url.trimmingCharacters(in: .whitespaces)
        guard let colon = trimmed.firstIndex(of: ":") else { return nil }
        let scheme = trimmed[..<colon]
        let isScheme = scheme.allSatisfy { $0.isLetter || $0.isNumber || $0 == "+" || $0 == "-" || $0 == "." }
        guard isScheme, !scheme.contains("/") else { return nil }
        if ["http", "https", "mailto"].contains(scheme.lowercased()) { return nil }
        return "links may only use http, https or mailto, not '\(scheme):'; write the full web address (https://…)"
    }
}
