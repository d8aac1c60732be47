import Foundation
import Testing

@testable import DossierKit

/// The site's language from CLDR: plural categories, dates at each precision, ranges, direction.
@Suite struct SiteLanguageTests {
    @Test func russianHasThreeFormsForCounts() {
        let rules = PluralRules(language: "ru")
        #expect([1, 2, 5, 21, 11, 22, 0].map(rules.category) == [.one, .few, .many, .one, .many, .few, .many])
        let english = PluralRules(language: "en")
        #expect([1, 2, 0].map(english.category) == [.one, .other, .other])
        let arabic = PluralRules(language: "ar")
        #expect([0, 1, 2, 3, 11, 100].map(arabic.category) == [.zero, .one, .two, .few, .many, .other])
    }

    @Test func russianDatesAtEachPrecision() throws {
        let dates = SiteLanguage(tag: "ru").dates
        let d = { (text: String) in PartialDate(parsing: text)! }
        #expect(dates.text(of: d("2016-04-11")) == "11 апреля 2016\u{202F}г.")
        #expect(dates.text(of: d("2016-04")) == "апрель 2016\u{202F}г.")
        #expect(dates.text(of: d("2016")) == "2016")
        #expect(dates.month(4, of: 2016) == "апрель 2016\u{202F}г.")
        #expect(dates.text(from: d("2016-04-02"), to: d("2016-04-05")) == "2—5 апреля 2016\u{202F}г.")
    }

    @Test func internationalEnglishByDefault() {
        let d = { (text: String) in PartialDate(parsing: text)! }
        let english = SiteLanguage(tag: "en").dates
        #expect(english.text(of: d("2016-04-11")) == "11 April 2016")
        #expect(english.text(of: d("2016-04")) == "April 2016")
        #expect(english.text(from: d("2016-03-28"), to: d("2016-04-05")) == "28 March\u{2009}–\u{2009}5 April 2016")
        #expect(english.text(from: d("1991"), to: d("1994-05")) == "1991 – May 1994", "mixed precisions")
        #expect(SiteLanguage(tag: "en-US").dates.text(of: d("2016-04-11")) == "April 11, 2016")
    }

    @Test func rightToLeftLanguagesAndScripts() {
        #expect(["ar", "fa", "he", "ur", "ar-EG", "az-Arab"].allSatisfy(SiteLanguage.isRightToLeft))
        #expect(!["en", "ru", "hy", "az", "az-Latn", "ka", "fr"].contains(where: SiteLanguage.isRightToLeft))
    }

    @Test func anArabicSiteIsMarkedRightToLeft() throws {
        let project = try TestProject([
            "site.yml": "title: ملف\nlanguage: ar\n",
            "content/articles/a.md": "---\ntitle: وقف إطلاق النار\ndate: 2016-04-05\n---\nنص.\n",
        ])
        try project.build()
        let page = try #require(project.page("articles/a/index.html"))
        #expect(page.contains("<html lang=\"ar\" dir=\"rtl\">"))
        #expect(page.contains("5 أبريل، 2016"), "the date in Arabic")
        let english = try TestProject(["site.yml": "title: T\n"])
        try english.build()
        #expect(english.page("index.html")?.contains("<html lang=\"en\" dir=\"ltr\">") == true)
    }
}
