/// GFM's pipe tables, read from the lines of a paragraph as cmark-gfm's `table` extension reads them
/// (https://github.github.com/gfm/#tables-extension-): the paragraph's last line before a delimiter
/// row (`| --- | :-: |`) with as many cells is the header row, and every line after the delimiter row
/// is a body row. cmark without extensions gives such a table as one paragraph, which ends where GFM's
/// table ends (at a blank line, or a line that starts another block); `MarkdownRenderer` replaces it.
///
/// Lines are UTF-8 bytes, without their line ending and without leading white space; slices keep the
/// indices of their source line, and so do the cells' offsets.
enum TableSyntax {
    /// How a column is aligned (`:--`, `:-:`, `--:`).
    enum Alignment: Equatable {
        case none, left, center, right

        /// The cell tag's attribute, with its leading space: a style, where cmark-gfm writes the
        /// `align` attribute that HTML5 made obsolete.
        var attribute: String {
            switch self {
            case .none: ""
            case .left: " style=\"text-align: left\""
            case .center: " style=\"text-align: center\""
            case .right: " style=\"text-align: right\""
            }
        }
    }

    /// One cell of a row.
    struct Cell: Equatable {
        /// The cell's Markdown: trimmed, with `\|` made `|` (the pipe is text, even in a code span).
        var text: [UInt8]
        /// Where the text starts in its line (an index of the line's bytes).
        var offset: Int
        /// The indices in `text` of each `|` whose backslash was taken out.
        var unescapedPipes: [Int]

        /// The index in the line of the byte at `index` in `text`.
        func lineIndex(of index: Int) -> Int {
            offset + index + unescapedPipes.count { $0 <= index }
        }
    }

    /// A table found in the lines of a paragraph.
    struct Table: Equatable {
        /// The index of the header row among the lines: the lines before it are a paragraph of their own.
        var headerLine: Int
        var alignments: [Alignment]
        var header: [Cell]
        /// The cells of each body row, as many as the row has (the renderer pads or cuts them to the
        /// header's count).
        var rows: [[Cell]]
        /// The index of the first line after the rows that is not part of the table (only when the
        /// table would be too big, see `autocompletedCellLimit`): it and the lines after it are a paragraph.
        var end: Int?

        var columns: Int { header.count }
    }

    /// cmark-gfm's bound on the empty cells a table is padded with: beyond it, a row is not taken into
    /// the table (short rows under a very wide header would otherwise make a huge page from a small text).
    static let autocompletedCellLimit = 0x80000

    /// The table in a paragraph's `lines`, or `nil` when it holds none. As in cmark-gfm, the first line
    /// (after the first) that looks like a delimiter row decides: when the line before it has another
    /// number of cells, the paragraph is not a table.
    static func table(in lines: [ArraySlice<UInt8>]) -> Table? {
        guard lines.count >= 2 else { return nil }
        for index in 1..<lines.count where isDelimiterRow(lines[index]) {
            guard let header = cells(of: lines[index - 1]), let delimiter = cells(of: lines[index]),
                header.count == delimiter.count
            else { return nil }
            var table = Table(headerLine: index - 1, alignments: delimiter.map(alignment), header: header, rows: [])
            var parsedCells = header.count
            for line in (index + 1)..<lines.count {
                // Rows are never empty here: a blank line ends the paragraph.
                let row = cells(of: lines[line]) ?? []
                if header.count * (table.rows.count + 1) - parsedCells > autocompletedCellLimit {
                    table.end = line
                    break
                }
                parsedCells += min(row.count, header.count)
                table.rows.append(row)
            }
            return table
        }
        return nil
    }

    /// Whether `line` is a delimiter row: cells of `-` with an optional `:` at either end, between
    /// optional pipes (cmark-gfm's `table_start`: `[|]? marker ([|] marker)* [|]? spacechar*`).
    static func isDelimiterRow(_ line: ArraySlice<UInt8>) -> Bool {
        let end = line.endIndex
        var index = line.startIndex
        if index < end, line[index] == UInt8(ascii: "|") { index += 1 }
        var markers = 0
        while true {
            var cursor = index
            while cursor < end, isSpace(line[cursor]) { cursor += 1 }
            if cursor < end, line[cursor] == UInt8(ascii: ":") { cursor += 1 }
            let dashes = cursor
            while cursor < end, line[cursor] == UInt8(ascii: "-") { cursor += 1 }
            guard cursor > dashes else { break }
            if cursor < end, line[cursor] == UInt8(ascii: ":") { cursor += 1 }
            while cursor < end, isSpace(line[cursor]) { cursor += 1 }
            markers += 1
            index = cursor
            guard index < end, line[index] == UInt8(ascii: "|") else { break }
            index += 1
        }
        while index < end, isSpace(line[index]) { index += 1 }
        return markers > 0 && index == end
    }

    /// The cells of a row, or `nil` when it has none (cmark-gfm's `row_from_string`, for one line): an
    /// optional leading pipe, then cells ended by pipes (`\|` does not end one), the last pipe optional.
    static func cells(of line: ArraySlice<UInt8>) -> [Cell]? {
        let end = line.endIndex
        var cells: [Cell] = []
        var offset = line.startIndex + pipeLength(line, at: line.startIndex)
        while offset < end {
            var cellEnd = offset
            while cellEnd < end,
                line[cellEnd] != UInt8(ascii: "|") || (cellEnd > offset && line[cellEnd - 1] == UInt8(ascii: "\\"))
            {
                cellEnd += 1
            }
            let pipe = pipeLength(line, at: cellEnd)
            if cellEnd > offset || pipe > 0 { cells.append(cell(line[offset..<cellEnd])) }
            offset = cellEnd + pipe
            if pipe == 0 { break }
        }
        return cells.isEmpty ? nil : cells
    }

    /// The alignment a delimiter row's cell gives its column.
    static func alignment(of cell: Cell) -> Alignment {
        switch (cell.text.first == UInt8(ascii: ":"), cell.text.last == UInt8(ascii: ":")) {
        case (true, true): .center
        case (true, false): .left
        case (false, true): .right
        case (false, false): .none
        }
    }

    /// The length of a pipe and the spaces after it at `index`; 0 when there is no pipe.
    private static func pipeLength(_ line: ArraySlice<UInt8>, at index: Int) -> Int {
        guard index < line.endIndex, line[index] == UInt8(ascii: "|") else { return 0 }
        var end = index + 1
        while end < line.endIndex, isSpace(line[end]) { end += 1 }
        return end - index
    }

    /// A cell of `bytes`: trimmed, its escaped pipes unescaped.
    private static func cell(_ bytes: ArraySlice<UInt8>) -> Cell {
        var start = bytes.startIndex
        var end = bytes.endIndex
        while start < end, isTrimmed(bytes[start]) { start += 1 }
        while end > start, isTrimmed(bytes[end - 1]) { end -= 1 }
        var text: [UInt8] = []
        text.reserveCapacity(end - start)
        var unescaped: [Int] = []
        var index = start
        while index < end {
            if bytes[index] == UInt8(ascii: "\\"), index + 1 < end, bytes[index + 1] == UInt8(ascii: "|") {
                unescaped.append(text.count)
                index += 1
            }
            text.append(bytes[index])
            index += 1
        }
        return Cell(text: text, offset: start, unescapedPipes: unescaped)
    }

    /// cmark-gfm's `spacechar`: space, tab, vertical tab, form feed.
    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0B || byte == 0x0C
    }

    /// What trimming a cell takes off its ends (cmark's `isspace`).
    private static func isTrimmed(_ byte: UInt8) -> Bool {
        isSpace(byte) || byte == 0x0A || byte == 0x0D
    }
}
