/// The Mustache tags of a template's text, line by line, for the scanners that read names from it
/// without parsing (partials, translation keys, the keys `dossier check` compares).
enum TemplateTags {
    /// Each tag's content between `{{` and `}}` (with its leading `{` for a triple-brace tag, whose
    /// closing third brace is skipped), and the 1-based line and column of its `{{`.
    static func all(in text: String) -> [(content: Substring, line: Int, column: Int)] {
        var found: [(Substring, Int, Int)] = []
        for (lineNumber, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var rest = line[...]
            // The column is counted on from the last tag: counting from the line's start for each
            // tag would be quadratic on a line of many tags.
            var counted = line.startIndex
            var column = 1
            while let open = rest.firstRange(ofMarker: "{{") {
                let afterOpen = rest[open.upperBound...]
                guard let close = afterOpen.firstRange(ofMarker: "}}") else { break }
                let content = afterOpen[..<close.lowerBound]
                rest = afterOpen[close.upperBound...]
                if content.first == "{", rest.first == "}" { rest = rest.dropFirst() }
                column += line.distance(from: counted, to: open.lowerBound)
                counted = open.lowerBound
                found.append((content, lineNumber + 1, column))
            }
        }
        return found
    }
}
