import Foundation

/// GFM footnotes in one rendering: definitions read from the lines and given to cmark as list
/// items, references numbered in order of first use, the notes listed at the end of the text.
extension MarkdownRendering {

    /// Finds the footnote definitions and rewrites their first lines (see `MarkdownRendering`); false
    /// when there is none.
    mutating func readFootnoteDefinitions(_ document: MarkdownNode) -> Bool {
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
    func isBlank(_ line: Int) -> Bool {
        body.indices.contains(line - 1) && body[line - 1].allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
    }

    /// The list marker a definition's first line gets: four columns wide, as a definition's text is
    /// indented (`10.` when the line has no text: an item that starts with a blank line is indented
    /// one more than its marker), and unlike the markers of the lists just before and after it, so
    /// that the item does not join them.
    func listMarker(at line: Int, isEmpty: Bool, _ topLevel: [MarkdownNode]) -> String {
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
    mutating func detachFootnoteDefinitions(_ document: MarkdownNode) {
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

    /// Numbers the footnotes in the order of their first references (in the text, then in the notes
    /// themselves), replaces the references by their marks, and adds the section of the notes that have
    /// a number; the `id`s of the notes.
    mutating func numberFootnotes(_ document: MarkdownNode) -> Set<String> {
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

    func noteID(_ footnote: Footnote) -> String {
        renderer.footnoteIDPrefix + "fn-" + footnote.label
    }

    /// Replaces the references in `root` (links to a footnote's destination) by their marks.
    mutating func markReferences(in root: MarkdownNode, order: inout [Int], ids: inout Set<String>) {
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
}
