/// The texts the theme's script shows (search results, their status line, link previews), in the
/// site's language: `assets/dossier-texts.js`, loaded before `dossier.js` with a `<script>` tag (so
/// it works from `file://`). A plural is given by its forms, and the script picks one with the
/// browser's CLDR rules (`Intl.PluralRules`).
enum ScriptTexts {
    /// Where the file is written.
    static let path = "assets/dossier-texts.js"

    /// The keys the script reads.
    static let keys =
        [
            "entities", "places", "articles", "pages", "tags", "events", "search_in_place", "search_all_results",
            "search_no_matches_page", "search_results_status", "search_no_matches", "search_prompt",
            "search_results_for", "search_no_matches_for", "search_also", "articles_count", "search_narrow",
            "search_filter_remove",
            "search_show_more",
        ] + ["person", "organization", "country", "group", "other"].map { "entity_type_" + $0 }
        + ["region", "city", "village", "site", "other"].map { "place_type_" + $0 }

    /// The script: `window.DOSSIER_TEXTS = {lang, texts}`.
    static func script(_ translations: Translations, language: String) -> String {
        var texts: [String: Any] = [:]
        for key in keys {
            switch translations.messages[key] {
            case .text(let text)?: texts[key] = text
            case .plural(let forms, _)?:
                texts[key] = Dictionary(uniqueKeysWithValues: forms.map { ($0.key.rawValue, $0.value as Any) })
            case nil: continue
            }
        }
        let value: [String: Any] = ["lang": language, "texts": texts]
        return "window.DOSSIER_TEXTS = " + JSONText.encode(value) + ";\n"
    }
}
