/// The Mustache tags of a template's text, line by line, for the scanners that read names from it
/// without parsing (partials, translation keys, the keys `dossier check` compares).
enum TemplateTags {
    /// Each tag's content between `{{` and `}}` (with its leading `{` for a triple-brace tag, whose
    /// closing third brace is skipped), and the 1-based line and column of its `{{`.
    static func all(in text: String) -> [(content: Substring, line: Int, column: Int)] {
        var found: [(Substring, Int, Int)] = []
        for (lineNumber, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var rest = line[...]
            while let open = rest.firstRange(ofMarker: "{{") {
                let afterOpen = rest[open.upperBound...]
                guard let close = afterOpen.firstRange(ofMarker: "}}") else { break }
                let content = afterOpen[..<close.lowerBound]
                rest = afterOpen[close.upperBound...]
                if content.first == "{", rest.first == "}" { rest = rest.dropFirst() }
                found.append((content, lineNumber + 1, line.distance(from: line.startIndex, to: open.lowerBound) + 1))
            }
        }
        return found
    }
}
