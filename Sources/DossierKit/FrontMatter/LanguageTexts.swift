import Yams

/// A text of `site.yml` written once, or once per language of a multilingual site:
///
///     title: Nagorno-Karabakh Dossier
///     title: {en: Nagorno-Karabakh Dossier, ru: Досье о Нагорном Карабахе}
struct LanguageTexts: Sendable, Hashable {
    /// The text written for every language, when written as one value.
    var text: String?
    /// The text in each language, in the order written.
    var byLanguage: [Entry] = []

    /// The text in one language (its tag as written, with where it is).
    struct Entry: Sendable, Hashable {
        var language: Located<String>
        var text: String
    }
}

extension LanguageTexts: FrontMatterReadable {
    init(from value: FrontMatterValue) throws(Diagnostic) {
        guard case .mapping(let mapping) = value.node else {
            text = try value.text()
            return
        }
        for (key, node) in mapping {
            guard let language = key.string else { continue }
            let item = FrontMatterValue(
                node: node, path: value.path.appending(.field(language)), context: value.context,
                isLocatable: value.isLocatable)
            byLanguage.append(
                Entry(language: Located(language, at: value.context.decoder.location(of: key)), text: try item.text()))
        }
    }

    /// The text in `language`: its own, else the one for every language, else the default
    /// language's, else the first written.
    func text(in language: String, defaultLanguage: String) -> String? {
        func own(_ tag: String) -> String? {
            byLanguage.last { $0.language.value.lowercased() == tag.lowercased() }?.text
        }
        return own(language) ?? text ?? own(defaultLanguage) ?? byLanguage.first?.text
    }

    /// A warning for each language written that is not one of `languages` (its text is not shown).
    func unknownLanguages(_ languages: [String], field: String) -> [Diagnostic] {
        let known = Set(languages.map { $0.lowercased() })
        return byLanguage.map(\.language).compactMap { key in
            guard !known.contains(key.value.lowercased()) else { return nil }
            return .warning(
                "'\(field)' is written in '\(key.value)', which is not one of the site's languages (\(languages.joined(separator: ", "))), so it is not shown; add it to 'languages', or remove this line",
                at: key.location)
        }
    }
}
