/// The size in pixels of an image file, read from its header (see `ImageHeader`): what a page's
/// `<img>` gets as `width` and `height`, so the layout does not jump while it loads.
struct ImageSize: Sendable, Hashable {
    let width: Int
    let height: Int
}
