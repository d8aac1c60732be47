/// One language's edition of a multilingual site (`languages:` in `site.yml`): the default
/// language's at the site's root, each other's in a folder named by its tag (`ru/`), every page of
/// the site in each, in its language where a translation gives it.
struct Edition: Sendable, Hashable {
    /// The edition's language, a BCP 47 tag.
    let language: String
    /// Its folder in the site, ending in `/` (`ru/`); empty for the default language's.
    let folder: String

    /// The way from the edition's root back to the site's root: `../`, or empty for the default's.
    var up: String { folder.isEmpty ? "" : "../" }

    /// Whether this is the default language's edition, at the site's root.
    var isDefault: Bool { folder.isEmpty }

    /// The editions of `site`: one at the root for a site in one language.
    static func all(of site: SiteConfig) -> [Edition] {
        guard site.languages.count > 1 else { return [Edition(language: site.language, folder: "")] }
        return site.languages.enumerated().map { number, language in
            Edition(language: language, folder: number == 0 ? "" : language.lowercased() + "/")
        }
    }

    /// The settings the edition's pages are made with: its language, and its own address under the
    /// site's.
    func settings(of site: SiteConfig) -> SiteConfig {
        var edition = site
        edition.language = language
        edition.title = site.translatedTitles[language] ?? site.title
        edition.description = site.translatedDescriptions[language] ?? site.description
        edition.baseURL = site.baseURL.map { $0 + folder }
        return edition
    }
}
