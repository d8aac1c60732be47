/// A picture as a page or card shows it (`image` on articles, entities and places): the media
/// file's address, its size when known, what it shows, its caption and credit.
struct CoverView: Encodable, Sendable {
    let url: SiteLink
    let alt: String
    let caption: String?
    let credit: String?
    let width: Int?
    let height: Int?
    let hasCaption: Bool

    /// The view of `image`, when its file is among the dossier's media (otherwise a warning said so).
    init?(_ image: CoverImage?, media: MediaFiles) {
        guard let image, let file = media.byPath[image.src] else { return nil }
        url = SiteLink(media.link(file))
        alt = image.alt ?? ""
        caption = image.caption
        credit = image.credit
        width = file.size?.width
        height = file.size?.height
        hasCaption = image.caption != nil || image.credit != nil
    }
}
