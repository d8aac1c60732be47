/// An Atom feed as written (`AtomFeeds.xml(of:)`), its addresses absolute; its fingerprint is this
/// value's digest.
struct FeedView: Encodable, Sendable {
    struct Category: Encodable, Sendable {
        let term: String
        let label: String
    }

    struct Entry: Encodable, Sendable {
        let title: String
        let url: String
        /// Published, as an RFC 3339 time.
        let date: String
        /// Last revised (`updated:`), when it says; otherwise `date`.
        let updated: String?
        /// The article's authors, or else the name of its first source.
        let authors: [String]
        let categories: [Category]
        let summary: String
        /// The article's picture: its absolute address and media type.
        let image: Enclosure?
        /// The full article, in the site's feed only.
        let content: RenderedHTML?
    }

    /// A file linked from an entry (`<link rel="enclosure">`).
    struct Enclosure: Encodable, Sendable {
        let url: String
        let type: String
    }

    let language: String
    let title: String
    let subtitle: String
    /// The address of the page the feed is about, which is also the feed's id.
    let id: String
    let selfUrl: String
    let updated: String
    let author: String
    let entries: [Entry]
}
