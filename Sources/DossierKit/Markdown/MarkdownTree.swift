import CCmark
import Foundation

/// What a node of cmark's syntax tree is.
enum MarkdownNodeKind: Equatable {
    case document, blockQuote, list, item, codeBlock, htmlBlock, customBlock, paragraph, heading, thematicBreak
    case text, softBreak, lineBreak, code, htmlInline, customInline, emphasis, strong, link, image
    case other
}

/// A node of a cmark syntax tree: the one file (with `MarkdownDocument` below) that talks to the C
/// library. A node is a reference into its document's tree: it is valid until the document is freed,
/// or, once unlinked from it, until it is freed itself (`free()`).
struct MarkdownNode: Hashable {
    fileprivate let pointer: OpaquePointer

    fileprivate init(_ pointer: OpaquePointer) {
        self.pointer = pointer
    }

    fileprivate init?(_ pointer: OpaquePointer?) {
        guard let pointer else { return nil }
        self.pointer = pointer
    }

    var kind: MarkdownNodeKind {
        switch cmark_node_get_type(pointer) {
        case CMARK_NODE_DOCUMENT: .document
        case CMARK_NODE_BLOCK_QUOTE: .blockQuote
        case CMARK_NODE_LIST: .list
        case CMARK_NODE_ITEM: .item
        case CMARK_NODE_CODE_BLOCK: .codeBlock
        case CMARK_NODE_HTML_BLOCK: .htmlBlock
        case CMARK_NODE_CUSTOM_BLOCK: .customBlock
        case CMARK_NODE_PARAGRAPH: .paragraph
        case CMARK_NODE_HEADING: .heading
        case CMARK_NODE_THEMATIC_BREAK: .thematicBreak
        case CMARK_NODE_TEXT: .text
        case CMARK_NODE_SOFTBREAK: .softBreak
        case CMARK_NODE_LINEBREAK: .lineBreak
        case CMARK_NODE_CODE: .code
        case CMARK_NODE_HTML_INLINE: .htmlInline
        case CMARK_NODE_CUSTOM_INLINE: .customInline
        case CMARK_NODE_EMPH: .emphasis
        case CMARK_NODE_STRONG: .strong
        case CMARK_NODE_LINK: .link
        case CMARK_NODE_IMAGE: .image
        default: .other
        }
    }

    var parent: MarkdownNode? { MarkdownNode(cmark_node_parent(pointer)) }
    var firstChild: MarkdownNode? { MarkdownNode(cmark_node_first_child(pointer)) }
    var lastChild: MarkdownNode? { MarkdownNode(cmark_node_last_child(pointer)) }
    var next: MarkdownNode? { MarkdownNode(cmark_node_next(pointer)) }

    /// The children, first to last.
    var children: [MarkdownNode] {
        var children: [MarkdownNode] = []
        var child = firstChild
        while let node = child {
            children.append(node)
            child = node.next
        }
        return children
    }

    /// Where the node starts and ends in the parsed text: 1-based lines and UTF-8 byte columns (0 when
    /// cmark does not know, as for line breaks).
    var startLine: Int { Int(cmark_node_get_start_line(pointer)) }
    var startColumn: Int { Int(cmark_node_get_start_column(pointer)) }
    var endLine: Int { Int(cmark_node_get_end_line(pointer)) }
    var endColumn: Int { Int(cmark_node_get_end_column(pointer)) }

    /// The text of a text, code, code block or raw HTML node.
    var literal: String? {
        get { cmark_node_get_literal(pointer).map { String(cString: $0) } }
        nonmutating set { cmark_node_set_literal(pointer, newValue) }
    }

    /// The destination of a link or image, as cmark read it (escapes and entities resolved).
    var url: String? {
        get { cmark_node_get_url(pointer).map { String(cString: $0) } }
        nonmutating set { cmark_node_set_url(pointer, newValue) }
    }

    /// The title of a link or image; empty when it has none.
    var title: String { cmark_node_get_title(pointer).map { String(cString: $0) } ?? "" }

    var headingLevel: Int {
        get { Int(cmark_node_get_heading_level(pointer)) }
        nonmutating set { cmark_node_set_heading_level(pointer, Int32(newValue)) }
    }

    /// Whether a list is ordered (`1.`, `1)`), not a bullet list.
    var isOrderedList: Bool { cmark_node_get_list_type(pointer) == CMARK_ORDERED_LIST }

    /// What follows the numbers of an ordered list: `.` or `)`.
    var listDelimiter: Character { cmark_node_get_list_delim(pointer) == CMARK_PAREN_DELIM ? ")" : "." }

    /// Takes the node out of its tree (it must then be freed, or put back in a tree).
    func unlink() {
        cmark_node_unlink(pointer)
    }

    /// Frees the node and everything in it (a node that is not in a tree any more).
    func free() {
        cmark_node_free(pointer)
    }

    /// Puts `node` just before this one. False when the parent cannot hold it.
    @discardableResult func insert(before node: MarkdownNode) -> Bool {
        cmark_node_insert_before(pointer, node.pointer) == 1
    }

    /// Puts `node` just after this one. False when the parent cannot hold it.
    @discardableResult func insert(after node: MarkdownNode) -> Bool {
        cmark_node_insert_after(pointer, node.pointer) == 1
    }

    /// Makes `node` the last child. False when this node cannot hold it.
    @discardableResult func append(_ node: MarkdownNode) -> Bool {
        cmark_node_append_child(pointer, node.pointer) == 1
    }

    /// Moves every child of `node` to the end of this node's children.
    func adoptChildren(of node: MarkdownNode) {
        while let child = node.firstChild {
            child.unlink()
            append(child)
        }
    }

    /// Replaces this node by `node` in its tree, and frees it (`node` too, when the parent cannot hold it).
    func replace(by node: MarkdownNode) {
        if !insert(before: node) { node.free() }
        unlink()
        free()
    }

    /// A new text node.
    static func text(_ text: String) -> MarkdownNode {
        let node = MarkdownNode(cmark_node_new(CMARK_NODE_TEXT)!)
        node.literal = text
        return node
    }

    /// A new thematic break (`<hr />`).
    static func thematicBreak() -> MarkdownNode {
        MarkdownNode(cmark_node_new(CMARK_NODE_THEMATIC_BREAK)!)
    }

    /// A new block that renders as `enter`, its children, then `exit`, each on lines of their own. Its
    /// HTML is written as it is, whatever the options (cmark keeps raw HTML out only of HTML nodes):
    /// escape what goes in.
    static func customBlock(enter: String, exit: String = "") -> MarkdownNode {
        custom(CMARK_NODE_CUSTOM_BLOCK, enter: enter, exit: exit)
    }

    /// A new inline node that renders as `enter`, its children, then `exit` (written as they are, as a
    /// custom block's).
    static func customInline(enter: String, exit: String = "") -> MarkdownNode {
        custom(CMARK_NODE_CUSTOM_INLINE, enter: enter, exit: exit)
    }

    private static func custom(_ type: cmark_node_type, enter: String, exit: String) -> MarkdownNode {
        let node = MarkdownNode(cmark_node_new(type)!)
        cmark_node_set_on_enter(node.pointer, enter)
        cmark_node_set_on_exit(node.pointer, exit)
        return node
    }

    /// The node and every node inside it, in document order (each once, as it is entered). A list made
    /// before any change: cmark's iterator must not see the tree change under it.
    var descendants: [MarkdownNode] {
        var nodes: [MarkdownNode] = []
        let iterator = cmark_iter_new(pointer)
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let node = MarkdownNode(cmark_iter_get_node(iterator)) else { continue }
            nodes.append(node)
        }
        return nodes
    }

    /// The HTML of the node and what it holds.
    func html(_ options: MarkdownOptions) -> String {
        guard let rendered = cmark_render_html(pointer, MarkdownDocument.flags(options)) else { return "" }
        return takeString(rendered)
    }
}

/// Parsing with cmark.
enum MarkdownDocument {
    /// The document of `text`, parsed with `options` (smart punctuation); free it with `free()`.
    static func parse(_ text: String, options: MarkdownOptions) -> MarkdownNode? {
        guard let parser = cmark_parser_new(flags(options)) else { return nil }
        defer { cmark_parser_free(parser) }
        var text = text
        text.withUTF8 { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                cmark_parser_feed(parser, chars.baseAddress, chars.count)
            }
        }
        return MarkdownNode(cmark_parser_finish(parser))
    }

    /// cmark's flags for `options`: smart punctuation when asked, raw HTML (and links of any scheme)
    /// only when allowed.
    fileprivate static func flags(_ options: MarkdownOptions) -> Int32 {
        var flags = CMARK_OPT_DEFAULT
        if options.contains(.smartPunctuation) { flags |= CMARK_OPT_SMART }
        if options.contains(.allowRawHTML) { flags |= CMARK_OPT_UNSAFE }
        return flags
    }
}

/// The text of a string cmark made, which is then freed.
private func takeString(_ pointer: UnsafeMutablePointer<CChar>) -> String {
    defer { free(pointer) }
    return String(cString: pointer)
}
