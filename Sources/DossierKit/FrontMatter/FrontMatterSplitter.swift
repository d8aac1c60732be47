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
    /// The front matter and body of `text`, or the reason there is none.
    static func split(_ text: String, path: String) -> Result<FrontMatterBlock, Diagnostic> {
        let start = SourceLocation(path: path, line: 1, column: 1)
        if text.allSatisfy(\.isWhitespace) {
            return .failure(
                .error(
                    "this file is empty; it should start with a front matter block, a line '---', the fields ('title: …'), and another line '---'",
                    at: start))
        }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)[...]
        guard let first = lines.first, isFence(first) else {
            return .failure(
                .error(
                    "expected front matter at the top of the file: the first line must be '---', followed by the fields and a closing '---'",
                    at: start))
        }
        lines = lines.dropFirst()
        guard let closing = lines.firstIndex(where: { isFence($0) || $0.trimmingTrailingSpaces == "..." }) else {
            return .failure(
                .error(
                    "the front matter opened on line 1 is never closed; add a line '---' after the last field",
                    at: start))
        }
        let yaml = lines[lines.startIndex..<closing].joined(separator: "\n")
        let body = lines[(closing + 1)...].joined(separator: "\n")
        return .success(FrontMatterBlock(yaml: yaml, yamlFirstLine: 2, body: body, bodyFirstLine: closing + 2))
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
