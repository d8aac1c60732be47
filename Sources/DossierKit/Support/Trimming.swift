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
