/// Moves the relative links of an HTML fragment rendered for the site root to a page deeper down,
/// so a fragment (an article card, an event) is rendered once and reused on pages at any depth.
struct RebasableHTML: Sendable {
    /// The fragment as rendered for a page at the site root, as UTF-8.
    private let bytes: [UInt8]
    /// Where relative link values start: just after `href="` or `src="`.
    private let insertionPoints: [Int]

    /// Finds the relative links of `html` (rendered with an empty root).
    init(_ html: String) {
        bytes = Array(html.utf8)
        var points: [Int] = []
        var index = 0
        let count = bytes.count
        while index < count {
            if bytes[index] == UInt8(ascii: "="), index + 1 < count, bytes[index + 1] == UInt8(ascii: "\""),
                Self.endsWithLinkAttribute(bytes, before: index)
            {
                let start = index + 2
                if Self.isRelative(bytes, at: start) { points.append(start) }
                index = start
                continue
            }
            index += 1
        }
        insertionPoints = points
    }

    /// The fragment for a page whose way back to the root is `root` (`"../../"`).
    func html(root: String) -> String {
        guard !root.isEmpty, !insertionPoints.isEmpty else { return String(decoding: bytes, as: UTF8.self) }
        let prefix = Array(root.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + prefix.count * insertionPoints.count)
        var last = 0
        for point in insertionPoints {
            output += bytes[last..<point]
            output += prefix
            last = point
        }
        output += bytes[last...]
        return String(decoding: output, as: UTF8.self)
    }

    private static func endsWithLinkAttribute(_ bytes: [UInt8], before index: Int) -> Bool {
        for name in ["href", "src"] {
            let utf8 = Array(name.utf8)
            let start = index - utf8.count
            guard start >= 1, Array(bytes[start..<index]) == utf8 else { continue }
            let before = bytes[start - 1]
            if before == UInt8(ascii: " ") || before == UInt8(ascii: "\n") || before == UInt8(ascii: "\t")
                || before == UInt8(ascii: ":")
            {
                return true
            }
        }
        return false
    }

    /// Whether the link value at `index` is relative to the page: not empty, not `#…`, not `/…`, no scheme.
    private static func isRelative(_ bytes: [UInt8], at index: Int) -> Bool {
        guard index < bytes.count else { return false }
        let first = bytes[index]
        if first == UInt8(ascii: "\"") || first == UInt8(ascii: "#") || first == UInt8(ascii: "/") || first == UInt8(ascii: "?") {
            return false
        }
        var cursor = index
        while cursor < bytes.count {
            let byte = bytes[cursor]
            if byte == UInt8(ascii: ":") { return false }
            if byte == UInt8(ascii: "/") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: "#") {
                return true
            }
            cursor += 1
        }
        return true
    }
}
