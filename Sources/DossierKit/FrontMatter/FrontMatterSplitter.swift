/// The `---` block at the top of a Markdown file, and the body after it.
struct FrontMatterBlock: Sendable {
    /// The YAML between the fences.
    var yaml: String
    /// The file line the YAML starts on (the line after the opening `---`).
    var yamlFirstLine: Int
    /// The Markdown after the closing fence.
    var body: String
    /// The file line the body starts on.
    var bodyFirstLine: Int
}

/// Splits the front matter from the body; records where each starts so positions map back to the file.
enum FrontMatterSplitter {
    /// The front matter and body of `text`, a file of `kind`, or the reason there is none.
    static func split(_ text: String, path: String, kind: ContentKind) -> Result<FrontMatterBlock, Diagnostic> {
        let start = SourceLocation(path: path, line: 1, column: 1)
        if text.allSatisfy(\.isWhitespace) {
            return .failure(.error("this file is empty; \(kind.smallestFile)", at: start))
        }
        // Scan line by line without splitting the whole file: bodies can be megabytes long.
        let utf8 = text.utf8
        guard let firstEnd = utf8.firstIndex(of: 10) ?? Optional(utf8.endIndex),
            isFence(text[utf8.startIndex..<firstEnd])
        else {
            return .failure(.error(ForeignFrontMatter.message(for: text), at: start))
        }
        var lineStart = firstEnd == utf8.endIndex ? firstEnd : utf8.index(after: firstEnd)
        let yamlStart = lineStart
        var lineNumber = 2
        while lineStart < utf8.endIndex {
            let lineEnd = utf8[lineStart...].firstIndex(of: 10) ?? utf8.endIndex
            let line = text[lineStart..<lineEnd]
            if isFence(line) || line.trimmingTrailingSpaces == "..." {
                let bodyStart = lineEnd == utf8.endIndex ? lineEnd : utf8.index(after: lineEnd)
                let yaml = lineStart > yamlStart ? String(text[yamlStart..<utf8.index(before: lineStart)]) : ""
                return .success(
                    FrontMatterBlock(
                        yaml: yaml, yamlFirstLine: 2, body: String(text[bodyStart...]), bodyFirstLine: lineNumber + 1))
            }
            lineNumber += 1
            lineStart = lineEnd == utf8.endIndex ? lineEnd : utf8.index(after: lineEnd)
        }
        return .failure(
            .error(
                "the front matter opened on line 1 is never closed; add a line '---' after the last field",
                at: start))
    }

    private static func isFence(_ line: Substring) -> Bool {
        line.trimmingTrailingSpaces == "---"
    }
}

extension Substring {
    fileprivate var trimmingTrailingSpaces: Substring {
        var line = self
        while let last = line.last, last == " " || last == "\t" { line = line.dropLast() }
        return line
    }
}
