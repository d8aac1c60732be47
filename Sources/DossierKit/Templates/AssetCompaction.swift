import Foundation

/// A theme's stylesheets and scripts as published: comments on lines of their own and the
/// indentation of every line left out, blank lines dropped, so that the default theme's readable
/// source stays within its weight budget (CSS and JavaScript under 50 KB). Only whole lines are
/// touched, and a file this cannot read safely is published as it is: a script with a template
/// literal (a backtick outside a comment line: its lines are text), a comment that closes before the end of its line,
/// or a stylesheet with a comment opener inside a string.
enum AssetCompaction {
    /// `data` compacted when `name` is a `.css` or `.js` file that can be compacted safely.
    static func compact(_ data: Data, name: String) -> Data {
        let script = name.hasSuffix(".js")
        guard script || name.hasSuffix(".css"), let text = String(data: data, encoding: .utf8) else { return data }
        if !script && (text.contains("\"/*") || text.contains("'/*")) { return data }
        var lines: [Substring] = []
        var inComment = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            let trimmed = line.drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" || $0 == "\r" }
            let content = Substring(String(trimmed.reversed()))
            if inComment {
                if content.contains("*/") {
                    guard content.hasSuffix("*/") else { return data }
                    inComment = false
                }
                continue
            }
            if content.hasPrefix("/*") {
                if content.hasSuffix("*/") && content.count >= 4 { continue }
                if content.contains("*/") { return data }
                inComment = true
                continue
            }
            if content.isEmpty || (script && content.hasPrefix("//")) { continue }
            if script && content.contains("`") { return data }
            lines.append(content)
        }
        guard !inComment else { return data }
        let compacted = lines.joined(separator: "\n") + (text.hasSuffix("\n") && !lines.isEmpty ? "\n" : "")
        return compacted == text ? data : Data(compacted.utf8)
    }
}
