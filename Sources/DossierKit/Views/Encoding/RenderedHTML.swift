/// HTML Dossier made before the page (a rendered Markdown body), with the digest it was made from,
/// so a page's fingerprint needs the digest, not a hash of the whole text.
struct RenderedHTML: Encodable, Sendable, TemplateRepresentable {
    let html: String
    /// A hash of everything `html` is made from.
    let digest: ContentHash

    var viewDigest: ContentHash { digest }

    func templateData(in context: TemplateData.Context) -> Any { html }
}
