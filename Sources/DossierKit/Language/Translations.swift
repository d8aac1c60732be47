import Foundation
import Yams

/// Every text the reader sees, in the site's language: the built-in tables (`i18n/<language>.yml`
/// of Dossier, embedded), over English for any key a language lacks, under the dossier's own
/// `i18n/<language>.yml`. Keys are flat names (`latest_reporting`), read by templates as
/// `{{t.latest_reporting}}` or `{{t.articles_count(count)}}`, and by the engine by name.
struct Translations: Sendable {
    /// The texts by key.
    let messages: [String: Message]
    /// The keys English has and the language does not (shown in English).
    let missing: [String]
    /// The language's plural rules.
    let rules: PluralRules
    /// The locale numbers are written in.
    let locale: Locale
    /// Numbers and years as written, each formatted once (Foundation's number formatting costs
    /// microseconds, and pages show the same counts again and again).
    private let numbers = LockedTable<Int, String>()
    private let years = LockedTable<Int, String>()

    /// The table of `language` (a BCP 47 tag): the built-in one of its language (`ru` for `ru-RU`),
    /// under the dossier's own texts (`overrides`), with English for what both lack.
    init(language: String, rules: PluralRules, locale: Locale, overrides: [String: Message] = [:]) {
        let english = Self.builtIn("en")
        let subtag = language.split(separator: "-").first.map { $0.lowercased() } ?? "en"
        let builtIn = Self.builtIn(language.lowercased()).isEmpty ? Self.builtIn(subtag) : Self.builtIn(language.lowercased())
        let own = builtIn.merging(overrides) { _, dossier in dossier }
        messages = english.merging(own) { _, translated in translated }
        missing = subtag == "en" ? [] : english.keys.filter { own[$0] == nil }.sorted()
        self.rules = rules
        self.locale = locale
    }

    /// The text of `key` with `arguments` and `numbers` (each written as the locale writes numbers;
    /// a plural picks its form by one of them); the key itself when no table has it.
    func text(_ key: String, _ arguments: [String: String] = [:], numbers: [String: Int] = [:]) -> String {
        guard let message = messages[key] else { return key }
        var all = arguments
        // A year is a name, not an amount: never grouped ("2016", not "2,016").
        for (name, value) in numbers { all[name] = name.hasSuffix("year") ? year(value) : number(value) }
        return message.format(all, numbers: numbers, rules: rules)
    }

    /// The text of `key` for `count` things (its plural form), with more `arguments`.
    func text(_ key: String, count: Int, _ arguments: [String: String] = [:]) -> String {
        text(key, arguments, numbers: ["count": count])
    }

    /// `value` as the locale writes numbers (its digits and grouping).
    func number(_ value: Int) -> String {
        numbers.value(value) { value.formatted(.number.locale(locale)) }
    }

    /// `items` joined as the language lists things ("A, B and C", "A, B и C").
    func list(_ items: [String]) -> String {
        items.formatted(.list(type: .and).locale(locale))
    }

    /// A year in the locale's digits, without grouping.
    func year(_ value: Int) -> String {
        years.value(value) { value.formatted(.number.grouping(.never).locale(locale)) }
    }

    /// A warning when the language lacks texts (shown in English), naming them, at `location`.
    func missingTextsWarning(language: String, at location: SourceLocation) -> Diagnostic? {
        guard !missing.isEmpty else { return nil }
        let names = missing.prefix(8).joined(separator: ", ") + (missing.count > 8 ? ", …" : "")
        return .warning(
            "\(missing.count) of the theme's texts have no '\(language)' translation, so they are shown in English (\(names)); add them under 'strings:' in i18n/\(language).yml, starting from Dossier's i18n/en.yml",
            at: location)
    }

    // MARK: - Tables

    /// The built-in table of `language`, parsed once; empty when there is none.
    static func builtIn(_ language: String) -> [String: Message] {
        parsed.value(language) { BundledTranslations.files[language].map { (try? parse($0)) ?? [:] } ?? [:] }
    }

    private static let parsed = LockedTable<String, [String: Message]>()

    /// The messages of a table's YAML: `strings:` holds each key's text, or its forms by plural
    /// category (`one`, `few`, `many`, `other`, and `plural:` naming the argument that picks one).
    static func parse(_ yaml: String) throws -> [String: Message] {
        guard let root = try Yams.load(yaml: yaml) as? [String: Any], let strings = root["strings"] as? [String: Any] else {
            return [:]
        }
        var messages: [String: Message] = [:]
        for (key, value) in strings {
            if let text = value as? String {
                messages[key] = .text(text)
            } else if let forms = value as? [String: Any] {
                var byCategory: [PluralCategory: String] = [:]
                for (name, form) in forms {
                    if let category = PluralCategory(rawValue: name), let form = form as? String { byCategory[category] = form }
                }
                guard byCategory[.other] != nil else { continue }
                messages[key] = .plural(byCategory, argument: forms["plural"] as? String ?? "count")
            }
        }
        return messages
    }
}
