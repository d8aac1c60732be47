import Foundation

/// The validators a client sent (`If-None-Match`, `If-Modified-Since`), and whether they still match.
struct ConditionalRequest: Sendable {
    /// The entity tags from `If-None-Match`, or `nil` when it was not sent.
    var ifNoneMatch: [String]?
    /// The date from `If-Modified-Since`, or `nil` when it was not sent or is not a date.
    var ifModifiedSince: Date?

    /// Reads the two headers' values.
    init(ifNoneMatch: String?, ifModifiedSince: String?) {
        self.ifNoneMatch = ifNoneMatch.map { header in
            header.split(separator: ",").map { tag in
                let trimmed = tag.trimmingCharacters(in: .whitespaces)
                return trimmed.hasPrefix("W/") ? String(trimmed.dropFirst(2)) : trimmed
            }
        }
        self.ifModifiedSince = ifModifiedSince.flatMap(HTTPDate.date(from:))
    }

    /// Whether the client's copy is current, so `304 Not Modified` can be sent. `If-None-Match` wins
    /// over `If-Modified-Since` (RFC 9110 §13.2.2); a representation without a date ignores the latter.
    func isNotModified(eTag: String, lastModified: Date?) -> Bool {
        if let ifNoneMatch {
            return ifNoneMatch.contains("*") || ifNoneMatch.contains(eTag)
        }
        guard let ifModifiedSince, let lastModified else { return false }
        return lastModified <= ifModifiedSince
    }
}
