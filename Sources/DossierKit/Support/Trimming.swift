import Foundation

extension StringProtocol {
    /// The text without leading and trailing spaces, tabs and line breaks; the same string, without
    /// copying, in the usual case where there are none (Foundation's trimming bridges every call).
    var trimmed: String {
        guard let first = first, let last = last else { return "" }
        if !first.isWhitespace && !last.isWhitespace { return String(self) }
        return trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

extension String {
    /// The text cut to at most `limit` characters at a space, with `…`; unchanged when it is shorter.
    func shortened(to limit: Int) -> String {
        guard utf8.count > limit, index(startIndex, offsetBy: limit, limitedBy: endIndex) != endIndex else { return self }
        let cut = prefix(limit)
        let end = cut.lastIndex(of: " ") ?? cut.endIndex
        return cut[..<end].trimmingCharacters(in: .punctuationCharacters.union(.whitespaces)) + "…"
    }
}
