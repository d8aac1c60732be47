import Foundation
import Testing

@testable import DossierKit

/// One case per kind of bad input: each gets a precise diagnostic, and a failed build writes nothing.
@Suite struct InvalidProjectTests {
    private func messages(_ files: [String: String], strict: Bool = false) throws -> [String] {
        try TestProject(["site.yml": Fixture.site].merging(files) { _, new in new }).failingBuild(strict: strict).map(
            \.description)
    }

    private func warnings(_ files: [String: String]) throws -> [String] {
        try TestProject(["site.yml": Fixture.site].merging(files) { _, new in new }).build().diagnostics.map(\.description)
    }

    @Test func reportsEveryProblemInEveryFileAtOnce() throws {
        let found = try messages([
            "content/articles/a.md": "---\ntitle: A\ndate: 2016-02-30\nevents:\n  - date: 2016-13\n    title: E\n---\n",
            "content/places/p.md": "---\nname: P\ncoordinates: [91, 10]\ntype: city\n---\n",
            "content/entities/e.md": "---\ntype: person\n---\n",
        ])
        #expect(
            found == [
                "content/articles/a.md:3:7: error: 'date': '2016-02-30' is not a real date: that month has no day 30; expected a date as YYYY, YYYY-MM or YYYY-MM-DD",
                "content/articles/a.md:5:11: error: 'date' in item 1 of 'events': '2016-13' is not a real date: there is no month 13; expected a date as YYYY, YYYY-MM or YYYY-MM-DD",
                "content/entities/e.md:1:1: error: missing required field 'name'; add a line 'name: …'",
                "content/places/p.md:3:14: error: 'coordinates' [91.0, 10.0] are out of range; latitude comes first (-90 to 90), then longitude (-180 to 180)",
            ])
    }

    @Test func aFileThatCannotBeReadIsReportedOnceNotAgainByTheReferencesToIt() throws {
        let found = try messages([
            "content/articles/a.md": Fixture.article("A", extra: "entities: [medvedev]\nplaces: [p]"),
            "content/articles/b.md": "",
            "content/entities/medvedev.md": "",
            "content/places/p.md": "---\ntype: city\n---\n",
            "content/timeline/t.yml": "- date: 2016\n  title: E\n  sources: [b]\n",
        ])
        #expect(
            found == [
                "content/articles/b.md:1:1: error: this file is empty; the smallest article is a front matter block with its title and date between two lines '---' ('---', 'title: …', 'date: 2016-04-11', '---', one a line), then its text",
                "content/entities/medvedev.md:1:1: error: this file is empty; the smallest entity file is a front matter block with its name between two lines '---' ('---', 'name: …', '---', one a line); its type ('type: person') and a profile under the block are optional",
                "content/places/p.md:1:1: error: missing required field 'name'; add a line 'name: …'",
            ])
    }

    @Test func invalidUTF8NamesLineAndColumn() throws {
        let project = try TestProject(["site.yml": Fixture.site])
        var bytes = Data("---\ntitle: Caf".utf8)
        bytes.append(contentsOf: [0xE9, 0x0A])
        bytes.append(Data("date: 2016\n---\n".utf8))
        try project.write("content/articles/latin1.md", bytes)
        #expect(
            project.failingBuild().map(\.description) == [
                "content/articles/latin1.md:2:11: error: this file is not valid UTF-8 text; save it as UTF-8 in your editor"
            ])
    }

    @Test func duplicateKeyIsAnError() throws {
        let found = try messages(["content/articles/a.md": "---\ntitle: A\ndate: 2016\ntitle: B\n---\n"])
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("content/articles/a.md:") == true)
        #expect(found.first?.contains("'title' is written twice") == true)
    }

    @Test func twoFilesWithTheSameIdInDifferentFoldersIsAnErrorNamingBoth() throws {
        let found = try messages([
            "content/entities/people/kerry.md": Fixture.entity("John Kerry"),
            "content/entities/us/kerry.md": Fixture.entity("Kerry again"),
        ])
        #expect(
            found == [
                "content/entities/us/kerry.md:1:1: error: two entity files have the id 'kerry': content/entities/people/kerry.md and content/entities/us/kerry.md; ids come from file names and must be unique, so rename one"
            ])
    }

    @Test func placeCyclesAndSelfContainmentAreErrors() throws {
        let cycle = try messages([
            "content/places/a.md": Fixture.place("A", extra: "in: b"),
            "content/places/b.md": Fixture.place("B", extra: "in: a"),
        ])
        #expect(cycle.count == 1)
        #expect(cycle.first?.contains("make a loop: 'b' → 'a' → 'b'") == true)
        let inside = try messages(["content/places/a.md": Fixture.place("A", extra: "in: A")])
        #expect(
            inside == ["content/places/a.md:4:5: error: the place 'a' is inside itself ('in: A'); name its parent place instead"])
    }

    @Test func sourceURLMustBeWebOrMail() throws {
        let found = try messages([
            "content/articles/a.md": Fixture.article("A", extra: "source: {name: X, url: \"javascript:alert(1)\"}")
        ])
        #expect(
            found == [
                "content/articles/a.md:4:24: error: 'url' in 'source': links may only use http, https or mailto, not 'javascript:'; write the full web address (https://…)"
            ])
    }

    @Test func unknownEntityTypeWarnsWithSuggestion() throws {
        let found = try warnings(["content/entities/e.md": Fixture.entity("E", type: "persn")])
        #expect(
            found == [
                "content/entities/e.md:3:7: warning: unknown entity type 'persn'; expected one of person, organization, country, group, other; did you mean 'person'? (shown as 'other' for now)"
            ])
    }

    @Test func missingSiteConfigWarnsAndInvalidSettingsAreErrors() throws {
        let project = try TestProject(["content/articles/a.md": Fixture.article("A")])
        #expect(
            try project.build().diagnostics.map(\.description) == [
                "site.yml: warning: there is no site.yml; using the title 'Dossier'. Create site.yml with 'title: …' and 'language: en'"
            ])
        try project.write("site.yml", "title: T\nbase_url: example.org\nlanguage: \"en gb\"\n")
        #expect(
            project.failingBuild().map(\.description) == [
                "site.yml:2:11: error: 'base_url' should be an absolute http or https address with a host and no query or fragment, such as https://example.org/dossier/; 'example.org' is not a web address (it should start with https://)",
                "site.yml:3:11: error: 'language' should be a BCP 47 language tag such as en, hy, ru or en-GB, with '-' between its parts, not 'en gb'; did you mean 'en-GB'?",
            ])
    }

    @Test func theLanguageMustBeALanguageTagAndANameGetsItsCode() throws {
        let shape = "(a language code of 2 or 3 letters, then optionally a script such as Latn and a region such as GB or 419)"
        let cases = [
            ("english", ", not a language's name ('english'); did you mean 'en'?"),
            ("Russian", ", not a language's name ('Russian'); did you mean 'ru'?"),
            ("armenian", ", not a language's name ('armenian'); did you mean 'hy'?"),
            ("azerbaijani", ", not a language's name ('azerbaijani'); did you mean 'az'?"),
            ("georgian", ", not a language's name ('georgian'); did you mean 'ka'?"),
            ("ukrainian", ", not a language's name ('ukrainian'); did you mean 'uk'?"),
            ("русский", ", not a language's name ('русский'); did you mean 'ru'?"),
            ("en_US", ", with '-' between its parts, not 'en_US'; did you mean 'en-US'?"),
            ("en-GB-", " \(shape), not 'en-GB-'; did you mean 'en-GB'?"),
            ("englsh", " \(shape), not 'englsh'; did you mean 'en' (english)?"),
            ("e", " \(shape), not 'e'"),
        ]
        for (language, message) in cases {
            let project = try TestProject([
                "site.yml": "title: T\nlanguage: \(language)\n", "content/articles/a.md": Fixture.article("A"),
            ])
            #expect(
                project.failingBuild().map(\.description) == [
                    "site.yml:2:11: error: 'language' should be a BCP 47 language tag such as en, hy, ru or en-GB\(message)"
                ])
        }
        for tag in [
            "en", "hy", "ru", "en-GB", "sr-Latn-RS", "es-419", "zh-Hant-TW", "de-CH-1996", "en-x-dossier", "x-private", "yue",
        ] {
            #expect(LanguageTag.isWellFormed(tag) && LanguageTag.problem(with: tag) == nil, "\(tag)")
        }
        for tag in ["", "-", "en-", "e", "engl", "en-GB-x", "en--GB", "en-a", "123", "en-1"] {
            #expect(!LanguageTag.isWellFormed(tag), "\(tag)")
        }
    }

    @Test func messagesNeverShowSwiftTypes() throws {
        let found = try messages([
            "content/articles/a.md": "---\ntitle: [a, b]\ndate: {year: 2016}\nentities: {a: b}\ndraft: maybe\n---\n",
            "content/places/p.md": "---\nname: P\ncoordinates: here\n---\n",
        ])
        #expect(found.count == 5)
        for message in found {
            for leak in ["Swift", "DecodingError", "Optional", "Located", "Array<", "Dictionary", "codingPath", "Reference"] {
                #expect(!message.contains(leak), "\(message)")
            }
        }
    }

    @Test func templateErrorsNameTheTemplateLineAndColumn() throws {
        let project = try TestProject(["site.yml": Fixture.site, "content/articles/a.md": Fixture.article("A")])
        for (path, data) in DefaultTheme.fileContents { try project.write("templates/" + path, data) }
        try project.write("templates/entity.mustache", "{{<base}}{{$main}}\n<h1>{{name}\n{{/main}}{{/base}}\n")
        let found = project.failingBuild().map(\.description)
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("templates/entity.mustache:2:5:") == true)
        #expect(found.first?.contains("error: template syntax: a tag is not closed") == true)
    }

    @Test func unsafeFileNamesGiveSafePagePaths() throws {
        let project = try TestProject([
            "site.yml": Fixture.site,
            "content/articles/con.md": Fixture.article("Reserved name"),
            "content/articles/\(String(repeating: "long-", count: 50)).md": Fixture.article("Long name"),
            "content/articles/what?.md": Fixture.article("Question"),
        ])
        try project.build()
        #expect(project.exists("articles/con_/index.html"))
        #expect(project.exists("articles/what/index.html"))
        let long = try FileManager.default.contentsOfDirectory(atPath: project.output.appendingPathComponent("articles").path)
            .filter { $0.hasPrefix("long-") }
        #expect(long.count == 1)
        #expect((long.first?.utf8.count ?? 0) <= SafeName.maximumLength)
    }

    @Test func twoSourcesForOneOutputPathIsAnErrorNamingBoth() throws {
        let found = try messages([
            "content/articles/Kerry.md": Fixture.article("One"),
            "content/articles/more/kerry.md": Fixture.article("Two"),
        ])
        #expect(
            found == [
                "content/articles/more/kerry.md:1:1: error: content/articles/more/kerry.md and content/articles/Kerry.md would both be written to public/articles/kerry/index.html; rename one of them"
            ])
    }

    @Test func refusesDangerousOutputFolders() throws {
        let project = try TestProject(["site.yml": Fixture.site, "content/articles/a.md": Fixture.article("A")])
        for output in [
            project.root, project.root.appendingPathComponent("content"), project.root.appendingPathComponent("templates"),
            URL(fileURLWithPath: "/"), FileManager.default.homeDirectoryForCurrentUser, project.root.deletingLastPathComponent(),
        ] {
            let options = BuildOptions(projectRoot: project.root, outputDirectory: output)
            #expect(throws: OutputRefusal.self, "\(output.path)") { try SiteBuilder(options: options).build() }
        }
        #expect(FileManager.default.fileExists(atPath: project.root.appendingPathComponent("content/articles/a.md").path))
    }

    @Test func symlinkLoopsDoNotHang() throws {
        let project = try TestProject(["site.yml": Fixture.site, "content/articles/a.md": Fixture.article("A")])
        try FileManager.default.createSymbolicLink(
            atPath: project.root.appendingPathComponent("content/articles/loop").path,
            withDestinationPath: project.root.appendingPathComponent("content/articles").path)
        try project.build()
        #expect(project.exists("articles/a/index.html"))
    }

    @Test func hugeArticleAndDeepNestingBuild() throws {
        let paragraph = "A paragraph of reporting on the ceasefire, with *emphasis* and a [link](https://example.org/).\n\n"
        let huge = String(repeating: paragraph, count: 20_000_000 / paragraph.utf8.count)
        let lists = String(repeating: "- ", count: 10_000) + "deep\n"
        let quotes = String(repeating: ">", count: 10_000) + " deep\n"
        let project = try TestProject([
            "site.yml": Fixture.site,
            "content/articles/huge.md": Fixture.article("Huge", body: huge),
            "content/articles/lists.md": Fixture.article("Lists", body: lists),
            "content/articles/quotes.md": Fixture.article("Quotes", body: quotes),
        ])
        try project.build()
        #expect((project.page("articles/huge/index.html")?.utf8.count ?? 0) > 20_000_000)
        #expect(project.page("articles/lists/index.html")?.contains("deep") == true)
        #expect(project.page("articles/quotes/index.html")?.contains("deep") == true)
    }
}
