import Foundation

/// Renders CommonMark with cmark (see `MarkdownTree.swift`, the only file that talks to the C
/// library), with GFM's tables and footnotes, and images with their sizes (a titled image alone in
/// its paragraph is a figure). Each call parses its own documents and frees them, so renders may run
/// on many threads at once.
struct MarkdownRenderer: Sendable {
    /// Rendering options.
    var options: MarkdownOptions
    /// Put before the `id`s of footnotes and of the references to them (`fn-1`, `fnref-1`), so that
    /// two texts shown on one page keep them apart (`"kerry-lavrov-"` gives `kerry-lavrov-fn-1`).
    var footnoteIDPrefix: String
    /// Rewrites a link destination (a `.md` path to another content file, say) into a page URL, or
    /// says it leads nowhere or to an unpublished file; `nil` for destinations it does not handle.
    var rewriteLink: @Sendable (String) -> LinkRewrite?
    /// The size of the image at a destination as written in the Markdown (`../media/map.png`, before
    /// `rewriteLink`), for its `<img>`'s `width` and `height`; `nil` when it is not known.
    var imageSize: @Sendable (String) -> ImageSize?

    /// Creates a renderer.
    init(
        options: MarkdownOptions = [.smartPunctuation], footnoteIDPrefix: String = "",
        rewriteLink: @escaping @Sendable (String) -> LinkRewrite? = { _ in nil },
        imageSize: @escaping @Sendable (String) -> ImageSize? = { _ in nil }
    ) {
        self.options = options
        self.footnoteIDPrefix = footnoteIDPrefix
        self.rewriteLink = rewriteLink
        self.imageSize = imageSize
    }

    /// Renders `markdown` to HTML.
    func render(_ markdown: String) -> RenderedMarkdown {
        var rendering = MarkdownRendering(renderer: self, markdown: markdown)
        return rendering.render()
    }

    /// Renders one line of inline Markdown (an article's `summary:`) to HTML without a `<p>` around it,
    /// with the options, link rewriting and images of a body; line breaks in `markdown` are read as
    /// spaces, and nothing in it starts a block (`1. First` stays text). Its plain text comes with it,
    /// for a meta description.
    func renderInline(_ markdown: String) -> InlineMarkdown {
        var rendering = MarkdownRendering(renderer: self, markdown: markdown)
        return rendering.renderInline()
    }

    /// The 1-based column, in characters, of the 1-based UTF-8 byte column `byte` of line `line`.
    static func column(byte: Int, line: Int, in lines: [Substring]) -> Int {
        guard line >= 1, line <= lines.count, byte >= 1 else { return byte }
        let utf8 = lines[line - 1].utf8
        let end = utf8.index(utf8.startIndex, offsetBy: min(byte - 1, utf8.count))
        return lines[line - 1][..<end].count + 1
    }

    /// The text of `node`'s inline content, with line breaks as spaces (an image's description
    /// included).
    static func plainText(of node: MarkdownNode) -> String {
        var text = ""
        for child in node.descendants {
            switch child.kind {
            case .text, .code:
                if let literal = child.literal { text += literal }
            case .softBreak, .lineBreak:
                text += " "
            default:
                continue
            }
        }
        return text.trimmed
    }
}

/// One line of inline Markdown rendered (see `MarkdownRenderer.renderInline`).
struct InlineMarkdown: Sendable, Hashable {
    /// The HTML, without a wrapping element.
    var html: String
    /// The text without its markup (smart punctuation applied, not HTML-escaped).
    var text: String
}
