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
    private let renderer: MarkdownRenderer
    private let markdown: String
    /// The text's lines as cmark reads them: as written, but for the first line of each footnote definition.
    private var body: [[UInt8]]
    /// Lines cmark reads before the body's (see above).
    private var prefix: [[UInt8]] = []
    private var positions = SourcePositions()
    private var footnotes: [Footnote] = []
    /// The footnote of each label's key.
    private var footnoteKeys: [String: Int] = [:]
    /// The footnote whose definition starts on each body line; `nil` for a label defined before.
    private var definitionLines: [Int: Int?] = [:]
    private var tables: [TablePlan] = []
    /// Body lines of definitions with no text whose items start with a no-break space (see
    /// `readFootnoteDefinitions`).
    private var placeholderLines: Set<Int> = []
    /// Whether the text has `[^` (else it has no footnotes, and no reference to one).
    private var mayHaveFootnotes = false

    /// The destination of the link reference definition of the n-th footnote's label.
    private static let footnoteScheme = "dossier-footnote:"
    /// Starts a cell's line, so that it is always a paragraph (cmark reads it as white space).
    private static let noBreakSpace: [UInt8] = [0xC2, 0xA0]

    private var options: MarkdownOptions { renderer.options }

    init(renderer: MarkdownRenderer, markdown: String) {
        self.renderer = renderer
        self.markdown = markdown
        body = []
    }

    /// A footnote: its label as first defined, and what rendering learns about it.
    private struct Footnote {
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
    private struct TablePlan {
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
    private struct Problems {
        var unresolvedLinks: [(destination: String, line: Int, column: Int)] = []
        var unpublishedLinks: [(line: Int, column: Int)] = []
        var droppedHTML: (line: Int, column: Int)?
        var imagesWithoutDescription: [(line: Int, column: Int)] = []
        var undefinedFootnotes: [(label: String, line: Int, column: Int)] = []

        var isEmpty: Bool {
            unresolvedLinks.isEmpty && unpublishedLinks.isEmpty && droppedHTML == nil && imagesWithoutDescription.isEmpty
                && undefinedFootnotes.isEmpty
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
            undefinedFootnotes: problems.undefinedFootnotes.map { ($0.label, $0.line, column($0.line, $0.column)) })
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
    private mutating func parse() -> MarkdownNode? {
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
    private func parsedLine(_ line: Int) -> [UInt8]? {
        if line >= 1, line <= positions.prefixCount { return line <= prefix.count ? prefix[line - 1] : nil }
        let index = line - positions.prefixCount - 1
        return body.indices.contains(index) ? body[index] : nil
    }

    // MARK: - Footnote definitions

    /// Finds the footnote definitions and rewrites their first lines (see above); false when there is none.
    private mutating func readFootnoteDefinitions(_ document: MarkdownNode) -> Bool {
        var found: [(line: Int, definition: FootnoteSyntax.Definition)] = []
        for (index, line) in body.enumerated() {
            if let definition = FootnoteSyntax.definition(in: line) { found.append((index + 1, definition)) }
        }
        guard !found.isEmpty else { return false }
        // Lines of code and raw HTML are kept as they are.
        let literal = document.descendants.filter { $0.kind == .codeBlock || $0.kind == .htmlBlock }
            .map { $0.startLine...$0.endLine }
        let topLevel = document.children
        for (line, definition) in found where !literal.contains(where: { $0.contains(line) }) {
            // An empty item can neither end a paragraph nor be followed by a blank line: the definition
            // then starts with a no-break space (taken out again).
            let placeholder = definition.isEmpty && (line > 1 && !isBlank(line - 1) || isBlank(line + 1))
            let marker = listMarker(at: line, isEmpty: definition.isEmpty && !placeholder, topLevel)
            var text = definition.isEmpty ? [] : Array(body[line - 1][definition.textStart...])
            if placeholder {
                placeholderLines.insert(line)
                text = Self.noBreakSpace
            }
            body[line - 1] = Array(marker.utf8) + text
            positions.rewritten[line] = (from: marker.utf8.count + 1, by: definition.textStart - marker.utf8.count)
            let key = FootnoteSyntax.key(definition.label)
            if footnoteKeys[key] == nil {
                footnoteKeys[key] = footnotes.count
                definitionLines[line] = footnotes.count
                footnotes.append(Footnote(label: definition.label))
            } else {
                definitionLines[line] = .some(nil)
            }
        }
        guard !definitionLines.isEmpty else { return false }
        for (index, footnote) in footnotes.enumerated() {
            prefix.append(Array("[^\(footnote.label)]: <\(Self.footnoteScheme)\(index)>".utf8))
        }
        prefix.append([])
        return true
    }

    /// Whether body line `line` is blank (a line after the last is not).
    private func isBlank(_ line: Int) -> Bool {
        body.indices.contains(line - 1) && body[line - 1].allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
    }

    /// The list marker a definition's first line gets: four columns wide, as a definition's text is
    /// indented (`10.` when the line has no text: an item that starts with a blank line is indented
    /// one more than its marker), and unlike the markers of the lists just before and after it, so
    /// that the item does not join them.
    private func listMarker(at line: Int, isEmpty: Bool, _ topLevel: [MarkdownNode]) -> String {
        var taken: Set<UInt8> = []
        let before = topLevel.last { $0.startLine > 0 && $0.endLine < line }
        let after = topLevel.first { $0.startLine > line }
        for case let list? in [before, after] where list.kind == .list {
            if list.isOrderedList {
                taken.insert(list.listDelimiter == ")" ? UInt8(ascii: ")") : UInt8(ascii: "."))
            } else if body.indices.contains(list.startLine - 1), body[list.startLine - 1].indices.contains(list.startColumn - 1) {
                taken.insert(body[list.startLine - 1][list.startColumn - 1])
            }
        }
        let markers = isEmpty ? ["10.", "10)"] : ["1.  ", "1)  ", "-   ", "+   ", "*   "]
        return markers.first { marker in !taken.contains(marker.utf8.first { !(0x30...0x39).contains($0) }!) } ?? markers[0]
    }

    /// Takes the definitions' list items out of the tree (a list left empty goes too).
    private mutating func detachFootnoteDefinitions(_ document: MarkdownNode) {
        guard !definitionLines.isEmpty else { return }
        let items = document.descendants.filter { node in
            node.kind == .item && node.startColumn == 1 && definitionLines[node.startLine - positions.prefixCount] != nil
        }
        for item in items {
            let list = item.parent
            item.unlink()
            if let index = definitionLines[item.startLine - positions.prefixCount] ?? nil, footnotes[index].item == nil {
                footnotes[index].item = item
                if placeholderLines.contains(item.startLine - positions.prefixCount), let paragraph = item.firstChild,
                    paragraph.kind == .paragraph
                {
                    Self.dropLeadingNoBreakSpace(paragraph)
                    if let lineBreak = paragraph.firstChild, lineBreak.kind == .softBreak {
                        lineBreak.unlink()
                        lineBreak.free()
                    }
                    if paragraph.firstChild == nil {
                        paragraph.unlink()
                        paragraph.free()
                    }
                }
            } else {
                item.free()
            }
            if let list, list.firstChild == nil {
                list.unlink()
                list.free()
            }
        }
    }

    // MARK: - Footnote references

    /// Numbers the footnotes in the order of their first references (in the text, then in the notes
    /// themselves), replaces the references by their marks, and adds the section of the notes that have
    /// a number; the `id`s of the notes.
    private mutating func numberFootnotes(_ document: MarkdownNode) -> Set<String> {
        guard !footnotes.isEmpty else { return [] }
        var order: [Int] = []
        var ids: Set<String> = []
        markReferences(in: document, order: &order, ids: &ids)
        var next = 0
        while next < order.count {
            if let item = footnotes[order[next]].item { markReferences(in: item, order: &order, ids: &ids) }
            next += 1
        }
        if !order.isEmpty {
            let section = MarkdownNode.customBlock(enter: "<section class=\"footnotes\">\n<ol>", exit: "</ol>\n</section>")
            for index in order {
                let footnote = footnotes[index]
                let id = noteID(footnote)
                ids.insert(id)
                let note = MarkdownNode.customBlock(enter: "<li id=\"\(HTMLEscaping.escape(id))\">", exit: "</li>")
                if let item = footnote.item { note.adoptChildren(of: item) }
                let backlinks = footnote.referenceIDs.enumerated().map { number, id in
                    let mark = number == 0 ? "" : "<sup class=\"footnote-ref\">\(number + 1)</sup>"
                    return "<a href=\"#\(MarkdownHTML.attributeURL(id))\" class=\"footnote-backref\">↩\(mark)</a>"
                }.joined(separator: " ")
                if let last = note.lastChild, last.kind == .paragraph {
                    last.append(.customInline(enter: " " + backlinks))
                } else {
                    note.append(.customBlock(enter: backlinks))
                }
                section.append(note)
            }
            document.append(section)
        }
        for footnote in footnotes { footnote.item?.free() }
        return ids
    }

    private func noteID(_ footnote: Footnote) -> String {
        renderer.footnoteIDPrefix + "fn-" + footnote.label
    }

    /// Replaces the references in `root` (links to a footnote's destination) by their marks.
    private mutating func markReferences(in root: MarkdownNode, order: inout [Int], ids: inout Set<String>) {
        let references = root.descendants.filter { node in
            (node.kind == .link || node.kind == .image) && node.url?.hasPrefix(Self.footnoteScheme) == true
                && !Self.isInImage(node)
        }
        for node in references {
            guard let index = node.url.flatMap({ Int($0.dropFirst(Self.footnoteScheme.count)) }),
                footnotes.indices.contains(index)
            else { continue }
            let label = footnotes[index].label
            // `[text][^note]` is no reference in GFM: it stays text.
            if node.kind == .link, node.firstChild?.kind != .text || node.firstChild?.literal?.hasPrefix("^") != true {
                node.insert(before: .text("["))
                while let child = node.firstChild {
                    child.unlink()
                    node.insert(before: child)
                }
                node.replace(by: .text("][^\(label)]"))
                continue
            }
            if footnotes[index].number == nil {
                order.append(index)
                footnotes[index].number = order.count
            }
            let base = renderer.footnoteIDPrefix + "fnref-" + label
            var id = footnotes[index].referenceIDs.isEmpty ? base : "\(base)-\(footnotes[index].referenceIDs.count + 1)"
            while ids.contains(id) { id += "-\(footnotes[index].referenceIDs.count + 1)" }
            ids.insert(id)
            footnotes[index].referenceIDs.append(id)
            let mark =
                "<sup class=\"footnote-ref\"><a href=\"#\(MarkdownHTML.attributeURL(noteID(footnotes[index])))\" id=\"\(HTMLEscaping.escape(id))\">\(footnotes[index].number!)</a></sup>"
            // `text![^note]` is the text's `!` and a reference.
            if node.kind == .image { node.insert(before: .text("!")) }
            node.replace(by: .customInline(enter: mark))
        }
    }

    // MARK: - Tables

    /// Finds the tables in the paragraphs of `document` and writes their cells and the paragraphs
    /// around them before the text; false when there is none.
    private mutating func planTables(_ document: MarkdownNode) -> Bool {
        for node in document.descendants where node.startLine > positions.prefixCount {
            let isHeading = node.kind == .heading
            guard node.kind == .paragraph || isHeading && node.endLine - node.startLine >= 2 else { continue }
            var lines = contentLines(of: node)
            var underline: (line: Int, bytes: ArraySlice<UInt8>)?
            if isHeading {
                // cmark's end of a setext heading may be the line after its underline.
                guard let index = lines.indices.dropFirst().first(where: { Self.isSetextUnderline(lines[$0].bytes) }) else {
                    continue
                }
                underline = lines[index]
                lines.removeSubrange(index...)
            }
            guard lines.count >= 2, var table = TableSyntax.table(in: lines.map { $0.bytes }) else { continue }
            var plan = TablePlan(
                line: node.startLine - positions.prefixCount, column: node.startColumn, isHeading: isHeading, lines: lines,
                table: table)
            if let underline {
                if underline.bytes.first == UInt8(ascii: "=") {
                    plan.lines.append(underline)
                    if table.end == nil {
                        table.rows.append(TableSyntax.cells(of: underline.bytes) ?? [])
                        plan.table = table
                    }
                } else {
                    plan.breakAfter = true
                }
            }
            tables.append(plan)
        }
        guard !tables.isEmpty else { return false }
        for index in tables.indices {
            let plan = tables[index]
            let table = plan.table
            if table.headerLine > 0 { tables[index].paragraphBefore = writeParagraph(plan.lines[0..<table.headerLine]) }
            let headerLine = plan.lines[table.headerLine].line
            let rowLines = [headerLine] + (0..<table.rows.count).map { plan.lines[table.headerLine + 2 + $0].line }
            tables[index].cells = zip([table.header] + table.rows, rowLines).map { cells, line in
                cells.prefix(table.columns).map { writeCell($0, line: line) }
            }
            if let end = table.end { tables[index].paragraphAfter = writeParagraph(plan.lines[end...]) }
        }
        return true
    }

    /// Whether `line` (without leading white space) is a setext heading's underline: `=`s or `-`s.
    private static func isSetextUnderline(_ line: ArraySlice<UInt8>) -> Bool {
        guard let first = line.first, first == UInt8(ascii: "=") || first == UInt8(ascii: "-") else { return false }
        let marks = line.prefix { $0 == first }
        return line.dropFirst(marks.count).allSatisfy { $0 == 0x20 || $0 == 0x09 }
    }

    /// A paragraph's (or setext heading's text's) lines, as table rows read them: from the body, after
    /// the markers of the block quotes it is in and leading white space.
    private func contentLines(of node: MarkdownNode) -> [(line: Int, bytes: ArraySlice<UInt8>)] {
        var quotes = 0
        var ancestor = node.parent
        while let container = ancestor {
            if container.kind == .blockQuote { quotes += 1 }
            ancestor = container.parent
        }
        var lines: [(line: Int, bytes: ArraySlice<UInt8>)] = []
        for parsedLine in node.startLine...max(node.startLine, node.endLine) {
            let line = parsedLine - positions.prefixCount
            guard body.indices.contains(line - 1) else { return [] }
            let bytes = body[line - 1]
            var start = parsedLine == node.startLine ? min(bytes.count, max(0, node.startColumn - 1)) : 0
            if parsedLine != node.startLine {
                for _ in 0..<quotes {
                    var cursor = start
                    while cursor < bytes.count, bytes[cursor] == 0x20 || bytes[cursor] == 0x09 { cursor += 1 }
                    guard cursor < bytes.count, bytes[cursor] == UInt8(ascii: ">") else { break }
                    start = cursor + 1
                    if start < bytes.count, bytes[start] == 0x20 { start += 1 }
                }
            }
            while start < bytes.count, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
            var end = bytes.count
            if end > start, bytes[end - 1] == 0x0D { end -= 1 }
            lines.append((line, bytes[start..<end]))
        }
        return lines
    }

    /// Writes `lines` before the text, as a paragraph; the parsed lines it is on.
    private mutating func writeParagraph(_ lines: ArraySlice<(line: Int, bytes: ArraySlice<UInt8>)>) -> ClosedRange<Int> {
        let first = prefix.count + 1
        for (line, bytes) in lines {
            prefix.append(Array(bytes))
            positions.origins[prefix.count] = SourcePositions.Origin(line: line, start: bytes.startIndex)
        }
        defer { prefix.append([]) }
        return first...prefix.count
    }

    /// Writes a cell before the text, as a paragraph; the parsed line it is on (`nil` for an empty cell).
    private mutating func writeCell(_ cell: TableSyntax.Cell, line: Int) -> Int? {
        guard !cell.text.isEmpty else { return nil }
        prefix.append(Self.noBreakSpace + cell.text)
        positions.origins[prefix.count] = SourcePositions.Origin(
            line: line, start: cell.offset, skipped: Self.noBreakSpace.count, unescapedPipes: cell.unescapedPipes)
        prefix.append([])
        return prefix.count - 1
    }

    /// Replaces each table's paragraph by the table, made of the cells parsed before the text.
    private func buildTables(_ document: MarkdownNode) {
        var written: [Int: MarkdownNode] = [:]
        var blocks: [Int: MarkdownNode] = [:]
        for node in document.children where node.startLine >= 1 && node.startLine <= positions.prefixCount {
            written[node.startLine] = node
        }
        for node in document.descendants where node.kind == .paragraph || node.kind == .heading {
            let line = node.startLine - positions.prefixCount
            if line >= 1 { blocks[line] = node }
        }
        for plan in tables {
            guard let node = blocks[plan.line], node.startColumn == plan.column, (node.kind == .heading) == plan.isHeading
            else { continue }
            let table = MarkdownNode.customBlock(enter: "<table>", exit: "</table>")
            for (index, row) in plan.cells.enumerated() {
                let isHeader = index == 0
                let tag = isHeader ? "th" : "td"
                let element = MarkdownNode.customBlock(enter: "<tr>", exit: "</tr>")
                for column in 0..<plan.table.columns {
                    let cell = MarkdownNode.customInline(
                        enter: "<\(tag)\(plan.table.alignments[column].attribute)>", exit: "</\(tag)>\n")
                    if column < row.count, let line = row[column], let paragraph = written[line] {
                        cell.adoptChildren(of: paragraph)
                        Self.dropLeadingNoBreakSpace(cell)
                    }
                    element.append(cell)
                }
                if isHeader {
                    let head = MarkdownNode.customBlock(enter: "<thead>", exit: "</thead>")
                    head.append(element)
                    table.append(head)
                } else {
                    if index == 1 { table.append(.customBlock(enter: "<tbody>", exit: "</tbody>")) }
                    table.lastChild?.append(element)
                }
            }
            node.insert(before: table)
            if let lines = plan.paragraphBefore, let paragraph = Self.take(lines, from: &written) {
                paragraph.unlink()
                table.insert(before: paragraph)
            }
            var last = table
            if plan.breakAfter {
                last = .thematicBreak()
                table.insert(after: last)
            }
            if let lines = plan.paragraphAfter, let paragraph = Self.take(lines, from: &written) {
                paragraph.unlink()
                last.insert(after: paragraph)
            }
            node.unlink()
            node.free()
        }
        for node in written.values {
            node.unlink()
            node.free()
        }
    }

    /// The block written on `lines` before the text (a paragraph that starts with link reference
    /// definitions may start after its first line), taken out of `written`.
    private static func take(_ lines: ClosedRange<Int>, from written: inout [Int: MarkdownNode]) -> MarkdownNode? {
        for line in lines {
            if let node = written.removeValue(forKey: line) { return node }
        }
        return nil
    }

    /// Takes the no-break space a cell's (or summary's) text was written after off its first text node.
    private static func dropLeadingNoBreakSpace(_ node: MarkdownNode) {
        guard let first = node.firstChild, first.kind == .text, let literal = first.literal,
            literal.unicodeScalars.first == "\u{A0}"
        else { return }
        let rest = String(literal.unicodeScalars.dropFirst())
        if rest.isEmpty {
            first.unlink()
            first.free()
        } else {
            first.literal = rest
        }
    }

    // MARK: - Headings, links, images, raw HTML

    /// Moves `headings` down a level when one is a `#` heading; their titles, and the text of
    /// `firstParagraph`, as plain text.
    private func headingsAndFirstParagraph(_ headings: [MarkdownNode], _ firstParagraph: MarkdownNode?) -> (
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
    private func isFigure(_ paragraph: MarkdownNode) -> Bool {
        guard let image = paragraph.firstChild, image == paragraph.lastChild, image.kind == .image, !image.title.isEmpty
        else { return false }
        return renderer.rewriteLink(image.url ?? "") != .unpublished
    }

    /// Rewrites the links and images in `root` (making images `<img>`s, and figures when `figures`),
    /// and finds what is wrong in it, at the positions of the text as written. `headings` is given the
    /// headings and the first paragraph at the top (not a figure) before any image is replaced.
    private func inspect(
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
        // Last first: what is inside a link or image is done before it is replaced.
        for node in targets.reversed() {
            let url = node.url ?? ""
            let rewritten = renderer.rewriteLink(url)
            let at = position(node.startLine, node.startColumn)
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
        return problems
    }

    /// The `<img>` of an image.
    private func imageTag(source: String, description: String, title: String, size: ImageSize?) -> String {
        let unsafe = !options.contains(.allowRawHTML) && MarkdownHTML.isUnsafe(source)
        var tag = "<img src=\"\(unsafe ? "" : MarkdownHTML.attributeURL(source))\" alt=\"\(HTMLEscaping.escape(description))\""
        if !title.isEmpty { tag += " title=\"\(HTMLEscaping.escape(title))\"" }
        if let size { tag += " width=\"\(size.width)\" height=\"\(size.height)\"" }
        return tag + " loading=\"lazy\" decoding=\"async\">"
    }

    /// An image's description, as cmark writes it in `alt`: the text of what is in the brackets.
    private static func description(of image: MarkdownNode) -> String {
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
    private func undefinedReferences(in node: MarkdownNode) -> [(label: String, line: Int, column: Int)] {
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
    private func position(_ line: Int, _ column: Int) -> (line: Int, column: Int)? {
        positions.original(line: line, column: column)
    }

    private static func isInImage(_ node: MarkdownNode) -> Bool {
        var ancestor = node.parent
        while let container = ancestor {
            if container.kind == .image { return true }
            ancestor = container.parent
        }
        return false
    }

    /// Whether `text` has the two bytes of `pair` one after the other.
    private static func contains(_ text: String.UTF8View, _ pair: StaticString) -> Bool {
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

/// Where the lines of a parsed text come from: the lines written before the body (`origins`, `nil`
/// for the footnotes' link reference definitions) and the body's lines, some rewritten.
struct SourcePositions {
    /// Where a line written before the body comes from: bytes of a body line from `start`, after
    /// `skipped` bytes of its own, with the backslashes before `unescapedPipes` (indices of the
    /// written text) taken out.
    struct Origin {
        var line: Int
        var start: Int
        var skipped = 0
        var unescapedPipes: [Int] = []
    }

    /// How many lines were written before the body.
    var prefixCount = 0
    var origins: [Int: Origin] = [:]
    /// Body lines whose start was rewritten: their byte columns from `from` on are `by` more as written.
    var rewritten: [Int: (from: Int, by: Int)] = [:]

    /// The line and byte column, in the text as written, of a line and byte column of the parsed
    /// text; `nil` for lines of Dossier's own, and for positions cmark does not know.
    func original(line: Int, column: Int) -> (line: Int, column: Int)? {
        guard line >= 1, column >= 1 else { return nil }
        var position = (line: line - prefixCount, column: column)
        if line <= prefixCount {
            guard let origin = origins[line] else { return nil }
            let index = max(0, column - 1 - origin.skipped)
            position = (origin.line, origin.start + index + origin.unescapedPipes.count { $0 <= index } + 1)
        }
        if let shift = rewritten[position.line], position.column >= shift.from { position.column += shift.by }
        return position
    }
}
