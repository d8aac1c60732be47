/// Which link targets may reach a page: web and mail links, and relative links.
enum LinkSafety {
    /// Why `url` may not be used as a link, or `nil` when it is safe.
    static func problem(withURL url: String) -> String? {
        let trimmed = hasSpaceAtAnEnd(url) ? url.trimmingCharacters(in: .whitespaces) : url
        guard let colon = trimmed.firstIndex(of: ":") else { return nil }
        let scheme = trimmed[..<colon]
        let isScheme = scheme.allSatisfy { $0.isLetter || $0.isNumber || $0 == "+" || $0 == "-" || $0 == "." }
        guard isScheme, !scheme.contains("/") else { return nil }
        if ["http", "https", "mailto"].contains(scheme.lowercased()) { return nil }
        return "links may only use http, https or mailto, not '\(scheme):'; write the full web address (https://…)"
    }

    /// Whether `text` starts or ends with white space (a cheap test that saves Foundation's trimming,
    /// which bridges every call, for the usual URL that has none).
    private static func hasSpaceAtAnEnd(_ text: String) -> Bool {
        let scalars = text.unicodeScalars
        return scalars.first?.properties.isWhitespace == true || scalars.last?.properties.isWhitespace == true
    }
}
