/// The largest values front matter may hold. Past these, a value is an error rather than something
/// every page that shows it must repeat: a name listed on thousands of pages, or thousands of names
/// on one, multiply the site's size.
enum FieldLimits {
    /// The longest single value (a title, a name, an alias, a reference, a URL), in characters.
    static let maximumTextLength = 2_000
    /// The longest `summary`, in characters.
    static let maximumSummaryLength = 10_000
    /// The most items in one list (`entities`, `aliases`, `tags`, an article's `events`, …).
    static let maximumItems = 500

    /// Whether `text` is longer than `limit` characters; counts only when the bytes could be.
    static func exceeds(_ text: String, _ limit: Int) -> Bool {
        text.utf8.count > limit && text.count > limit
    }
}

/// A longer text: a `summary`, one or two sentences that may run to a paragraph.
struct Paragraph: Sendable, Hashable {
    var text: String
}

extension Paragraph: FrontMatterReadable {
    init(from value: FrontMatterValue) throws(Diagnostic) {
        text = try value.text(maximumLength: FieldLimits.maximumSummaryLength)
    }
}
