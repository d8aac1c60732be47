import Foundation

/// One rendering of one text (`MarkdownRenderer.render`). cmark parses CommonMark only; GFM's tables
/// and footnotes are made from its tree and the text's lines, and cmark parses again, once for each,
/// only when the text has them:
///
/// 1. Footnote definitions (`[^note]: …` at the start of a line outside code and raw HTML) have their
///    first line rewritten as a list item's (`1.  …`), so that cmark gives the definition's blocks
///    as the item's, continued on the lines GFM continues a definition on. Each label also gets a
///    link reference definition, written before the text (`[^note]: <dossier-footnote:0>`), so that
///    the references to it are cmark's links to that destination.
/// 2. A paragraph whose lines hold a table (`TableSyntax`) has its cells parsed on their own (each a
///    paragraph written before the text, after a no-break space that keeps a cell from starting a
///    block), with the text's link reference definitions; the paragraph is replaced by custom nodes
///    holding the cells' inline nodes.
/// 3. The definitions' items leave the tree, references become numbered marks, and the definitions
///    that were referenced go to a section at the end. Images become `<img>`s with their sizes, links
///    are rewritten, and raw HTML is found (cmark drops it unless allowed).
///
/// Lines written before the text and rewritten lines are mapped back (`SourcePositions`), so that
/// every problem is reported at its place in the text as written.
struct MarkdownRendering {
    let renderer: MarkdownRenderer
    let markdown: String
    /// The text's lines as cmark reads them: as written, but for the first line of each footnote definition.
    var body: [[UInt8]]
    /// Lines cmark reads before the body's (see the type's documentation).
    var prefix: [[UInt8]] = []
    var positions = SourcePositions()
    var footnotes: [Footnote] = []
    /// The footnote of each label's key.
    var footnoteKeys: [String: Int] = [:]
    /// The footnote whose definition starts on each body line; `nil` for a label defined before.
    var definitionLines: [Int: Int?] = [:]
    var tables: [TablePlan] = []
    /// Body lines of definitions with no text whose items start with a no-break space (see
    /// `readFootnoteDefinitions`).
    var placeholderLines: Set<Int> = []
    /// Whether the text has `[^` (else it has no footnotes, and no reference to one).
    var mayHaveFootnotes = false

    /// The destination of the link reference definition of the n-th footnote's label.
    static let footnoteScheme = "dossier-footnote:"
    /// Starts a cell's line, so that it is always a paragraph (cmark reads it as white space).
    static let noBreakSpace: [UInt8] = [0xC2, 0xA0]

    var options: MarkdownOptions { renderer.options }

    init(renderer: MarkdownRenderer, markdown: String) {
        self.renderer = renderer
        self.markdown = markdown
        body = []
    }

    /// A footnote: its label as first defined, and what rendering learns about it.
    struct Footnote {
        var label: String
        /// The list item its definition was parsed as (taken out of the tree).
        var item: MarkdownNode?
        /// Its number, in the order of first reference; `nil` while it has none.
        var number: Int?
        /// The `id` of each reference to it, in order.
        var referenceIDs: [String] = []
    }

    /// A table found in a paragraph (or in a setext heading's text, which cmark takes for a heading
    /// when the line after the table is `---` or `===`).
    struct TablePlan {
        /// Where the paragraph starts: body line and byte column.
        var line: Int
        var column: Int
        var isHeading: Bool
        /// The paragraph's lines, as table rows read them.
        var lines: [(line: Int, bytes: ArraySlice<UInt8>)]
        var table: TableSyntax.Table
        /// A setext heading's line of `-` is a thematic break after the table (its line of `=` is a row).
        var breakAfter = false
        /// Where the paragraph before the table, its cells and the paragraph after it were written
        /// before the text (lines of the parsed text).
        var paragraphBefore: ClosedRange<Int>?
        var cells: [[Int?]] = []
        var paragraphAfter: ClosedRange<Int>?
    }

    /// What the last pass over the tree finds wrong, at lines and byte columns of the parsed text.
    struct Problems {
        var unresolvedLinks: [(destination: String, line: Int, column: Int)] = []
        var unpublishedLinks: [(line: Int, column: Int)] = []
        var droppedHTML: (line: Int, column: Int)?
        var imagesWithoutDescription: [(line: Int, column: Int)] = []
        var undefinedFootnotes: [(label: String, line: Int, column: Int)] = []
        var checkedLinks: [(written: String, address: String, line: Int, column: Int)] = []

        var isEmpty: Bool {
            unresolvedLinks.isEmpty && unpublishedLinks.isEmpty && droppedHTML == nil && imagesWithoutDescription.isEmpty
                && undefinedFootnotes.isEmpty && checkedLinks.isEmpty
        }
    }

    // MARK: - Rendering

    /// The rendering of the text.
    mutating func render() -> RenderedMarkdown {
        guard var document = MarkdownDocument.parse(markdown, options: options) else {
            return RenderedMarkdown(html: "", firstParagraph: "")
        }
        mayHaveFootnotes = Self.contains(markdown.utf8, "[^")
        let mayHaveTables =
            markdown.utf8.contains(UInt8(ascii: "|")) || Self.contains(markdown.utf8, ":-") || Self.contains(markdown.utf8, "-:")
        if mayHaveFootnotes || mayHaveTables {
            body = markdown.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map(Array.init)
        }
        if mayHaveFootnotes, readFootnoteDefinitions(document) {
            document.free()
            guard let reparsed = parse() else { return RenderedMarkdown(html: "", firstParagraph: "") }
            document = reparsed
        }
        if mayHaveTables, planTables(document) {
            document.free()
            guard let reparsed = parse() else { return RenderedMarkdown(html: "", firstParagraph: "") }
            document = reparsed
            buildTables(document)
        }
        defer { document.free() }
        detachFootnoteDefinitions(document)
        let noteIDs = numberFootnotes(document)
        var titles: [String] = []
        var firstParagraph = ""
        let problems = inspect(document, figures: true) { headings, first in
            (titles, firstParagraph) = headingsAndFirstParagraph(headings, first)
        }
        let html = HeadingAnchors.add(titles, to: document.html(options), reserved: noteIDs)

        // Columns count characters; the lines are only split when there is a problem to report.
        let lines = problems.isEmpty ? [] : markdown.split(separator: "\n", omittingEmptySubsequences: false)
        let column = { (line: Int, byte: Int) in MarkdownRenderer.column(byte: byte, line: line, in: lines) }
        return RenderedMarkdown(
            html: html, firstParagraph: firstParagraph,
            unresolvedLinks: problems.unresolvedLinks.map { ($0.destination, $0.line, column($0.line, $0.column)) },
            unpublishedLinks: problems.unpublishedLinks.map { ($0.line, column($0.line, $0.column)) },
            droppedHTML: problems.droppedHTML.map { ($0.line, column($0.line, $0.column)) },
            imagesWithoutDescription: problems.imagesWithoutDescription.map { ($0.line, column($0.line, $0.column)) },
            undefinedFootnotes: problems.undefinedFootnotes.map { ($0.label, $0.line, column($0.line, $0.column)) },
            checkedLinks: problems.checkedLinks.map { ($0.written, $0.address, $0.line, column($0.line, $0.column)) })
    }

    /// The rendering of the text as one line of inline Markdown (`MarkdownRenderer.renderInline`).
    mutating func renderInline() -> InlineMarkdown {
        let line = markdown.replacingOccurrences(of: "\r\n", with: " ").replacingOccurrences(of: "\n", with: " ")
            .replacingOccurrences(of: "\r", with: " ").trimmed
        guard let document = MarkdownDocument.parse("\u{A0}" + line, options: options) else {
            return InlineMarkdown(html: HTMLEscaping.escape(line), text: line)
        }
        defer { document.free() }
        guard let paragraph = document.firstChild, paragraph.kind == .paragraph else {
            return InlineMarkdown(html: "", text: "")
        }
        Self.dropLeadingNoBreakSpace(paragraph)
        _ = inspect(paragraph, figures: false) { _, _ in }
        let text = MarkdownRenderer.plainText(of: paragraph)
        let content = MarkdownNode.customInline(enter: "")
        content.adoptChildren(of: paragraph)
        paragraph.append(content)
        return InlineMarkdown(html: content.html(options), text: text)
    }

    /// The parse of the prefix and the body.
    mutating func parse() -> MarkdownNode? {
        positions.prefixCount = prefix.count
        var text: [UInt8] = []
        text.reserveCapacity(markdown.utf8.count + prefix.reduce(0) { $0 + $1.count + 1 })
        for line in prefix {
            text += line
            text.append(UInt8(ascii: "\n"))
        }
        for (index, line) in body.enumerated() {
            if index > 0 { text.append(UInt8(ascii: "\n")) }
            text += line
        }
        return MarkdownDocument.parse(String(decoding: text, as: UTF8.self), options: options)
    }

    /// The bytes of line `line` of the parsed text.
    func parsedLine(_ line: Int) -> [UInt8]? {
        if line >= 1, line <= positions.prefixCount { return line <= prefix.count ? prefix[line - 1] : nil }
        let index = line - positions.prefixCount - 1
        return body.indices.contains(index) ? body[index] : nil
    }

    // MARK: - Headings, links, images, raw HTML

    /// Moves `headings` down a level when one is a `#` heading; their titles, and the text of
    /// `firstParagraph`, as plain text.
    func headingsAndFirstParagraph(_ headings: [MarkdownNode], _ firstParagraph: MarkdownNode?) -> (
        titles: [String], firstParagraph: String
    ) {
        let hasTopLevelHeading = headings.contains { $0.headingLevel == 1 }
        var titles: [String] = []
        for heading in headings {
            if hasTopLevelHeading { heading.headingLevel = min(6, heading.headingLevel + 1) }
            titles.append(MarkdownRenderer.plainText(of: heading))
        }
        return (titles, firstParagraph.map(MarkdownRenderer.plainText) ?? "")
    }

    /// Whether `paragraph` will be a figure: it holds only an image, with a title, that is shown.
    func isFigure(_ paragraph: MarkdownNode) -> Bool {
        guard let image = paragraph.firstChild, image == paragraph.lastChild, image.kind == .image, !image.title.isEmpty
        else { return false }
        return renderer.rewriteLink(image.url ?? "") != .unpublished
    }

    /// Rewrites the links and images in `root` (making images `<img>`s, and figures when `figures`),
    /// and finds what is wrong in it, at the positions of the text as written. `headings` is given the
    /// headings and the first paragraph at the top (not a figure) before any image is replaced.
    func inspect(
        _ root: MarkdownNode, figures: Bool, headings: (_ headings: [MarkdownNode], _ firstParagraph: MarkdownNode?) -> Void
    ) -> Problems {
        var problems = Problems()
        var targets: [MarkdownNode] = []
        var headingNodes: [MarkdownNode] = []
        var firstParagraph: MarkdownNode?
        let allowsHTML = options.contains(.allowRawHTML)
        for node in root.descendants {
            switch node.kind {
            case .link, .image:
                targets.append(node)
            case .heading:
                headingNodes.append(node)
            case .paragraph:
                if firstParagraph == nil, node.parent == root, !isFigure(node) { firstParagraph = node }
            case .htmlBlock, .htmlInline:
                if !allowsHTML, let position = position(node.startLine, node.startColumn),
                    problems.droppedHTML.map({ (position.line, position.column) < ($0.line, $0.column) }) ?? true
                {
                    problems.droppedHTML = position
                }
            case .text where mayHaveFootnotes:
                problems.undefinedFootnotes += undefinedReferences(in: node)
            default:
                continue
            }
        }
        headings(headingNodes, firstParagraph)
        var lines: ParsedLines?
        // Last first: what is inside a link or image is done before it is replaced.
        for node in targets.reversed() {
            let url = node.url ?? ""
            let rewritten = renderer.rewriteLink(url)
            let at = position(node.startLine, inlineColumn(of: node, lines: &lines))
            var source = url
            switch rewritten {
            case .url(let page):
                source = page
                node.url = page
            case .missing:
                if let at { problems.unresolvedLinks.append((url, at.line, at.column)) }
            case .unpublished:
                // Replaced by its text (an image by its description).
                if let at { problems.unpublishedLinks.append(at) }
                while let child = node.firstChild {
                    child.unlink()
                    node.insert(before: child)
                }
                node.unlink()
                node.free()
                continue
            case nil:
                break
            }
            if let at, source.contains("#") || (source.hasPrefix("/") && !source.hasPrefix("//")) {
                switch rewritten {
                case .url, nil: problems.checkedLinks.append((url, source, at.line, at.column))
                case .missing, .unpublished: break
                }
            }
            guard node.kind == .image, !Self.isInImage(node) else { continue }
            let description = Self.description(of: node)
            if description.trimmed.isEmpty, let at { problems.imagesWithoutDescription.append(at) }
            let title = node.title
            let parent = node.parent
            let isFigure =
                figures && !title.isEmpty && parent?.kind == .paragraph && parent?.firstChild == node && parent?.lastChild == node
            let image = imageTag(
                source: source, description: description, title: isFigure ? "" : title, size: renderer.imageSize(url))
            if isFigure, let parent {
                parent.replace(
                    by: .customBlock(enter: "<figure>\(image)<figcaption>\(HTMLEscaping.escape(title))</figcaption></figure>"))
            } else {
                node.replace(by: .customInline(enter: image))
            }
        }
        problems.unresolvedLinks.sort { ($0.line, $0.column) < ($1.line, $1.column) }
        problems.unpublishedLinks.sort { ($0.line, $0.column) < ($1.line, $1.column) }
        problems.imagesWithoutDescription.sort { ($0.line, $0.column) < ($1.line, $1.column) }
        problems.undefinedFootnotes.sort { ($0.line, $0.column) < ($1.line, $1.column) }
        problems.checkedLinks.sort { ($0.line, $0.column) < ($1.line, $1.column) }
        return problems
    }

    /// The `<img>` of an image.
    func imageTag(source: String, description: String, title: String, size: ImageSize?) -> String {
        let unsafe = !options.contains(.allowRawHTML) && MarkdownHTML.isUnsafe(source)
        var tag = "<img src=\"\(unsafe ? "" : MarkdownHTML.attributeURL(source))\" alt=\"\(HTMLEscaping.escape(description))\""
        if !title.isEmpty { tag += " title=\"\(HTMLEscaping.escape(title))\"" }
        if let size { tag += " width=\"\(size.width)\" height=\"\(size.height)\"" }
        return tag + " loading=\"lazy\" decoding=\"async\">"
    }

    /// An image's description, as cmark writes it in `alt`: the text of what is in the brackets.
    static func description(of image: MarkdownNode) -> String {
        var text = ""
        for node in image.descendants {
            switch node.kind {
            case .text, .code, .htmlInline: text += node.literal ?? ""
            case .softBreak, .lineBreak: text += " "
            default: continue
            }
        }
        return text
    }

    /// The references `[^label]` left as text in `node` whose labels have no definition.
    func undefinedReferences(in node: MarkdownNode) -> [(label: String, line: Int, column: Int)] {
        guard let literal = node.literal, Self.contains(literal.utf8, "[^"), node.startLine == node.endLine,
            let line = parsedLine(node.startLine), node.startColumn >= 1, node.startColumn <= line.count
        else { return [] }
        let span = line[(node.startColumn - 1)..<min(line.count, max(node.startColumn, node.endColumn))]
        return FootnoteSyntax.references(in: span).compactMap { reference in
            guard footnoteKeys[FootnoteSyntax.key(reference.label)] == nil, literal.contains("[^\(reference.label)]"),
                let at = position(node.startLine, reference.index + 1)
            else { return nil }
            return (reference.label, at.line, at.column)
        }
    }

    /// Where a line and byte column of the parsed text are in the text as written.
    func position(_ line: Int, _ column: Int) -> (line: Int, column: Int)? {
        positions.original(line: line, column: column)
    }

    static func isInImage(_ node: MarkdownNode) -> Bool {
        var ancestor = node.parent
        while let container = ancestor {
            if container.kind == .image { return true }
            ancestor = container.parent
        }
        return false
    }

    /// Whether `text` has the two bytes of `pair` one after the other.
    static func contains(_ text: String.UTF8View, _ pair: StaticString) -> Bool {
        let first = pair.utf8Start[0]
        let second = pair.utf8Start[1]
        var previous: UInt8 = 0
        for byte in text {
            if previous == first, byte == second { return true }
            previous = byte
        }
        return false
    }
}
