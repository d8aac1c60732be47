/// A text of the translation tables with names in it (`Events: {name}`), in parts: each name
/// marked with its language when it is not the page's, so that a name an edition shows
/// untranslated keeps its `lang` inside a sentence in the page's language (`partials/marked-text`).
struct MarkedText: Encodable, Sendable {
    struct Part: Encodable, Sendable {
        let text: String
        /// The language of a name, when not the page's.
        let textLanguage: TextLanguage?
    }

    let parts: [Part]

    /// The text `render` makes of `names` (each a name and its language, `nil` for the page's),
    /// given a stand-in for each name to put where the name goes.
    init(names: [(name: String, language: String?)], render: ([String]) -> String) {
        let stand = names.indices.map { "\u{E000}\($0)\u{E001}" }
        var parts: [Part] = []
        var rest = Substring(render(stand))
        while let open = rest.firstIndex(of: "\u{E000}"), let close = rest[open...].firstIndex(of: "\u{E001}"),
            let number = Int(rest[rest.index(after: open)..<close]), names.indices.contains(number)
        {
            if open > rest.startIndex { parts.append(Part(text: String(rest[..<open]), textLanguage: nil)) }
            parts.append(Part(text: names[number].name, textLanguage: TextLanguage(names[number].language)))
            rest = rest[rest.index(after: close)...]
        }
        if !rest.isEmpty { parts.append(Part(text: String(rest), textLanguage: nil)) }
        self.parts = parts
    }

    /// The text as plain text, the names in it (for `<title>` and descriptions).
    var plain: String { parts.map(\.text).joined() }
}
