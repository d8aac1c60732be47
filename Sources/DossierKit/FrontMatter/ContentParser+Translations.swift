import Yams

extension ContentParser {
    /// The translations among `files` (see `TranslationFiles`), and their bodies; a file with errors
    /// is left out and its problems reported. Translations are few beside the originals, so they are
    /// read without the parse memo.
    static func parseTranslations(_ files: [TranslationFile]) -> (
        translations: [Translation], bodies: [String: String], diagnostics: [Diagnostic]
    ) {
        var translations: [Translation] = []
        var bodies: [String: String] = [:]
        var diagnostics: [Diagnostic] = []
        for (parsed, problems) in files.parallelMap(parseTranslation) {
            diagnostics += problems
            guard let parsed else { continue }
            translations.append(parsed.model)
            bodies[parsed.model.path] = parsed.body
        }
        return (translations, bodies, diagnostics)
    }

    static func parseTranslation(_ translation: TranslationFile) -> (WithBody<Translation>?, [Diagnostic]) {
        let file = translation.file
        let texts = TranslationFrontMatter.textKeys(of: file.kind)
        let original = "\(file.kind.folderName)/\(translation.id).md"
        return decodeFrontMatter(
            TranslationFrontMatter.self, file: file, knownKeys: TranslationFrontMatter.originalKeys(of: file.kind)
        ) {
            matter, block, node, decoder in
            var diagnostics: [Diagnostic] = []
            // A fact written in a translation would say something the original does not.
            for (key, _) in node.mapping.map(Array.init) ?? [] {
                guard let name = key.string, !texts.contains(name),
                    TranslationFrontMatter.originalKeys(of: file.kind).contains(name)
                else { continue }
                diagnostics.append(
                    .error(
                        "a translation gives only the texts of its original (\(texts.joined(separator: ", ")), and its body); '\(name)' is the same in every language, so write it in content/\(original) and remove it here",
                        at: decoder.location(of: key)))
            }
            let titleKey = texts.first ?? "title"
            guard let title = titleKey == "name" ? matter.name : matter.title, !title.text.isEmpty else {
                diagnostics.append(
                    .error(
                        "this translation has no '\(titleKey)': write the \(titleKey) in \(translation.language) ('\(titleKey): …')",
                        at: SourceLocation(path: file.path, line: 1, column: 1)))
                return (nil, diagnostics)
            }
            let model = Translation(
                id: translation.id, kind: file.kind, language: translation.language, path: file.path, title: title.text,
                titleLocation: title.location, summary: matter.summary?.text.trimmed.nonEmpty,
                aliases: cleaned(matter.aliases), role: matter.role?.trimmed.nonEmpty, isDraft: matter.draft?.value ?? false,
                bodyFirstLine: block.bodyFirstLine)
            return (model, diagnostics)
        }
    }
}
