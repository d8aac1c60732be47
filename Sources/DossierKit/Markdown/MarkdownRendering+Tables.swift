import Foundation

/// GFM tables in one rendering: paragraphs whose lines hold a table (`TableSyntax`) become tables
/// whose cells cmark parses on their own.
extension MarkdownRendering {

    /// Finds the tables in the paragraphs of `document` and writes their cells and the paragraphs
    /// around them before the text; false when there is none.
    mutating func planTables(_ document: MarkdownNode) -> Bool {
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
    static func isSetextUnderline(_ line: ArraySlice<UInt8>) -> Bool {
        guard let first = line.first, first == UInt8(ascii: "=") || first == UInt8(ascii: "-") else { return false }
        let marks = line.prefix { $0 == first }
        return line.dropFirst(marks.count).allSatisfy { $0 == 0x20 || $0 == 0x09 }
    }

    /// A paragraph's (or setext heading's text's) lines, as table rows read them: from the body, after
    /// the markers of the block quotes it is in and leading white space.
    func contentLines(of node: MarkdownNode) -> [(line: Int, bytes: ArraySlice<UInt8>)] {
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
    mutating func writeParagraph(_ lines: ArraySlice<(line: Int, bytes: ArraySlice<UInt8>)>) -> ClosedRange<Int> {
        let first = prefix.count + 1
        for (line, bytes) in lines {
            prefix.append(Array(bytes))
            positions.origins[prefix.count] = SourcePositions.Origin(line: line, start: bytes.startIndex)
        }
        defer { prefix.append([]) }
        return first...prefix.count
    }

    /// Writes a cell before the text, as a paragraph; the parsed line it is on (`nil` for an empty cell).
    mutating func writeCell(_ cell: TableSyntax.Cell, line: Int) -> Int? {
        guard !cell.text.isEmpty else { return nil }
        prefix.append(Self.noBreakSpace + cell.text)
        positions.origins[prefix.count] = SourcePositions.Origin(
            line: line, start: cell.offset, skipped: Self.noBreakSpace.count, unescapedPipes: cell.unescapedPipes)
        prefix.append([])
        return prefix.count - 1
    }

    /// Replaces each table's paragraph by the table, made of the cells parsed before the text.
    func buildTables(_ document: MarkdownNode) {
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
    static func take(_ lines: ClosedRange<Int>, from written: inout [Int: MarkdownNode]) -> MarkdownNode? {
        for line in lines {
            if let node = written.removeValue(forKey: line) { return node }
        }
        return nil
    }

    /// Takes the no-break space a cell's (or summary's) text was written after off its first text node.
    static func dropLeadingNoBreakSpace(_ node: MarkdownNode) {
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
}
