import Foundation
import Yams

/// A dossier's own texts: `i18n/<language>.yml` beside `site.yml`, in the shape of the built-in
/// tables (`strings:` of texts, or of forms by plural category), which it overrides key by key
/// ("Entities" → "Actors") or completes (a language Dossier has no table for). Read as hostile
/// input: a regular file inside the dossier, bounded in size and in YAML's expansion.
enum DossierTranslations {
    /// The folder of the tables, in the dossier.
    static let folder = "i18n"
    /// The largest table read.
    static let maximumBytes = 1_000_000
    /// The most names listed in the folder (for the build's stamp).
    static let maximumTables = 200

    /// Where the dossier's table of `language` is (`i18n/ru.yml`).
    static func path(of language: String) -> String {
        "\(folder)/\(language).yml"
    }

    /// The names of the files directly in `i18n/` (for the input stamp), sorted; none without it.
    static func tableNames(in layout: ProjectLayout) -> [String] {
        let path = layout.root.appendingPathComponent(folder).path
        var status = stat()
        guard lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFDIR else { return [] }
        return (DirectoryEntries.of(path, limit: maximumTables) ?? []).map(\.0).filter { !$0.hasPrefix(".") }.sorted()
    }

    /// The messages of `i18n/<language>.yml` (empty when there is none), and every problem with it,
    /// each at its line and column: a key that no table has, a value that is neither a text nor
    /// forms by category, forms without `other`. `rightToLeft` is what the table says of the
    /// language's direction (`direction: rtl` or `ltr`), when it says.
    static func load(_ layout: ProjectLayout, language: String) -> (
        messages: [String: Message], rightToLeft: Bool?, diagnostics: [Diagnostic]
    ) {
        let (messages, diagnostics, node, decoder) = read(layout, language: language)
        guard let field = node?.mapping?["direction"], let decoder else { return (messages, nil, diagnostics) }
        switch field.string?.lowercased() {
        case "rtl": return (messages, true, diagnostics)
        case "ltr": return (messages, false, diagnostics)
        default:
            let problem = Diagnostic.error(
                "'direction' says which way the language is written: rtl (right to left, as Arabic) or ltr (left to right)",
                at: decoder.location(of: field))
            return (messages, nil, diagnostics + [problem])
        }
    }

    private static func read(_ layout: ProjectLayout, language: String) -> (
        [String: Message], [Diagnostic], Node?, FrontMatterDecoder?
    ) {
        let path = path(of: language)
        let file: InputFile
        switch DossierRoot(layout.root).file(at: path) {
        case .success(let found?): file = found
        case .success(nil): return ([:], [], nil, nil)
        case .failure(let problem): return ([:], [problem], nil, nil)
        }
        let data: Data
        switch file.read(limit: maximumBytes, what: "a translation table") {
        case .success(let bytes): data = bytes
        case .failure(let problem): return ([:], [problem], nil, nil)
        }
        guard let text = TextDecoding.decode(data) else {
            let position = TextDecoding.firstInvalidPosition(in: data)
            return (
                [:],
                [
                    .error(
                        "this table is not valid UTF-8 text; save it as UTF-8",
                        at: SourceLocation(path: path, line: position.line, column: position.column))
                ],
                nil, nil
            )
        }
        let decoder = FrontMatterDecoder(path: path, lineOffset: 0)
        let node: Node
        switch decoder.compose(text) {
        case .failure(let problem): return ([:], [problem], nil, nil)
        case .success(nil): return ([:], [], nil, nil)
        case .success(let found?): node = found
        }
        // A table may say only which way the language is written.
        if node.mapping?["strings"] == nil, node.mapping?["direction"] != nil { return ([:], [], node, decoder) }
        guard let strings = node.mapping?["strings"]?.mapping else {
            return (
                [:],
                [
                    .error(
                        "a translation table holds its texts under 'strings:' (strings: {entities: Actors}); see Dossier's i18n/en.yml for every key",
                        at: decoder.location(of: node))
                ],
                node, decoder
            )
        }
        let known = Translations.builtIn("en")
        var messages: [String: Message] = [:]
        var diagnostics: [Diagnostic] = []
        for (keyNode, value) in strings {
            guard let key = keyNode.string else { continue }
            let at = decoder.location(of: keyNode)
            guard known[key] != nil else {
                var message = "no text of the theme is called '\(key)', so this one is never shown"
                if let close = Suggestions.closest(to: key, among: known.keys.sorted()) {
                    message += "; did you mean '\(close)'?"
                }
                diagnostics.append(.warning(message, at: at))
                continue
            }
            if let text = value.string {
                messages[key] = .text(text)
            } else if let forms = value.mapping {
                var byCategory: [PluralCategory: String] = [:]
                var argument = "count"
                for (nameNode, form) in forms {
                    guard let name = nameNode.string, let text = form.string else { continue }
                    if name == "plural" {
                        argument = text
                    } else if let category = PluralCategory(rawValue: name) {
                        byCategory[category] = text
                    } else {
                        diagnostics.append(
                            .warning(
                                "'\(name)' is not a plural category; write zero, one, two, few, many or other (CLDR's categories)",
                                at: decoder.location(of: nameNode)))
                    }
                }
                guard byCategory[.other] != nil else {
                    diagnostics.append(
                        .error(
                            "the forms of '\(key)' need 'other', the form for any number the other categories leave out",
                            at: at))
                    continue
                }
                messages[key] = .plural(byCategory, argument: argument)
            } else {
                diagnostics.append(
                    .error("'\(key)' should be a text, or its forms by plural category (one: …, other: …)", at: at))
            }
        }
        return (messages, diagnostics, node, decoder)
    }
}
