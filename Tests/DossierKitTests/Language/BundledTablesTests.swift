import Foundation
import Testing

@testable import DossierKit

/// Every built-in table is complete: English's keys, its language's plural categories (all of
/// them and no others), English's arguments and English's counting argument in each message.
@Suite struct BundledTablesTests {
    /// The built-in languages other than English.
    static let languages = BundledTranslations.files.keys.filter { $0 != "en" }.sorted()

    /// A built-in table's messages, as the engine reads them (a plural without `other` is left out).
    static func table(_ language: String) throws -> [String: Message] {
        try Translations.parse(try #require(BundledTranslations.files[language], "no table '\(language)'"))
    }

    /// The texts of a message: its one text, or its forms.
    static func texts(_ message: Message) -> [String] {
        switch message {
        case .text(let text): return [text]
        case .plural(let forms, _): return Array(forms.values)
        }
    }

    /// The `{argument}` names of a message, over all its forms.
    static func arguments(_ message: Message) -> Set<String> {
        var names: Set<String> = []
        for text in texts(message) {
            var rest = text[...]
            while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
                names.insert(String(rest[rest.index(after: open)..<close]))
                rest = rest[rest.index(after: close)...]
            }
        }
        return names
    }

    @Test func pluralRulesNameEachLanguagesCategories() {
        let expected: [String: Set<PluralCategory>] = [
            "en": [.one, .other], "ru": [.one, .few, .many, .other], "uk": [.one, .few, .many, .other],
            "hy": [.one, .other], "az": [.one, .other], "ka": [.one, .other], "de": [.one, .other],
            "fr": [.one, .many, .other], "es": [.one, .many, .other], "ar": Set(PluralCategory.allCases),
        ]
        for (language, categories) in expected {
            #expect(PluralRules(language: language).categories == categories, "\(language)")
        }
    }

    @Test(arguments: languages) func everyTableHasEveryEnglishKey(language: String) throws {
        let english = try Self.table("en")
        let table = try Self.table(language)
        let missing = Set(english.keys).subtracting(table.keys).sorted()
        #expect(missing.isEmpty, "\(language) lacks \(missing)")
    }

    @Test(arguments: languages) func everyPluralHasExactlyTheLanguagesCategories(language: String) throws {
        let english = try Self.table("en")
        let table = try Self.table(language)
        let categories = PluralRules(language: language).categories
        for (key, message) in english.sorted(by: { $0.key < $1.key }) {
            guard let translated = table[key] else { continue }
            switch (message, translated) {
            case (.text, .text): continue
            case (.plural(_, let englishArgument), .plural(let forms, let argument)):
                let names = Set(forms.keys)
                #expect(
                    names == categories,
                    "\(language).\(key): lacks \(categories.subtracting(names).map(\.rawValue).sorted()), has \(names.subtracting(categories).map(\.rawValue).sorted())"
                )
                #expect(
                    argument == englishArgument, "\(language).\(key): counts by '\(argument)', English by '\(englishArgument)'")
            default:
                Issue.record("\(language).\(key): a text in English is a text here, forms are forms")
            }
        }
    }

    @Test(arguments: languages) func everyMessageTakesEnglishsArguments(language: String) throws {
        let english = try Self.table("en")
        let table = try Self.table(language)
        for (key, message) in english.sorted(by: { $0.key < $1.key }) {
            guard let translated = table[key] else { continue }
            let expected = Self.arguments(message)
            let found = Self.arguments(translated)
            #expect(found == expected, "\(language).\(key): \(found.sorted()), English has \(expected.sorted())")
        }
    }

    @Test(arguments: languages) func theTableNamesItsLanguageInItself(language: String) throws {
        let text = try #require(BundledTranslations.files[language])
        let line = try #require(text.split(separator: "\n").first { $0.hasPrefix("language: ") })
        let name = line.dropFirst("language: ".count).lowercased()
        let endonym = try #require(Locale(identifier: language).localizedString(forLanguageCode: language))
        #expect(name.hasPrefix(endonym.lowercased().prefix(4)), "\(language): \(name); CLDR says \(endonym)")
    }
}

/// The bundled tables count in their languages' forms.
@Suite struct BundledPluralFormsTests {
    static let counts = [0, 1, 2, 3, 5, 11, 21, 100]

    @Test func arabicCountsWithZeroDualPluralAndAccusative() {
        let t = SiteLanguage(tag: "ar").translations
        let written = Self.counts.map { t.number($0) }
        #expect(
            Self.counts.map { t.text("articles_count", count: $0) } == [
                "لا مقالات", "مقال واحد", "مقالان", "\(written[3]) مقالات", "\(written[4]) مقالات", "\(written[5]) مقالًا",
                "\(written[6]) مقالًا", "\(written[7]) مقال",
            ])
        #expect(
            Self.counts.map { t.text("search_results_for", count: $0, ["query": "شوشا"]) } == [
                "لا نتائج عن «شوشا»", "نتيجة واحدة عن «شوشا»", "نتيجتان عن «شوشا»", "\(written[3]) نتائج عن «شوشا»",
                "\(written[4]) نتائج عن «شوشا»", "\(written[5]) نتيجة عن «شوشا»", "\(written[6]) نتيجة عن «شوشا»",
                "\(written[7]) نتيجة عن «شوشا»",
            ])
        #expect(t.text("timeline_year_lead", numbers: ["year_count": 2, "year": 2016]).hasPrefix("حدثان في عام 2016،"))
        #expect(t.missing.isEmpty)
    }

    @Test func ukrainianCountsWithOneFewAndGenitivePlural() {
        let t = SiteLanguage(tag: "uk").translations
        #expect(
            Self.counts.map { t.text("mentions", count: $0) } == [
                "0 згадок", "1 згадка", "2 згадки", "3 згадки", "5 згадок", "11 згадок", "21 згадка", "100 згадок",
            ])
        #expect(
            Self.counts.map { t.text("articles_in_dossier", count: $0) } == [
                "У досьє 0 статей.", "У досьє 1 стаття.", "У досьє 2 статті.", "У досьє 3 статті.", "У досьє 5 статей.",
                "У досьє 11 статей.", "У досьє 21 стаття.", "У досьє 100 статей.",
            ])
        #expect(
            t.text("latest_events_shown", numbers: ["events_shown": 10, "event_count": 21]) == "Останні 10 з 21 події.")
        #expect(t.missing.isEmpty)
    }
}
