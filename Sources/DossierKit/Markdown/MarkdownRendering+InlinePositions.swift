extension MarkdownRendering {
    /// The lines of the parsed text, found once for the first inline node that needs them.
    struct ParsedLines {
        /// Where each line starts, in the parsed text's bytes (when it is `markdown` itself).
        private var starts: [Int] = []
        private var bytes: [UInt8] = []

        /// The lines of `markdown`, indexed.
        init(_ markdown: String) {
            bytes = Array(markdown.utf8)
            starts = [0]
            for (index, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") { starts.append(index + 1) }
        }

        /// The bytes of the 1-based line `line`.
        subscript(line: Int) -> ArraySlice<UInt8>? {
            guard line >= 1, line <= starts.count else { return nil }
            let end = line < starts.count ? starts[line] - 1 : bytes.count
            return bytes[starts[line - 1]..<end]
        }
    }

    /// The byte column, in the parsed text, where the inline node `node` (a link, an image) starts.
    ///
    /// cmark places an inline on a paragraph's (or heading's) later lines as if that line began where
    /// the block's first line does: the line's own indentation is left out (`  more [x](x.md)` is two
    /// columns off) and a lazy line of a list item or a quote (`> quote` then `lazy [x](x.md)`) is
    /// shifted by the container's indentation. The column is worked out again from the line itself:
    /// where its text starts after spaces, tabs and quote markers, and how far into that text the
    /// node is. `lines` holds the parsed text's lines once a node needs them.
    func inlineColumn(of node: MarkdownNode, lines: inout ParsedLines?) -> Int {
        var block = node.parent
        while let container = block, container.kind != .paragraph, container.kind != .heading {
            block = container.parent
        }
        guard let block, block.startLine >= 1, node.startLine > block.startLine, block.startColumn >= 1 else {
            return node.startColumn
        }
        let line: ArraySlice<UInt8>?
        if let parsed = parsedLine(node.startLine) {
            line = parsed[...]
        } else {
            if lines == nil { lines = ParsedLines(markdown) }
            line = lines?[node.startLine]
        }
        guard let line else { return node.startColumn }
        let indentation = line.prefix { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: ">") }
        let column = node.startColumn - block.startColumn + 1 + indentation.count
        return column >= 1 && column <= line.count ? column : node.startColumn
    }
}
