import Foundation
import Testing

@testable import DossierKit

/// A dossier in several languages (`languages:` in `site.yml`): an edition per language, each
/// page's translation beside it, the original's text (marked with its language) where a
/// translation is missing, and links between the editions.
@Suite struct MultilingualSiteTests {
    static let files: [String: String] = [
        "site.yml": "title: K\nlanguages: [en, ru]\nbase_url: https://example.org/k/\n",
        "content/articles/ceasefire.md": """
        ---
        title: Ceasefire agreed in Moscow
        date: 2016-04-05
        summary: The chiefs of general staff agree to halt the fighting.
        entities: [Сергей Лавров]
        places: [moscow]
        events:
          - date: 2016-04-05
            title: A ceasefire is agreed in Moscow
        ---
        The fighting stopped at noon. ![Map](../media/map.svg)
        """,
        "content/articles/ceasefire.ru.md": """
        ---
        title: Перемирие в Москве
        summary: Начальники генштабов договорились прекратить огонь.
        ---
        Бои прекратились в полдень. ![Карта](../media/map.svg) См. [Лавров](../entities/sergey-lavrov.md).
        """,
        "content/articles/vienna.md": """
        ---
        title: Summit in Vienna
        date: 2016-05-16
        entities: [Sergey Lavrov]
        ---
        The presidents met in Vienna.
        """,
        "content/entities/sergey-lavrov.md":
            "---\nname: Sergey Lavrov\ntype: person\nrole: Foreign minister\n---\nRussia's foreign minister.\n",
        "content/entities/sergey-lavrov.ru.md":
            "---\nname: Сергей Лавров\nrole: Министр иностранных дел\n---\nМинистр иностранных дел России.\n",
        "content/places/moscow.md": "---\nname: Moscow\ntype: city\n---\n",
        "content/media/map.svg": "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"></svg>\n",
    ]

    @Test func eachLanguageHasAnEditionWithItsTranslations() throws {
        let project = try TestProject(Self.files)
        let report = try project.build(strict: true)
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
        let russian = try #require(project.page("ru/articles/ceasefire/index.html"))
        #expect(russian.contains("<html lang=\"ru\" dir=\"ltr\">"))
        #expect(russian.contains("<h1>Перемирие в Москве</h1>"), "a translated title carries no other language")
        #expect(russian.contains("Бои прекратились в полдень."))
        #expect(!russian.contains("The fighting stopped"))
        // The edition's links stay in the edition; media files are the root's.
        #expect(russian.contains("href=\"../../entities/sergey-lavrov/index.html\""))
        #expect(russian.contains("src=\"../../../media/map.svg\""))
        #expect(project.page("ru/media/map.svg") == nil, "media files are copied once")
        // The event is not translated: its title is marked as English.
        #expect(
            russian.contains("<p class=\"event-title\"><span lang=\"en\" dir=\"ltr\">A ceasefire is agreed in Moscow</span></p>"))
        let english = try #require(project.page("articles/ceasefire/index.html"))
        #expect(english.contains("<h1>Ceasefire agreed in Moscow</h1>"))
        #expect(english.contains("src=\"../../media/map.svg\""))
    }

    @Test func translationsLinkToEachOtherBothWays() throws {
        let project = try TestProject(Self.files)
        try project.build()
        let english = try #require(project.page("articles/ceasefire/index.html"))
        let russian = try #require(project.page("ru/articles/ceasefire/index.html"))
        for page in [english, russian] {
            #expect(
                page.contains(
                    "<link rel=\"alternate\" hreflang=\"en\" href=\"https://example.org/k/articles/ceasefire/index.html\">"))
            #expect(
                page.contains(
                    "<link rel=\"alternate\" hreflang=\"ru\" href=\"https://example.org/k/ru/articles/ceasefire/index.html\">"))
            #expect(page.contains("hreflang=\"x-default\""))
        }
        // The switcher links from the same depth to the other edition.
        #expect(english.contains("<a href=\"../../ru/articles/ceasefire/index.html\" hreflang=\"ru\" lang=\"ru\">Русский</a>"))
        #expect(russian.contains("<a href=\"../../../articles/ceasefire/index.html\" hreflang=\"en\" lang=\"en\">English</a>"))
        #expect(russian.contains("aria-current=\"true\">Русский</a>"))
        // An untranslated page is no Russian version: no hreflang claims one, the switcher still links.
        let vienna = try #require(project.page("articles/vienna/index.html"))
        #expect(!vienna.contains("hreflang=\"ru\" href="))
        #expect(vienna.contains("hreflang=\"ru\" lang=\"ru\">Русский</a>"))
        let sitemap = try #require(project.page("sitemap.xml"))
        #expect(
            sitemap.contains(
                "<url><loc>https://example.org/k/ru/articles/ceasefire/index.html</loc><lastmod>2016-04-05</lastmod><xhtml:link rel=\"alternate\" hreflang=\"en\" href=\"https://example.org/k/articles/ceasefire/index.html\"/>"
            ))
        #expect(
            sitemap.contains(
                "<url><loc>https://example.org/k/ru/articles/vienna/index.html</loc><lastmod>2016-05-16</lastmod></url>"))
        #expect(project.page("ru/sitemap.xml") == nil, "one sitemap lists every edition")
    }

    @Test func untranslatedTextIsShownMarkedWithItsLanguage() throws {
        let project = try TestProject(Self.files)
        try project.build()
        let vienna = try #require(project.page("ru/articles/vienna/index.html"))
        #expect(vienna.contains("<h1 lang=\"en\" dir=\"ltr\">Summit in Vienna</h1>"))
        #expect(vienna.contains("<div class=\"prose article-body\" lang=\"en\" dir=\"ltr\">"))
        #expect(vienna.contains("Этот текст ещё не переведён; здесь он на языке оригинала (английский)."))
        // The page's own words are Russian: the navigation, the dates.
        #expect(vienna.contains("16 мая 2016\u{202F}г."))
        let card = try #require(project.page("ru/articles/index.html"))
        #expect(
            card.contains(
                "<h3 class=\"card-title\"><a href=\"../articles/vienna/index.html\" lang=\"en\" dir=\"ltr\">Summit in Vienna</a></h3>"
            ))
        #expect(
            card.contains("<h3 class=\"card-title\"><a href=\"../articles/ceasefire/index.html\">Перемирие в Москве</a></h3>"))
        let lavrov = try #require(project.page("ru/entities/sergey-lavrov/index.html"))
        #expect(lavrov.contains("<h1>Сергей Лавров</h1>"))
        #expect(lavrov.contains("Министр иностранных дел России."))
        #expect(lavrov.contains("<bdi>Sergey Lavrov</bdi>"), "the original name is another name in use")
        let moscow = try #require(project.page("ru/places/moscow/index.html"))
        #expect(moscow.contains("<h1 lang=\"en\" dir=\"ltr\">Moscow</h1>"))
        // The default edition marks nothing.
        #expect(project.page("articles/vienna/index.html")?.contains("untranslated-note") == false)
    }

    @Test func referencesResolveInEveryLanguageAndEachEditionIsSearchable() throws {
        let project = try TestProject(Self.files)
        let report = try project.build()
        #expect(report.stubs == 0, "'Сергей Лавров' is the Russian translation's name: \(report.diagnostics)")
        let english = try #require(project.page("articles/ceasefire/index.html"))
        #expect(english.contains("href=\"../../entities/sergey-lavrov/index.html\""))
        let russianIndex = try SearchIndexReader(project, folder: "ru/")
        #expect(russianIndex.documents("перемирие").compactMap(russianIndex.row).contains { $0.row[1] == "Перемирие в Москве" })
        #expect(try SearchIndexReader(project).documents("перемирие").isEmpty)
        #expect(project.page("ru/search/index.html")?.contains("<html lang=\"ru\"") == true)
        #expect(project.page("ru/assets/dossier-texts.js")?.contains("\"ru\"") == true)
        #expect(project.page("ru/feed.xml")?.contains("xml:lang=\"ru\"") == true)
        #expect(project.page("ru/feed.xml")?.contains("<title>Перемирие в Москве</title>") == true)
        #expect(project.page("ru/404.html")?.contains("<html lang=\"ru\"") == true)
    }

    @Test func aTranslationGivesOnlyTextsAndNeedsItsOriginal() throws {
        var files = Self.files
        files["content/articles/ceasefire.ru.md"] = "---\ntitle: Перемирие\ndate: 2016-04-06\n---\nТекст.\n"
        files["content/articles/nothing.ru.md"] = "---\ntitle: Ничего\n---\n"
        files["content/entities/sergey-lavrov.ru.md"] = "---\nrole: Министр\n---\n"
        files["content/timeline/events.ru.yml"] = "- date: 2016-04-02\n  title: Бои\n"
        let messages = try TestProject(files).failingBuild().map(\.description)
        #expect(
            messages.contains(
                "content/articles/ceasefire.ru.md:3:1: error: a translation gives only the texts of its original (title, summary, draft, and its body); 'date' is the same in every language, so write it in content/articles/ceasefire.md and remove it here"
            ), "\(messages)")
        #expect(
            messages.contains(
                "content/articles/nothing.ru.md:1:1: error: this file is named as the ru translation of 'nothing', but there is no content/articles/nothing.md to translate; write the original first, or rename this file without '.ru'"
            ), "\(messages)")
        #expect(
            messages.contains(
                "content/entities/sergey-lavrov.ru.md:1:1: error: this translation has no 'name': write the name in ru ('name: …')"
            ),
            "\(messages)")
        #expect(messages.contains { $0.hasPrefix("content/timeline/events.ru.yml: error: timeline files are not translated") })
    }

    @Test func theLanguagesAreCheckedInSiteYml() throws {
        let wrong = try TestProject(["site.yml": "title: K\nlanguage: ru\nlanguages: [en, russian, en]\n"])
        let messages = wrong.failingBuild().map(\.description)
        #expect(
            messages.contains {
                $0.hasPrefix("site.yml:3:17: error: each of 'languages' should be a BCP 47 language tag")
                    && $0.contains("did you mean 'ru'?")
            }, "\(messages)")
        #expect(
            messages.contains("site.yml:3:26: error: 'en' is listed twice in 'languages'; list each language once"), "\(messages)"
        )
        let mismatched = try TestProject(["site.yml": "title: K\nlanguage: ru\nlanguages: [en, ru]\n"])
        #expect(
            mismatched.failingBuild().map(\.description).contains(
                "site.yml:2:11: error: 'language' is 'ru' but 'languages' starts with 'en': the first of 'languages' is the site's default language; put 'ru' first, or remove 'language'"
            ))
        let folder = try TestProject(["site.yml": "title: K\nlanguages: [en, search]\n"])
        #expect(
            folder.failingBuild().map(\.description).contains(
                "site.yml: error: the language 'search' would be published in search/, which is the site's own search/ folder; write a language's BCP 47 tag (a code of 2 or 3 letters: en, ru, hy)"
            ), "\(folder.failingBuild())")
        // A page whose id is a language's folder would be overwritten by that edition's home.
        let clash = try TestProject([
            "site.yml": "title: K\nlanguages: [en, ru]\n", "content/pages/ru.md": "---\ntitle: Russian\n---\n",
        ])
        #expect(clash.failingBuild().contains { $0.message.contains("ru/index.html") }, "\(clash.failingBuild())")
    }

    @Test func anArticleMaySayItIsWrittenInAnotherLanguage() throws {
        let project = try TestProject([
            "site.yml": "title: K\nlanguage: en\n",
            "content/articles/a.md": "---\ntitle: Заявление МИД\ndate: 2016-04-02\nlanguage: ru\n---\nТекст заявления.\n",
            "content/articles/b.md": "---\ntitle: B\ndate: 2016-04-03\nlanguage: english\n---\n",
        ])
        let messages = project.failingBuild().map(\.description)
        #expect(
            messages.contains { $0.hasPrefix("content/articles/b.md:4:11: error: 'language' should be a BCP 47") }, "\(messages)")
        try project.write("content/articles/b.md", "---\ntitle: B\ndate: 2016-04-03\nlanguage: en\n---\n")
        try project.build(strict: true)
        let page = try #require(project.page("articles/a/index.html"))
        #expect(page.contains("<h1 lang=\"ru\" dir=\"ltr\">Заявление МИД</h1>"))
        #expect(page.contains("<div class=\"prose article-body\" lang=\"ru\" dir=\"ltr\">"))
        #expect(!page.contains("untranslated-note"), "a site in one language translates nothing")
        #expect(page.contains("<span class=\"text-language\">Written in Russian</span>"), "the page says which language")
        #expect(project.page("articles/b/index.html")?.contains("<h1>B</h1>") == true, "the site's own language is not marked")
    }

    @Test func theTitleAndDescriptionMayBeWrittenInEachLanguage() throws {
        var files = Self.files
        files["site.yml"] = """
            languages: [en, ru]
            title: {en: Karabakh Dossier, ru: Досье о Карабахе, fr: Dossier}
            description:
              en: On the April war.
            """
        let project = try TestProject(files)
        let report = try project.build()
        #expect(
            report.diagnostics.map(\.description) == [
                "site.yml:2:53: warning: 'title' is written in 'fr', which is not one of the site's languages (en, ru), so it is not shown; add it to 'languages', or remove this line"
            ])
        #expect(project.page("index.html")?.contains("<title>Karabakh Dossier · Karabakh Dossier</title>") == true)
        let russian = try #require(project.page("ru/index.html"))
        #expect(russian.contains("<a class=\"site-title\" href=\"index.html\">Досье о Карабахе</a>"))
        #expect(russian.contains("On the April war."), "a text not written in a language is the default's")
    }

    @Test func aFileNamedForALanguageTheSiteDoesNotListIsLeftOut() throws {
        var files = Self.files
        files["content/articles/ceasefire.fr.md"] = "---\ntitle: Cessez-le-feu\n---\n"
        files["content/articles/vienna.en.md"] = "---\ntitle: Vienna\n---\n"
        let project = try TestProject(files)
        let messages = try project.build().diagnostics.map(\.description)
        #expect(
            messages.contains(
                "content/articles/ceasefire.fr.md: warning: this file is named as a translation into 'fr', which is not one of the site's other languages, so it is left out; add 'fr' to 'languages' in site.yml, or rename the file"
            ), "\(messages)")
        #expect(
            messages.contains(
                "content/articles/vienna.en.md: warning: this file is named as a translation into 'en', which is not one of the site's other languages, so it is left out; the en text is the file without a language (vienna.md); rename it"
            ), "\(messages)")
        #expect(
            project.page("articles/ceasefire-fr/index.html") == nil && project.page("articles/ceasefire.fr/index.html") == nil)
    }

    @Test func picturesOfTimeRunRightToLeftInArabic() throws {
        var files: [String: String] = [
            "content/entities/x.md": "---\nname: X\n---\n",
            "content/articles/a.md":
                "---\ntitle: A\ndate: 2015-04-02\nentities: [X]\nevents:\n  - date: 2015-04-02\n    title: E1\n---\n",
            "content/articles/b.md":
                "---\ntitle: B\ndate: 2016-06-02\nentities: [X]\nevents:\n  - date: 2016-06-02\n    title: E2\n---\n",
        ]
        func bars(_ page: String?) -> [Double] {
            let html = page ?? ""
            return html.matches(of: /<rect class="bar[^"]*" x="([0-9.]+)"/).compactMap { Double($0.output.1) }
        }
        files["site.yml"] = "title: T\nlanguage: en\n"
        let english = try TestProject(files)
        try english.build()
        files["site.yml"] = "title: T\nlanguage: ar\n"
        let arabic = try TestProject(files)
        try arabic.build()
        for path in ["entities/x/index.html", "timeline/index.html"] {
            let ltr = bars(english.page(path))
            let rtl = bars(arabic.page(path))
            #expect(ltr.count == 2 && rtl.count == 2, "\(path): \(ltr) \(rtl)")
            #expect(ltr.first! < ltr.last!, "\(path): the earliest bar is on the left in English")
            #expect(rtl.first! > rtl.last!, "\(path): the earliest bar is on the right in Arabic")
        }
        let strip = try #require(arabic.page("entities/x/index.html"))
        #expect(strip.contains("direction=\"ltr\""), "the picture lays out its own labels")
        #expect(strip.contains("text-anchor=\"end\">2016</text>"))
    }

    @Test func aLongListSaysHowManyMoreInTheSiteLanguage() throws {
        let places = (1...22).map { "P\($0)" }
        let project = try TestProject([
            "site.yml": "title: T\nlanguage: ru\n",
            "content/entities/x.md": "---\nname: X\n---\n",
            "content/articles/a.md":
                "---\ntitle: A\ndate: 2016-04-02\nentities: [X]\nplaces: [\(places.joined(separator: ", "))]\n---\n",
        ])
        try project.build()
        #expect(project.page("entities/x/index.html")?.contains("<p class=\"note\">и ещё 2</p>") == true)
    }

    @Test func anEditionListsNamesInItsOwnAlphabeticalOrder() throws {
        var files = Self.files
        files["content/entities/andrzej-kasprzyk.md"] = "---\nname: Andrzej Kasprzyk\ntype: person\n---\n"
        let project = try TestProject(files)
        try project.build()
        let english = try #require(project.page("entities/index.html"))
        let russian = try #require(project.page("ru/entities/index.html"))
        func position(_ name: String, in page: String) -> Int {
            page.range(of: name).map { page.distance(from: page.startIndex, to: $0.lowerBound) } ?? -1
        }
        #expect(position("Andrzej Kasprzyk", in: english) < position("Sergey Lavrov", in: english))
        // Russian collation puts Cyrillic before Latin; the untranslated name carries its language.
        #expect(position("Сергей Лавров", in: russian) < position("Andrzej Kasprzyk", in: russian))
        #expect(russian.contains("<bdi lang=\"en\">Andrzej Kasprzyk</bdi>"))
    }

    @Test func checkFindsATranslationsBrokenAnchorOnce() throws {
        var files = Self.files
        files["content/articles/ceasefire.ru.md"] = "---\ntitle: Перемирие\n---\nСм. [Вену](vienna.md#no-such-heading).\n"
        let project = try TestProject(files)
        let report = try SiteBuilder(options: BuildOptions(projectRoot: project.root)).check()
        let anchors = report.diagnostics.map(\.description).filter { $0.contains("no-such-heading") }
        #expect(anchors.count == 1, "\(anchors)")
        #expect(anchors.first?.hasPrefix("content/articles/ceasefire.ru.md:4:") == true, "\(anchors)")
    }
}
