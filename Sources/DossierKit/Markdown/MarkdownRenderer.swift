import CCmark
import Foundation

/// Renders CommonMark with cmark. The only file that talks to the C library: each call parses its
/// own document and frees it, so renders may run on many threads at once.
public struct MarkdownRenderer: Sendable {
    /// Rendering options.
    public var options: MarkdownOptions
    /// Rewrites a link destination (a `.md` path to another content file, say) into a page URL;
    /// returns `nil` for destinations it does not handle and `""` for content links it cannot find.
    public var rewriteLink: @Sendable (String) -> String?

    /// Creates a renderer.
    public init(
        options: MarkdownOptions = [.smartPunctuation], rewriteLink: @escaping @Sendable (String) -> String? = { _ in nil }
    ) {
        self.options = options
        self.rewriteLink = rewriteLink
    }

    /// Renders `markdown` to HTML.
    public func render(_ markdown: String) -> RenderedMarkdown {
        let cmarkOptions = self.cmarkOptions
        guard let parser = cmark_parser_new(cmarkOptions) else {
            return RenderedMarkdown(html: "", firstParagraph: "", unresolvedLinks: [])
        }
        var text = markdown
        text.withUTF8 { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                cmark_parser_feed(parser, chars.baseAddress, chars.count)
            }
        }
        let document = cmark_parser_finish(parser)
        cmark_parser_free(parser)
        guard let document else { return RenderedMarkdown(html: "", firstParagraph: "", unresolvedLinks: []) }
        defer { cmark_node_free(document) }

        let tree = walk(document)
        guard let rendered = cmark_render_html(document, cmarkOptions) else {
            return RenderedMarkdown(html: "", firstParagraph: tree.firstParagraph, unresolvedLinks: tree.unresolvedLinks)
        }
        defer { free(rendered) }
        let html = HeadingAnchors.add(tree.headingTitles, to: String(cString: rendered))
        return RenderedMarkdown(html: html, firstParagraph: tree.firstParagraph, unresolvedLinks: tree.unresolvedLinks)
    }

    private var cmarkOptions: Int32 {
        var flags = CMARK_OPT_DEFAULT
        if options.contains(.smartPunctuation) { flags |= CMARK_OPT_SMART }
        if options.contains(.allowRawHTML) { flags |= CMARK_OPT_UNSAFE }
        return flags
    }

    /// What one pass over the tree collects (and changes: heading levels, link destinations).
    private struct TreeFacts {
        var headingTitles: [String] = []
        var firstParagraph = ""
        var unresolvedLinks: [(destination: String, line: Int)] = []
    }

    private func walk(_ document: OpaquePointer) -> TreeFacts {
        var facts = TreeFacts()
        var headings: [OpaquePointer] = []
        var sawFirstParagraph = false
        let iterator = cmark_iter_new(document)
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            switch cmark_node_get_type(node) {
            case CMARK_NODE_HEADING:
                headings.append(node)
            case CMARK_NODE_PARAGRAPH where !sawFirstParagraph && cmark_node_parent(node) == document:
                sawFirstParagraph = true
                facts.firstParagraph = Self.plainText(of: node)
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
                guard let url = cmark_node_get_url(node).map({ String(cString: $0) }),
                    let rewritten = rewriteLink(url)
                else { continue }
                if rewritten.isEmpty {
                    facts.unresolvedLinks.append((url, Int(cmark_node_get_start_line(node))))
                } else {
                    cmark_node_set_url(node, rewritten)
                }
            default:
                continue
            }
        }
        let hasTopLevelHeading = headings.contains { cmark_node_get_heading_level($0) == 1 }
        for heading in headings {
            if hasTopLevelHeading {
                cmark_node_set_heading_level(heading, min(6, cmark_node_get_heading_level(heading) + 1))
            }
            facts.headingTitles.append(Self.plainText(of: heading))
        }
        return facts
    }

    /// The text of `node`'s inline content, with line breaks as spaces.
    static func plainText(of node: OpaquePointer) -> String {
        var text = ""
        let iterator = cmark_iter_new(node)
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let child = cmark_iter_get_node(iterator) else { continue }
            switch cmark_node_get_type(child) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                if let literal = cmark_node_get_literal(child) { text += String(cString: literal) }
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                text += " "
            default:
                continue
            }
        }
        return text.trimmed
    }
}
