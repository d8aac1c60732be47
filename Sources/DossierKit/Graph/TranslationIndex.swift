/// The translations of a dossier by what they translate: each original's texts in each language,
/// checked against the originals (a translation of nothing, or two of one file into one language,
/// is an error).
struct TranslationIndex: Sendable {
    /// What a translation translates.
    struct Key: Sendable, Hashable {
        var kind: ContentKind
        var id: String
        var language: String
    }

    private(set) var byKey: [Key: Translation] = [:]
    private(set) var diagnostics: [Diagnostic] = []

    /// The index of `translations`, whose originals are the ids in `originals` (by kind).
    init(_ translations: [Translation], originals: [ContentKind: Set<String>]) {
        for translation in translations.sorted(by: { $0.path < $1.path }) {
            let key = Key(kind: translation.kind, id: translation.id, language: translation.language)
            let folder = translation.kind.folderName
            guard originals[translation.kind]?.contains(translation.id) == true else {
                diagnostics.append(
                    .error(
                        "this file is named as the \(translation.language) translation of '\(translation.id)', but there is no content/\(folder)/\(translation.id).md to translate; write the original first, or rename this file without '.\(translation.language)'",
                        at: SourceLocation(path: translation.path, line: 1, column: 1)))
                continue
            }
            if let first = byKey[key] {
                diagnostics.append(
                    .error(
                        "two files translate '\(translation.id)' into \(translation.language): \(first.path) and \(translation.path); keep one",
                        at: SourceLocation(path: translation.path, line: 1, column: 1)))
                continue
            }
            byKey[key] = translation
        }
    }

    /// The translation of the `kind` with `id` into `language`, when there is one ready (not a draft).
    func translation(of kind: ContentKind, _ id: String, into language: String) -> Translation? {
        byKey[Key(kind: kind, id: id, language: language)].flatMap { $0.isDraft ? nil : $0 }
    }

    /// Every name of the `kind` with `id` in its translations (the name, then the aliases, by
    /// language), where each is written: references resolve in every language.
    func names(of kind: ContentKind, _ id: String, languages: [String]) -> [Located<String>] {
        languages.flatMap { language -> [Located<String>] in
            guard let translation = byKey[Key(kind: kind, id: id, language: language)] else { return [] }
            return [Located(translation.title, at: translation.titleLocation)] + translation.aliases
        }
    }
}
