/// The texts a template reads from the translation tables: `{{t.key}}`, and `t.key(…)` as a
/// transform (`{{t.articles_count(count)}}`).
enum TranslationKeys {
    /// Each key read inside a tag of `text`, with its position.
    static func uses(in text: String) -> [(key: String, line: Int, column: Int)] {
        var found: [(String, Int, Int)] = []
        for (lineNumber, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var rest = line[...]
            while let open = rest.firstRange(ofMarker: "{{") {
                let afterOpen = rest[open.upperBound...]
                guard let close = afterOpen.firstRange(ofMarker: "}}") else { break }
                let tag = afterOpen[..<close.lowerBound]
                rest = afterOpen[close.upperBound...]
                guard tag.first != "!" else { continue }
                var index = tag.startIndex
                while let start = tag[index...].firstRange(of: "t.") {
                    let before = start.lowerBound == tag.startIndex ? " " : tag[tag.index(before: start.lowerBound)]
                    let key = tag[start.upperBound...].prefix { $0.isLetter || $0.isNumber || $0 == "_" }
                    if " ({#^/&".contains(before), !key.isEmpty {
                        let column = line.distance(from: line.startIndex, to: open.lowerBound) + 1
                        found.append((String(key), lineNumber + 1, column))
                    }
                    index = start.upperBound
                }
            }
        }
        return found
    }
}
