import CCmark
import Foundation

/// Renders CommonMark with cmark. The only file that talks to the C library: each call parses its
/// own document and frees it, so renders may run on many threads at once.
struct MarkdownRenderer: Sendable {
    /// Rendering options.
    var options: MarkdownOptions
    /// Rewrites a link destination (a `.md` path to another content file, say) into a page URL, or
    /// says it leads nowhere or to an unpublished file; `nil` for destinations it does not handle.
    var rewriteLink: @Sendable (String) -> LinkRewrite?

    /// Creates a renderer.
    init(
        options: MarkdownOptions = [.smartPunctuation], rewriteLink: @escaping @Sendable (String) -> LinkRewrite? = { _ in nil }
    ) {
        self.options = options
        self.rewriteLink = rewriteLink
    }

    /// Renders `markdown` to HTML.
    func render(_ markdown: String) -> RenderedMarkdown {
        let cmarkOptions = self.cmarkOptions
        guard let parser = cmark_parser_new(cmarkOptions) else {
            return RenderedMarkdown(html: "", firstParagraph: "")
        }
        var text = markdown
        text.withUTF8 { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                cmark_parser_feed(parser, chars.baseAddress, chars.count)
            }
        }
        let document = cmark_parser_finish(parser)
        cmark_parser_free(parser)
        guard let document else { return RenderedMarkdown(html: "", firstParagraph: "") }
        defer { cmark_node_free(document) }

        var tree = walk(document)
        if !tree.unresolvedLinks.isEmpty || !tree.unpublishedLinks.isEmpty {
            let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false)
            tree.unresolvedLinks = tree.unresolvedLinks.map { ($0, $1, Self.column(byte: $2, line: $1, in: lines)) }
            tree.unpublishedLinks = tree.unpublishedLinks.map { ($0, Self.column(byte: $1, line: $0, in: lines)) }
        }
        let problems = (unresolved: tree.unresolvedLinks, unpublished: tree.unpublishedLinks)
        guard let rendered = cmark_render_html(document, cmarkOptions) else {
            return RenderedMarkdown(
                html: "", firstParagraph: tree.firstParagraph, unresolvedLinks: problems.unresolved,
                unpublishedLinks: problems.unpublished)
        }
        defer { free(rendered) }
        let html = HeadingAnchors.add(tree.headingTitles, to: String(cString: rendered))
        return RenderedMarkdown(
            html: html, firstParagraph: tree.firstParagraph, unresolvedLinks: problems.unresolved,
            unpublishedLinks: problems.unpublished)
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
        /// Line and byte column (cmark's) of each; made character columns once the walk is done.
        var unresolvedLinks: [(destination: String, line: Int, column: Int)] = []
        var unpublishedLinks: [(line: Int, column: Int)] = []
    }

    private func walk(_ document: OpaquePointer) -> TreeFacts {
        var facts = TreeFacts()
        var headings: [OpaquePointer] = []
        var unlinked: [OpaquePointer] = []
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
                let line = Int(cmark_node_get_start_line(node))
                let column = Int(cmark_node_get_start_column(node))
                switch rewritten {
                case .url(let page): cmark_node_set_url(node, page)
                case .missing: facts.unresolvedLinks.append((url, line, column))
                case .unpublished:
                    facts.unpublishedLinks.append((line, column))
                    unlinked.append(node)
                }
            default:
                continue
            }
        }
        // Each link to an unpublished file is replaced by its text (an image by its description).
        for link in unlinked {
            while let child = cmark_node_first_child(link), cmark_node_insert_before(link, child) == 1 {}
            cmark_node_unlink(link)
            cmark_node_free(link)
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

    /// The 1-based column, in characters, of the 1-based UTF-8 byte column `byte` of line `line`.
    static func column(byte: Int, line: Int, in lines: [Substring]) -> Int {
        guard line >= 1, line <= lines.count, byte >= 1 else { return byte }
        let utf8 = lines[line - 1].utf8
        let end = utf8.index(utf8.startIndex, offsetBy: min(byte - 1, utf8.count))
        return lines[line - 1][..<end].count + 1
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
