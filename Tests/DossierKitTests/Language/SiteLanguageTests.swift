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

/// Names in another script than the page's keep their own direction.
@Suite struct MixedDirectionTests {
    @Test func namesAreIsolatedAndAStubSaysSoInTheSiteLanguage() throws {
        let project = try TestProject([
            "site.yml": "title: T\nlanguage: ru\n",
            "content/places/stepanakert.md": "---\nname: Степанакерт\naliases: [Xankəndi, خانكندي]\n---\n",
            "content/articles/a.md": "---\ntitle: A\ndate: 2016-04-05\nentities: [Ильхам Алиев]\nplaces: [Степанакерт]\n---\n",
        ])
        try project.build()
        let article = try #require(project.page("articles/a/index.html"))
        #expect(article.contains("title=\"Справка ещё не написана\"><bdi>Ильхам Алиев</bdi></a>"), "a stub, in Russian")
        #expect(!article.contains("No profile written yet"))
        #expect(article.contains("><bdi>Степанакерт</bdi></a>"))
        let place = try #require(project.page("places/stepanakert/index.html"))
        #expect(place.contains("<bdi>خانكندي</bdi>"), "each name in use keeps its direction")
    }
}

/// The built-in theme's texts come from the translation tables, in the site's language.
@Suite struct TranslatedThemeTests {
    @Test func aRussianSiteCountsMentionsInRussian() throws {
        var files = [
            "site.yml": "title: Досье\nlanguage: ru\n",
            "content/entities/a.md": "---\nname: Лавров\n---\n", "content/entities/b.md": "---\nname: Керри\n---\n",
            "content/entities/c.md": "---\nname: Алиев\n---\n", "content/entities/d.md": "---\nname: Саргсян\n---\n",
        ]
        // 21 articles name a, 5 name b, 2 name c, 1 names d.
        for number in 1...21 {
            var names = ["a"]
            if number <= 5 { names.append("b") }
            if number <= 2 { names.append("c") }
            if number == 1 { names.append("d") }
            files["content/articles/n\(number).md"] =
                "---\ntitle: Статья \(number)\ndate: 2016-04-\(String(format: "%02d", number))\nentities: [\(names.joined(separator: ", "))]\n---\nТекст.\n"
        }
        let project = try TestProject(files)
        try project.build(strict: true)
        let home = try #require(project.page("index.html"))
        for text in ["21 упоминание", "5 упоминаний", "2 упоминания", "1 упоминание"] {
            #expect(home.contains("<span class=\"count\">\(text)</span>"), "\(text)")
        }
        #expect(home.contains(">Последние материалы<"))
        #expect(home.contains("aria-current=\"page\">Главная</a>"), "the navigation too")
        #expect(home.contains("21 апреля 2016\u{202F}г."), "dates in Russian")
        let english = try TestProject(["site.yml": "title: T\n", "content/entities/a.md": "---\nname: A\n---\n"])
        try english.build()
        #expect(english.page("index.html")?.contains(">Key actors<") == true)
    }

    @Test func aValueEndingInAFullStopEndsTheSentence() {
        let russian = SiteLanguage(tag: "ru")
        let when = russian.dates.text(of: PartialDate(parsing: "2016-04")!)
        #expect(when.hasSuffix("г."))
        let sentence = russian.translations.text("activity_all_in", count: 7, ["when": when])
        #expect(sentence == "7 статей, все за \(when)", "one full stop, not two")
        #expect(Message.fill("{a}. {b}.", ["a": "x", "b": "y."]) == "x. y.")
    }

    @Test func anUnknownTextInATemplateIsAnErrorAtItsPlace() throws {
        let project = try TestProject([
            "site.yml": "title: T\n", "content/pages/about.md": "---\ntitle: About\n---\n",
            "templates/home.mustache": "{{<base}}{{$main}}\n<h1>{{t.latest_reportng}}</h1>{{/main}}{{/base}}\n",
        ])
        let messages = project.failingBuild().map(\.description)
        #expect(
            messages == [
                "templates/home.mustache:2:5: error: the template reads the text 't.latest_reportng', which no translation table has; did you mean 't.latest_reporting'?"
            ], "\(messages)")
    }

    @Test func theEmbeddedTablesAreTheFolders() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../../i18n")
            .standardizedFileURL
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".yml") }
        #expect(Set(names.map { String($0.dropLast(4)) }) == Set(BundledTranslations.files.keys))
        for name in names {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            #expect(BundledTranslations.files[String(name.dropLast(4))] == text, "run scripts/embed-i18n.py: \(name)")
        }
    }

    @Test func everyBuiltInTableParsesAndHasOnlyEnglishKeys() throws {
        let english = try Translations.parse(BundledTranslations.files["en"]!)
        for (language, text) in BundledTranslations.files {
            let table = try Translations.parse(text)
            #expect(!table.isEmpty, "\(language)")
            #expect(Set(table.keys).isSubset(of: Set(english.keys)), "\(language) has keys English lacks")
        }
    }
}

/// The built-in stylesheet lays pages out for both directions.
@Suite struct LogicalStylesheetTests {
    @Test func theStylesheetHasNoPhysicalLeftOrRight() throws {
        let css = String(decoding: try #require(DefaultTheme.fileContents["assets/style.css"]), as: UTF8.self)
        let physical = css.split(separator: "\n").enumerated().filter { _, line in
            let rule = line.replacingOccurrences(of: "text-align: left", with: "").replacingOccurrences(
                of: "text-align: right", with: "")
            return rule.contains("left") || rule.contains("right")
        }
        #expect(
            physical.isEmpty,
            "use margin-inline-start, inset-inline-end, border-inline-start…: \(physical.map { "line \($0.offset + 1): \($0.element)" })"
        )
    }
}

/// A dossier's own texts: `i18n/<language>.yml` overrides or completes the built-in tables.
@Suite struct DossierTranslationsTests {
    @Test func anEnglishDossierCallsItsEntitiesActors() throws {
        let project = try TestProject([
            "site.yml": "title: T\n",
            "content/entities/a.md": "---\nname: A\n---\n",
            "i18n/en.yml": "strings:\n  entities: Actors\n  mentions:\n    one: \"{count} hit\"\n    other: \"{count} hits\"\n",
        ])
        try project.build(strict: true)
        let index = try #require(project.page("entities/index.html"))
        #expect(index.contains("<h1>Actors</h1>"))
        #expect(index.contains(">Actors</a>"), "in the navigation")
        try project.write("i18n/en.yml", "strings:\n  entities: Players\n")
        let report = try project.build()
        #expect(!report.upToDate, "an edited table is a changed input")
        #expect(project.page("entities/index.html")?.contains("<h1>Players</h1>") == true)
    }

    @Test func problemsInATableAreReportedAtTheirLines() throws {
        let project = try TestProject([
            "site.yml": "title: T\n",
            "content/pages/about.md": "---\ntitle: About\n---\n",
            "i18n/en.yml": "strings:\n  entites: Actors\n  mentions:\n    one: \"{count} hit\"\n  articles: [a, b]\n",
        ])
        let messages = project.failingBuild().map(\.description)
        #expect(
            messages == [
                "i18n/en.yml:2:3: warning: no text of the theme is called 'entites', so this one is never shown; did you mean 'entities'?",
                "i18n/en.yml:3:3: error: the forms of 'mentions' need 'other', the form for any number the other categories leave out",
                "i18n/en.yml:5:3: error: 'articles' should be a text, or its forms by plural category (one: …, other: …)",
            ], "\(messages)")
    }

    @Test func aTableMaySayItsLanguageIsWrittenRightToLeft() throws {
        // Syriac is written right to left, and Dossier does not know it; the dossier's table says so.
        let project = try TestProject([
            "site.yml": "title: T\nlanguage: syr\n", "i18n/syr.yml": "direction: rtl\n",
        ])
        try project.build()
        #expect(project.page("index.html")?.contains("<html lang=\"syr\" dir=\"rtl\">") == true)
        // Only the direction changes: the pages' fingerprints must see it.
        try project.write("i18n/syr.yml", "direction: ltr\n")
        try project.build()
        #expect(project.page("index.html")?.contains("<html lang=\"syr\" dir=\"ltr\">") == true)
        try project.write("i18n/syr.yml", "direction: rtl\nstrings:\n  entities: Actors\n")
        try project.build()
        #expect(project.page("entities/index.html")?.contains("<h1>Actors</h1>") == true, "beside strings:")
        try project.write("i18n/syr.yml", "direction: sideways\n")
        let messages = project.failingBuild().map(\.description)
        #expect(
            messages.contains(
                "i18n/syr.yml:1:12: error: 'direction' says which way the language is written: rtl (right to left, as Arabic) or ltr (left to right)"
            ), "\(messages)")
    }

    @Test func aLanguageWithoutTextsIsShownInEnglishWithOneWarning() throws {
        let project = try TestProject(["site.yml": "title: T\nlanguage: it\n"])
        let report = try project.build()
        let warnings = report.diagnostics.filter { $0.message.contains("translation") }.map(\.description)
        #expect(warnings.count == 1)
        #expect(warnings.first?.hasPrefix("site.yml: warning: ") == true, "\(warnings)")
        #expect(warnings.first?.contains("have no 'it' translation, so they are shown in English") == true)
        #expect(project.page("index.html")?.contains(">Latest reporting<") == true)
        try project.write("i18n/it.yml", "strings:\n  latest_reporting: Ultimi articoli\n")
        let again = try project.build()
        #expect(project.page("index.html")?.contains(">Ultimi articoli<") == true)
        #expect(
            again.diagnostics.contains { $0.location?.path == "i18n/it.yml" && $0.message.contains("shown in English") },
            "the warning moves to the table that lacks them")
    }
}

/// The script's texts come from the same tables, in the site's language.
@Suite struct ScriptTextsTests {
    @Test func aRussianSiteGivesTheScriptRussianTextsWithTheirForms() throws {
        let project = try TestProject(["site.yml": "title: T\nlanguage: ru\n"])
        try project.build()
        let script = try #require(project.page("assets/dossier-texts.js"))
        #expect(script.hasPrefix("window.DOSSIER_TEXTS = {\"lang\":\"ru\",\"texts\":{"))
        #expect(script.contains("\"search_no_matches\":\"Ничего не найдено\""))
        #expect(script.contains("\"many\":\"По запросу «{query}» — {count} результатов\""))
        #expect(script.contains("\"entity_type_person\":\"Человек\""))
        let base = try #require(project.page("index.html"))
        let texts = try #require(base.range(of: "assets/dossier-texts.js"))
        let main = try #require(base.range(of: "assets/dossier.js"))
        #expect(texts.lowerBound < main.lowerBound, "the texts load first")
    }
}

/// A dossier's tables are hostile input like the rest of it.
@Suite struct HostileTranslationsTests {
    @Test func aTableThatLeadsOutOfTheDossierOrIsHugeIsRefused() throws {
        let project = try TestProject(["site.yml": "title: T\n", "content/pages/about.md": "---\ntitle: About\n---\n"])
        try FileManager.default.createDirectory(
            at: project.root.appendingPathComponent("i18n"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            atPath: project.root.appendingPathComponent("i18n/en.yml").path, withDestinationPath: "/etc/passwd")
        let linked = project.failingBuild()
        #expect(linked.contains { $0.location?.path == "i18n/en.yml" && $0.severity == .error }, "\(linked)")
        #expect(!linked.contains { $0.message.contains("root:") }, "nothing of the target is echoed")
        try FileManager.default.removeItem(at: project.root.appendingPathComponent("i18n/en.yml"))
        try project.write("i18n/en.yml", "strings:\n  entities: \"" + String(repeating: "x", count: 1_100_000) + "\"\n")
        let huge = project.failingBuild()
        #expect(huge.contains { $0.location?.path == "i18n/en.yml" && $0.severity == .error }, "\(huge.map(\.message))")
        try project.write(
            "i18n/en.yml",
            "a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\nstrings: {}\n"
        )
        let aliases = project.failingBuild()
        #expect(
            aliases.contains { $0.location?.path == "i18n/en.yml" && $0.severity == .error },
            "an alias bomb: \(aliases.map(\.message))")
    }
}

/// The keys the theme's script reads and the keys `ScriptTexts` writes are the same list.
@Suite struct ScriptTextKeysTests {
    @Test func everyTextTheScriptReadsIsWritten() throws {
        let script = String(decoding: try #require(DefaultTheme.fileContents["assets/dossier.js"]), as: UTF8.self)
        var read: Set<String> = []
        var rest = script[...]
        // Calls of the script's own `t("key", …)`, not `split("|")` or `querySelector("…")`.
        while let call = rest.range(of: "t(\"") {
            let before = call.lowerBound == script.startIndex ? " " : script[script.index(before: call.lowerBound)]
            let key = rest[call.upperBound...].prefix { $0 != "\"" }
            if !before.isLetter, before != ".", !key.hasSuffix("_") { read.insert(String(key)) }
            rest = rest[call.upperBound...]
        }
        for kind in ["entities", "places", "articles", "pages", "tags", "events"] { read.insert(kind) }
        for type in ["person", "organization", "country", "group", "other"] { read.insert("entity_type_" + type) }
        for type in ["region", "city", "village", "site"] { read.insert("place_type_" + type) }
        #expect(
            read.subtracting(ScriptTexts.keys).isEmpty,
            "keys the script reads but is not given: \(read.subtracting(ScriptTexts.keys))")
        let english = try Translations.parse(BundledTranslations.files["en"]!)
        #expect(Set(ScriptTexts.keys).isSubset(of: Set(english.keys)), "every key has an English text")
    }
}
