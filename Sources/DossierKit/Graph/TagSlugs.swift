/// The address of each tag's page (`tags/<slug>/`), and the tags that cannot have one or would
/// share one with a different tag.
///
/// A tag's slug is made like any name's, except that `+` and `#` after a letter or digit are
/// spelt out: `C++` → `c-plus-plus`, `C#` → `c-sharp`, so neither merges into `c`. A leading `#`
/// (`#ceasefire`) is a hashtag sign and is left out as before.
struct TagSlugs {
    /// Each article's distinct tag slugs, in the order written, by article position.
    let byArticle: [[String]]
    /// A warning for each tag with no letters or digits, and for each tag that shares its page with
    /// a differently written one.
    let diagnostics: [Diagnostic]

    /// The slugs and problems of the tags of `articles` (the published ones, in graph order).
    init(_ articles: [Article]) {
        var slugs: [String: String] = [:]
        var nameKeys: [String: String] = [:]
        /// The first tag seen with each slug, and the name keys seen with it.
        var firsts: [String: Located<String>] = [:]
        var keys: [String: Set<String>] = [:]
        var diagnostics: [Diagnostic] = []
        byArticle = articles.map { article in
            var seen: Set<String> = []
            var kept: [String] = []
            for tag in article.tags {
                let slug = slugs[tag.value] ?? Self.slug(tag.value)
                slugs[tag.value] = slug
                guard !slug.isEmpty else {
                    let what = tag.value.isEmpty ? "this tag is empty, so it" : "the tag '\(tag.value)'"
                    diagnostics.append(
                        .warning(
                            "\(what) has no letters or digits to make an address (tags/<name>/) from, so it is left out; write the topic in words, or remove it",
                            at: tag.location))
                    continue
                }
                let nameKey = nameKeys[tag.value] ?? Self.nameKey(tag.value)
                nameKeys[tag.value] = nameKey
                if keys[slug, default: []].insert(nameKey).inserted, let first = firsts[slug] {
                    diagnostics.append(
                        .warning(
                            "the tags '\(tag.value)' and '\(first.value)' (\(first.location)) share one page, tags/\(slug)/; write them the same way if they are one topic, or rename one",
                            at: tag.location))
                }
                if firsts[slug] == nil { firsts[slug] = tag }
                if seen.insert(slug).inserted { kept.append(slug) }
            }
            return kept
        }
        self.diagnostics = diagnostics
    }

    /// The slug of the page of `tag`; empty when the tag has no letters or digits.
    static func slug(_ tag: String) -> String {
        guard tag.contains(where: { $0 == "+" || $0 == "#" }) else { return TextFolding.slug(tag) }
        var spelled = ""
        var afterWord = false
        for character in tag {
            if afterWord, character == "+" || character == "#" {
                spelled += character == "+" ? " plus " : " sharp "
                continue
            }
            spelled.append(character)
            afterWord = character.isLetter || character.isNumber
        }
        return TextFolding.slug(spelled)
    }

    /// How two spellings of a tag are told apart: case, diacritics, and `-`, `_` or spaces between
    /// words make no difference (`Ceasefire talks`, `ceasefire-talks`).
    private static func nameKey(_ tag: String) -> String {
        TextFolding.fold(String(tag.map { $0 == "-" || $0 == "_" ? " " : $0 }))
    }
}
