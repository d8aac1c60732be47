import Foundation

/// A content file that translates another: its name is the original's with one of the site's other
/// languages before the extension (`ceasefire-moscow.ru.md` for `ceasefire-moscow.md`).
struct TranslationFile: Sendable {
    let file: SourceFile
    /// The language, as `languages:` in `site.yml` writes it.
    let language: String
    /// The original's id.
    let id: String
}

/// Tells translations from originals by their names. Ids may contain dots (`v1.2`), so only the
/// site's own languages make a translation: in a site in one language no file is one.
enum TranslationFiles {
    /// `files` parted into originals and translations into `languages` (the site's languages but the
    /// default, `defaultLanguage`); a timeline file named as a translation is a problem (its events
    /// would be counted twice), and a file named as a translation into a language the site does not
    /// list (`x.fr.md`, a language ISO 639 knows) is left out with a warning.
    static func split(_ files: [SourceFile], languages: [String], defaultLanguage: String) -> (
        originals: [SourceFile], translations: [TranslationFile], problems: [Diagnostic]
    ) {
        var originals: [SourceFile] = []
        var translations: [TranslationFile] = []
        var problems: [Diagnostic] = []
        for file in files {
            guard let language = languages.first(where: { file.id.lowercased().hasSuffix("." + $0.lowercased()) }),
                file.id.count > language.count + 1
            else {
                if let unlisted = unlistedLanguage(of: file.id, defaultLanguage: defaultLanguage) {
                    let fix =
                        unlisted.lowercased() == defaultLanguage.lowercased()
                        ? "the \(unlisted) text is the file without a language (\(file.id.dropLast(unlisted.count + 1)).md); rename it"
                        : "add '\(unlisted)' to 'languages' in site.yml, or rename the file"
                    problems.append(
                        .warning(
                            "this file is named as a translation into '\(unlisted)', which is not one of the site's other languages, so it is left out; \(fix)",
                            at: SourceLocation(path: file.path)))
                    continue
                }
                originals.append(file)
                continue
            }
            guard file.kind != .timeline else {
                problems.append(
                    .error(
                        "timeline files are not translated: its events would be on the timeline twice; give this file a name without '.\(language)', or merge its events into the original",
                        at: SourceLocation(path: file.path)))
                continue
            }
            translations.append(TranslationFile(file: file, language: language, id: String(file.id.dropLast(language.count + 1))))
        }
        return (originals, translations, problems)
    }

    /// The language a file named `id` says it is in (`x.fr`: `fr`), when ISO 639 knows it.
    private static func unlistedLanguage(of id: String, defaultLanguage: String) -> String? {
        guard let dot = id.lastIndex(of: "."), dot != id.startIndex else { return nil }
        let suffix = id[id.index(after: dot)...]
        guard (2...3).contains(suffix.count), suffix.allSatisfy({ $0.isASCII && $0.isLowercase }) else { return nil }
        return knownCodes.contains(String(suffix)) ? String(suffix) : nil
    }

    /// The language codes of ISO 639 that Foundation knows.
    private static let knownCodes = Set(Locale.LanguageCode.isoLanguageCodes.map(\.identifier))
}
