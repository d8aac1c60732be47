/// What becomes of a link destination in Markdown (see `MarkdownRenderer.rewriteLink`).
enum LinkRewrite: Sendable, Hashable {
    /// The link points at this URL instead (a page of the site).
    case url(String)
    /// It looks like a link to a content file, but no file has that name: kept as written, and reported.
    case missing
    /// It points at a file that is not published (a draft): the link is removed, its text kept, and it
    /// is reported without its destination, so nothing in the output names the file.
    case unpublished
}
