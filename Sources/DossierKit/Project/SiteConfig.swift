import Foundation
import Yams

/// The site settings from `site.yml`.
struct SiteConfig: Sendable, Hashable {
    /// The site's name, in every page title and the header.
    var title: String
    /// One sentence about the dossier: the home page lead and the default page description.
    var description: String
    /// The language of the content, as a BCP 47 tag (`en`, `hy`, `ru`): `<html lang>`.
    var language: String
    /// The public address of the site (`https://example.org/karabakh/`), for feeds and sitemaps.
    var baseURL: String?
    /// Keep raw HTML in Markdown and links of any scheme. Only for content you trust.
    var unsafeHTML: Bool
    /// Articles per page in long lists (the articles index, and entity, place and tag pages).
    var paginateBy: Int = 50
    /// The languages of a multilingual site (`languages: [en, ru, hy]`), the default first: empty for
    /// a site in one language. The default's edition is at the site's root, each other's in a
    /// folder named by its tag (`ru/`): see `Edition`.
    var languages: [String] = []
    /// The licence of the content and data (`license:`), for the open data files.
    var license: DataLicense? = nil

    /// The title and description in each language of a multilingual site, by tag, where
    /// `site.yml` writes them per language (`title: {en: …, ru: …}`).
    var translatedTitles: [String: String] = [:]
    var translatedDescriptions: [String: String] = [:]

    /// The most languages one site may have.
    static let languagesLimit = 20

    /// The settings used when `site.yml` is missing.
    static let `default` = SiteConfig(
        title: "Dossier", description: "", language: "en", baseURL: nil, unsafeHTML: false)

    static let knownKeys = SiteConfigFile.Field.allCases.map(\.rawValue)

    /// Reads `site.yml` from `layout`; a missing file gives the defaults and a warning.
    static func load(from layout: ProjectLayout) -> (config: SiteConfig, diagnostics: [Diagnostic]) {
        let path = "site.yml"
        let found: InputFile
        switch DossierRoot(layout.root).file(at: path) {
        case .success(let file?): found = file
        case .failure(let problem): return (.default, [problem])
        case .success(nil):
            return (
                .default,
                [
                    .warning(
                        "there is no site.yml; using the title 'Dossier'. Create site.yml with 'title: …' and 'language: en'",
                        at: SourceLocation(path: path))
                ]
            )
        }
        let data: Data
        switch found.read(limit: InputLimits.siteConfigBytes, what: "site.yml") {
        case .success(let bytes): data = bytes
        case .failure(let problem): return (.default, [problem])
        }
        guard let text = TextDecoding.decode(data) else {
            let position = TextDecoding.firstInvalidPosition(in: data)
            return (
                .default,
                [
                    .error(
                        "site.yml is not valid UTF-8 text; save it as UTF-8",
                        at: SourceLocation(path: path, line: position.line, column: position.column))
                ]
            )
        }
        let decoder = FrontMatterDecoder(path: path, lineOffset: 0)
        let start = SourceLocation(path: path, line: 1, column: 1)
        switch decoder.compose(text) {
        case .failure(let diagnostic): return (.default, [diagnostic])
        case .success(nil): return (.default, [.warning("site.yml is empty; using the title 'Dossier'", at: start)])
        case .success(let node?):
            guard node.mapping != nil else {
                return (
                    .default,
                    [.error("site.yml must be a set of settings ('title: …'), one a line", at: decoder.location(of: node))]
                )
            }
            var diagnostics = decoder.unknownKeys(in: node, known: knownKeys, what: "site.yml")
            if let license = node.mapping?.writtenField("license"), license.mapping != nil {
                diagnostics += decoder.unknownKeys(in: license, known: LicenseField.knownKeys, what: "'license'")
            }
            let (file, problems) = decoder.read(SiteConfigFile.self, from: node, missingFieldsAt: start)
            diagnostics += problems
            guard let file else { return (.default, diagnostics) }
            let config = file.config(diagnostics: &diagnostics)
            return (config, diagnostics)
        }
    }
}

/// `site.yml` as written.
private struct SiteConfigFile: FrontMatterReadable {
    var title: LanguageTexts?
    var description: LanguageTexts?
    var language: Located<String>?
    var base_url: Located<String>?
    var unsafe_html: FlagField?
    var paginate_by: Located<Int>?
    var languages: ReferenceList?
    var license: LicenseField?
    /// Where `languages:` is written.
    var languagesLocation: SourceLocation?

    fileprivate enum Field: String, CaseIterable {
        case title, description, language, base_url, unsafe_html, paginate_by, languages, license
    }

    init(from value: FrontMatterValue) throws(Diagnostic) {
        let fields = try value.fields(keyedBy: Field.self)
        title = fields.optional(.title)
        description = fields.optional(.description)
        language = fields.optional(.language)
        base_url = fields.optional(.base_url)
        unsafe_html = fields.optional(.unsafe_html)
        paginate_by = fields.optional(.paginate_by)
        languages = fields.optional(.languages)
        license = fields.optional(.license)
        languagesLocation = languages?.items.first?.location
    }

    func config(diagnostics: inout [Diagnostic]) -> SiteConfig {
        var config = SiteConfig.default
        if let language {
            if let problem = LanguageTag.problem(with: language.text) {
                diagnostics.append(.error(problem, at: language.location))
            } else {
                config.language = language.text
            }
        }
        if let field = base_url, let base = field.text.nonEmpty {
            switch BaseURL.normalized(base) {
            case .success(let url): config.baseURL = url
            case .failure(let problem):
                diagnostics.append(.error(problem.message(for: "'base_url'", value: base), at: field.location))
            }
        }
        if let languages {
            let tags = Self.languages(languages, language: language, diagnostics: &diagnostics)
            if let first = tags.first { config.language = first }
            // One language is a site in one language.
            config.languages = tags.count > 1 ? tags : []
        }
        let languages = config.languages.isEmpty ? [config.language] : config.languages
        if let title {
            diagnostics += title.unknownLanguages(languages, field: "title")
            if let text = title.text(in: config.language, defaultLanguage: config.language)?.nonEmpty { config.title = text }
            for language in languages.dropFirst() {
                config.translatedTitles[language] = title.text(in: language, defaultLanguage: config.language)?.nonEmpty
            }
        }
        if let description {
            diagnostics += description.unknownLanguages(languages, field: "description")
            config.description = Self.trimmed(description.text(in: config.language, defaultLanguage: config.language))
            for language in languages.dropFirst() {
                config.translatedDescriptions[language] = Self.trimmed(
                    description.text(in: language, defaultLanguage: config.language))
            }
        }
        config.license = license?.license(diagnostics: &diagnostics)
        config.unsafeHTML = unsafe_html?.value ?? false
        if let paginate = paginate_by {
            if (1...10_000).contains(paginate.value) {
                config.paginateBy = paginate.value
            } else {
                diagnostics.append(
                    .error(
                        "'paginate_by' should be a number of articles per page from 1 to 10000, not \(paginate.value)",
                        at: paginate.location))
            }
        }
        return config
    }

    private static func trimmed(_ text: String?) -> String {
        text?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
    }

    /// The tags of `languages:`, each checked (a BCP 47 tag, written once, at most
    /// `SiteConfig.languagesLimit`); `language:`, when written too, must be the first. Empty when
    /// any is wrong, so that a mistake never publishes a half-made edition.
    private static func languages(
        _ list: ReferenceList, language: Located<String>?, diagnostics: inout [Diagnostic]
    ) -> [String] {
        var tags: [String] = []
        var seen: Set<String> = []
        var wrong = false
        for item in list.items {
            let text = item.text.trimmingCharacters(in: .whitespaces)
            if let problem = LanguageTag.problem(with: text) {
                diagnostics.append(
                    .error(problem.replacingOccurrences(of: "'language'", with: "each of 'languages'"), at: item.location))
                wrong = true
                continue
            }
            let tag = LanguageTag.canonical(text)
            guard seen.insert(tag.lowercased()).inserted else {
                diagnostics.append(.error("'\(tag)' is listed twice in 'languages'; list each language once", at: item.location))
                wrong = true
                continue
            }
            tags.append(tag)
        }
        if tags.count > SiteConfig.languagesLimit {
            diagnostics.append(
                .error(
                    "'languages' lists \(tags.count) languages; a site may have at most \(SiteConfig.languagesLimit)",
                    at: list.items.first?.location))
            wrong = true
        }
        if let language, let first = tags.first, LanguageTag.canonical(language.text).lowercased() != first.lowercased() {
            diagnostics.append(
                .error(
                    "'language' is '\(language.text)' but 'languages' starts with '\(first)': the first of 'languages' is the site's default language; put '\(language.text)' first, or remove 'language'",
                    at: language.location))
            wrong = true
        }
        return wrong ? [] : tags
    }
}
