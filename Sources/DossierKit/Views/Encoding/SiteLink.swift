/// A link from a page to another part of the site, the same value on every page that shows it:
/// templates get it relative to the page (`../../entities/x/index.html`), the fingerprint gets the
/// target, which does not depend on the page.
struct SiteLink: Encodable, Sendable, Hashable, TemplateRepresentable {
    /// The target: a site path, percent-encoded (`entities/x/index.html`), or `#anchor` on the
    /// same page.
    let target: String
    /// Whether `target` is an anchor on the page itself, which needs no way back to the root.
    let isOnPage: Bool

    /// A link to the site path `path` (not yet percent-encoded).
    init(_ path: String) {
        target = SiteURLs.encoded(path)
        isOnPage = false
    }

    private init(anchor: String) {
        target = "#" + anchor
        isOnPage = true
    }

    /// A link to `anchor` on the page at the site path `path`.
    init(_ path: String, anchor: String) {
        target = SiteURLs.encoded(path) + "#" + anchor
        isOnPage = false
    }

    /// A link to `anchor` on the page itself.
    static func anchor(_ anchor: String) -> SiteLink { SiteLink(anchor: anchor) }

    /// The link from a page whose way back to the site root is `root`.
    func relative(from root: String) -> String { isOnPage ? target : root + target }

    func templateData(in context: TemplateData.Context) -> Any { relative(from: context.root) }

    /// The target (an anchor starts with `#`, which no site path does).
    var viewDigest: ContentHash { ContentHash.of(target) }
}
