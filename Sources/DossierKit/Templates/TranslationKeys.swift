/// The texts a template reads from the translation tables: `{{t.key}}`, and `t.key(…)` as a
/// transform (`{{t.articles_count(count)}}`).
enum TranslationKeys {
    /// Each key read inside a tag of `text`, with its position.
    static func uses(in text: String) -> [(key: String, line: Int, column: Int)] {
        var found: [(String, Int, Int)] = []
        for (tag, line, column) in TemplateTags.all(in: text) where tag.first != "!" {
            var index = tag.startIndex
            while let start = tag[index...].firstRange(of: "t.") {
                let before = start.lowerBound == tag.startIndex ? " " : tag[tag.index(before: start.lowerBound)]
                let key = tag[start.upperBound...].prefix { $0.isLetter || $0.isNumber || $0 == "_" }
                if " ({#^/&".contains(before), !key.isEmpty { found.append((String(key), line, column)) }
                index = start.upperBound
            }
        }
        return found
    }
}
