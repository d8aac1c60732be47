extension Suggestions {
    /// The known name (of a field, a type) that `name` most likely stands for: a typo of it
    /// (`entites` → `entities`, by edit distance), its singular or plural (`alias` → `aliases`,
    /// `entity` → `entities`), or a shortening (`coords` → `coordinates`, `desc` → `description`,
    /// `img` → `image`, `src` → `source`). Compared ignoring case; the shortest name wins a tie.
    static func name(for name: String, among known: [String]) -> String? {
        let written = name.lowercased()
        if let close = closest(to: written, among: known) { return close }
        let plural = known.filter { isSingularOrPlural(written, of: $0.lowercased()) }
        if let match = shortest(plural) { return match }
        if let other = otherGenerators[written], known.contains(other) { return other }
        guard written.count >= 3 else { return nil }
        return shortest(known.filter { isShortening(written, of: $0.lowercased()) })
    }

    /// Front-matter fields of other site generators, by the field Dossier has for them: Hugo's
    /// `aliases` (old addresses; Jekyll's `redirect_from`), `description`, `lastmod` and
    /// `categories`.
    static let otherGenerators = [
        "aliases": "redirect_from", "description": "summary", "lastmod": "updated", "categories": "tags",
    ]

    /// Whether `a` is `b` with an `s` or `es` more or less, or with `y` for `ies` (`entity`, `entities`).
    static func isSingularOrPlural(_ a: String, of b: String) -> Bool {
        func isPlural(_ plural: String, of singular: String) -> Bool {
            plural == singular + "s" || plural == singular + "es"
                || (singular.hasSuffix("y") && plural == singular.dropLast() + "ies")
        }
        return isPlural(a, of: b) || isPlural(b, of: a)
    }

    /// Whether `short` shortens `full`: its beginning (`desc`, and `coords`, the beginning with an
    /// `s` for a plural), or its first letter and then some of its consonants in order (`src`, `img`).
    static func isShortening(_ short: String, of full: String) -> Bool {
        guard short.count < full.count, short.first == full.first else { return false }
        if full.hasPrefix(short) { return true }
        if short.hasSuffix("s"), full.hasSuffix("s"), full.hasPrefix(short.dropLast()), short.count > 3 { return true }
        let consonants = full.dropFirst().filter { $0.isLetter && !"aeiouy".contains($0) }
        var remaining = Substring(consonants)
        for letter in short.dropFirst() {
            guard let found = remaining.firstIndex(of: letter) else { return false }
            remaining = remaining[remaining.index(after: found)...]
        }
        return true
    }

    /// The shortest of `names`, the first of those as short.
    private static func shortest(_ names: [String]) -> String? {
        names.min { $0.count < $1.count }
    }
}
