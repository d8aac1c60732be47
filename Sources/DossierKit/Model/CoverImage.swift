/// The picture of an article, entity or place (`image:`): a media file with its description,
/// caption and credit. Shown on its page and its cards, and named in `og:image`, JSON-LD and feeds.
struct CoverImage: Sendable, Hashable {
    /// The file, relative to `content/` (`media/2016/kerry-lavrov.jpg`).
    var src: String
    /// What the picture shows, for readers who cannot see it.
    var alt: String?
    var caption: String?
    /// Who made it (`Photo: Dossier`).
    var credit: String?
    /// Where `image:` is written.
    var location: SourceLocation
}
