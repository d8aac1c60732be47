/// The message for a Markdown file whose first line is not `---`: front matter written in another
/// generator's format (Hugo's TOML between `+++` lines, or JSON in braces) is named, with how to
/// write it as YAML.
enum ForeignFrontMatter {
    /// Why `text`, whose first line is not `---`, has no front matter Dossier can read, and what to do.
    static func message(for text: String) -> String {
        let lines = text.split(separator: "\n", maxSplits: 40, omittingEmptySubsequences: false).prefix(40)
        let first = lines.first.map(trimmed) ?? ""
        let yaml = "Dossier reads YAML front matter between two lines '---'"
        if first == "+++" {
            let example = lines.dropFirst().lazy.map(trimmed).prefix { $0 != "+++" }.compactMap(tomlField).first
            let (toml, converted) = example ?? ("title = \"Talks in Vienna\"", "title: Talks in Vienna")
            return
                "this file starts with '+++', like TOML front matter (Hugo's); \(yaml): replace both '+++' lines with '---' and write each field as 'name: value' ('\(toml)' becomes '\(converted)')"
        }
        if first.hasPrefix("{") {
            return
                "this file starts with '{', like JSON front matter (Hugo's); \(yaml): add a line '---' before the '{' and another after the closing '}' (YAML reads this JSON as it is), or write each field as 'name: value' ('\"title\": \"Talks in Vienna\"' becomes 'title: Talks in Vienna')"
        }
        return
            "expected front matter at the top of the file: the first line must be '---', followed by the fields and a closing '---'"
    }

    /// A TOML line `name = value` and the same field in YAML, for a short line with a plain name.
    private static func tomlField(_ line: Substring) -> (toml: String, yaml: String)? {
        guard line.count <= 80, let equals = line.firstIndex(of: "=") else { return nil }
        let name = trimmed(line[..<equals])
        let value = trimmed(line[line.index(after: equals)...])
        guard !name.isEmpty, !value.isEmpty,
            name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-") })
        else { return nil }
        return (String(line), "\(name): \(yamlValue(value))")
    }

    /// A TOML value as YAML: a quoted string without quotes when YAML reads it the same way plain,
    /// anything else (numbers, dates, lists, strings that need quotes) as written.
    private static func yamlValue(_ value: Substring) -> Substring {
        guard value.count >= 2, let quote = value.first, quote == "\"" || quote == "'", value.last == quote else {
            return value
        }
        let inner = value.dropFirst().dropLast()
        let special = "\\\"'#:[]{},&*!|>%@`"
        guard let start = inner.first, !inner.contains(where: { special.contains($0) }), start != "-", start != "?",
            start != " ", inner.last != " "
        else { return value }
        return inner
    }

    private static func trimmed(_ text: Substring) -> Substring {
        var text = text
        while let first = text.first, first == " " || first == "\t" { text = text.dropFirst() }
        while let last = text.last, last == " " || last == "\t" || last == "\r" { text = text.dropLast() }
        return text
    }
}
