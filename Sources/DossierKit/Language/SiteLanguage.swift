import Foundation

/// The language the site is read in (`language:` of `site.yml`): how it writes dates, which plural
/// form a number takes, and which way its text runs.
final class SiteLanguage: Sendable {
    /// The BCP 47 tag, as `site.yml` gives it (`<html lang>`).
    let tag: String
    /// Dates in the language.
    let dates: DateText
    /// Its plural categories.
    let plurals: PluralRules
    /// Whether its script runs right to left.
    let isRightToLeft: Bool
    /// The texts the reader sees.
    let translations: Translations

    /// The languages whose text runs right to left (by their language subtag): Arabic, Persian,
    /// Hebrew, Urdu, Pashto, Sindhi, Kurdish (Sorani), Uyghur, Dhivehi, Yiddish.
    static let rightToLeft: Set<String> = ["ar", "fa", "he", "iw", "ur", "ps", "sd", "ckb", "ug", "dv", "yi"]

    /// The language of `tag`. Bare `en` writes dates as international English does (CLDR's
    /// `en-001`: "11 April 2016"); `en-US` and the others as their own locale.
    /// `rightToLeft` is what the dossier's own table says of the direction (`direction: rtl`), over
    /// what Dossier knows of the language.
    init(tag: String, overrides: [String: Message] = [:], rightToLeft: Bool? = nil) {
        self.tag = tag
        let identifier = tag.lowercased() == "en" ? "en_001" : tag.replacingOccurrences(of: "-", with: "_")
        dates = DateText(locale: Locale(identifier: identifier))
        plurals = PluralRules(language: identifier)
        translations = Translations(
            language: tag, rules: plurals, locale: Locale(identifier: identifier), overrides: overrides)
        isRightToLeft = rightToLeft ?? Self.isRightToLeft(tag)
    }

    /// Whether text in the language `tag` runs right to left: by its script when the tag names one
    /// (`az-Arab`, `ku-Arab`, `pa-Arab`), else by its language.
    static func isRightToLeft(_ tag: String) -> Bool {
        let subtags = tag.split(separator: "-")
        let script = subtags.dropFirst().first { $0.count == 4 }?.lowercased()
        if let script { return ["arab", "hebr", "thaa", "syrc", "nkoo", "adlm", "rohg"].contains(script) }
        return subtags.first.map { rightToLeft.contains($0.lowercased()) } ?? false
    }

    /// The writing direction for `dir=`: `rtl` or `ltr`.
    var direction: String { isRightToLeft ? "rtl" : "ltr" }

    /// English, for what is drawn without a site's language.
    static let english = SiteLanguage(tag: "en")

    /// The writing direction of `tag` for `dir=`: `rtl` or `ltr`.
    static func direction(of tag: String) -> String { isRightToLeft(tag) ? "rtl" : "ltr" }
}
