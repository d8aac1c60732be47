/// How Markdown is rendered.
public struct MarkdownOptions: OptionSet, Sendable, Hashable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }

    /// Keep raw HTML and links of any scheme (`unsafe_html: true` in `site.yml`). Off by default:
    /// raw HTML is dropped and `javascript:` links are emptied.
    public static let allowRawHTML = MarkdownOptions(rawValue: 1 << 0)
    /// Curly quotes, dashes from `--` and `---`, ellipses.
    public static let smartPunctuation = MarkdownOptions(rawValue: 1 << 1)
}
