import Foundation

/// The language of a text written in another than the page's (an article with `language: ru` on an
/// English site, or one not yet translated shown in a language's edition): the `lang` and `dir` of
/// the elements that hold it, so that readers, screen readers and hyphenation treat it right.
struct TextLanguage: Encodable, Sendable {
    let tag: String
    let direction: String
    /// For a text an edition shows untranslated: a note in the page's language saying in which
    /// language it is ("This text is not translated yet; it is shown in English.").
    let notice: String?
    /// On a page about the text: which language it is in, in the page's ("Written in Russian").
    let label: String?

    /// The language of a text in `language`, with no notice; `nil` when `language` is `nil`.
    init?(_ language: String?) {
        guard let language else { return nil }
        tag = language
        direction = SiteLanguage.direction(of: language)
        notice = nil
        label = nil
    }

    /// The language of a text in `language` on a page in `page`'s; `nil` when `language` is `nil`
    /// (the page's own). `untranslated` says the text stands in for a translation.
    init?(_ language: String?, page: SiteLanguage, untranslated: Bool) {
        guard let language else { return nil }
        tag = language
        direction = SiteLanguage.direction(of: language)
        let name = Locale(identifier: page.tag).localizedString(forLanguageCode: language) ?? language
        label = page.translations.text("written_in", ["language": name])
        notice = untranslated ? page.translations.text("shown_in_language", ["language": name]) : nil
    }
}
