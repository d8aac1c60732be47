/// GFM's footnotes, as far as they are read from the source lines: a definition starts with
/// `[^label]:` at the start of a line (at most three spaces in), and a reference is `[^label]`.
/// `MarkdownRenderer` has cmark parse the rest: a definition's line becomes a list item's first line,
/// which continues on the same lines as a definition does (indented by four spaces, or lazily), and
/// each label becomes a link reference definition, so that cmark finds the references wherever a link
/// could be (not in code, not after a backslash).
enum FootnoteSyntax {
    /// A line that starts a footnote definition.
    struct Definition: Equatable {
        /// The label as written (`1`, `note`).
        var label: String
        /// The index of the byte after `]:` and the spaces after it: the definition's text.
        var textStart: Int
        /// Whether the line holds nothing after `[^label]:` (the text starts on the next lines).
        var isEmpty: Bool
    }

    /// The longest label (a link label may have 999 characters, and `^` is one).
    static let labelLimit = 998

    /// The definition `line` starts, or `nil`. A label has no white space, no brackets and no
    /// backslash (so that it is also a link label that matches itself).
    static func definition(in line: [UInt8]) -> Definition? {
        var index = 0
        while index < line.count, index < 3, line[index] == 0x20 { index += 1 }
        guard index + 1 < line.count, line[index] == UInt8(ascii: "["), line[index + 1] == UInt8(ascii: "^") else {
            return nil
        }
        let labelStart = index + 2
        guard let labelEnd = labelEnd(in: line[labelStart...]), labelEnd + 1 < line.count,
            line[labelEnd + 1] == UInt8(ascii: ":")
        else { return nil }
        var textStart = labelEnd + 2
        while textStart < line.count, line[textStart] == 0x20 || line[textStart] == 0x09 { textStart += 1 }
        let rest = line[textStart...]
        let isEmpty = rest.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
        return Definition(
            label: String(decoding: line[labelStart..<labelEnd], as: UTF8.self), textStart: textStart, isEmpty: isEmpty)
    }

    /// The index of the `]` that ends a label starting at `bytes.startIndex`, or `nil` when there is
    /// no valid label.
    static func labelEnd(in bytes: ArraySlice<UInt8>) -> Int? {
        var index = bytes.startIndex
        while index < bytes.endIndex, index - bytes.startIndex <= labelLimit {
            switch bytes[index] {
            case UInt8(ascii: "]"): return index > bytes.startIndex ? index : nil
            case 0x20, 0x09, 0x0A, 0x0D, 0x00, UInt8(ascii: "["), UInt8(ascii: "\\"): return nil
            default: index += 1
            }
        }
        return nil
    }

    /// What labels are matched by: a reference and a definition match when their keys do (cmark
    /// matches link labels without regard to case).
    static func key(_ label: String) -> String {
        label.lowercased()
    }

    /// The references `[^label]` in `bytes` (source text), not after a backslash: each label, and the
    /// index of its `[`.
    static func references(in bytes: ArraySlice<UInt8>) -> [(label: String, index: Int)] {
        var found: [(label: String, index: Int)] = []
        var index = bytes.startIndex
        while index + 1 < bytes.endIndex {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\\") {
                index += 2
                continue
            }
            if byte == UInt8(ascii: "["), bytes[index + 1] == UInt8(ascii: "^"),
                let end = labelEnd(in: bytes[(index + 2)...])
            {
                found.append((String(decoding: bytes[(index + 2)..<end], as: UTF8.self), index))
                index = end + 1
                continue
            }
            index += 1
        }
        return found
    }
}
