/// How Markdown is rendered.
struct MarkdownOptions: OptionSet, Sendable, Hashable {
    let rawValue: Int
    init(rawValue: Int) { self.rawValue = rawValue }

    /// Keep raw HTML and links of any scheme (`unsafe_html: true` in `site.yml`). Off by default:
    /// raw HTML is dropped and `javascript:` links are emptied.
    static let allowRawHTML = MarkdownOptions(rawValue: 1 << 0)
    /// Curly quotes, dashes from `--` and `---`, ellipses.
    static let smartPunctuation = MarkdownOptions(rawValue: 1 << 1)
}
