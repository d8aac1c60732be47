import Foundation
import Testing

@testable import DossierKit

@Suite struct SiteBuildTests {
    static let smallDossier: [String: String] = [
        "site.yml": Fixture.site,
        "content/articles/kerry-lavrov.md": Fixture.article(
            "Kerry, Lavrov Again Discuss Karabakh",
            extra: """
                source: {name: RFE/RL, url: "https://www.azatutyun.am/"}
                entities: [john-kerry, Sergei Lavrov]
                places: [Khankendi]
                tags: [diplomacy, Ceasefire]
                events:
                  - date: 2016-04-10
                    title: Kerry and Lavrov speak by phone
                    entities: [Лавров]
                """),
        "content/entities/people/john-kerry.md": Fixture.entity("John Kerry", extra: "role: US Secretary of State"),
        "content/entities/people/sergey-lavrov.md": Fixture.entity(
            "Sergey Lavrov", extra: "aliases: [Sergei Lavrov, Лавров]\nrelated: [john-kerry]"),
        "content/places/stepanakert.md": Fixture.place(
            "Stepanakert", extra: "aliases: [Khankendi, Ստեփանակերտ]\nin: nagorno-karabakh\ncoordinates: [39.8153, 46.7519]"),
        "content/places/nagorno-karabakh.md": Fixture.place("Nagorno-Karabakh", type: "region"),
        "content/timeline/events.yml": "- date: 2016-04\n  title: Month of fighting\n  places: [stepanakert]\n",
    ]

    @Test func everyPageKindIsWritten() throws {
        let project = try TestProject(Self.smallDossier)
        let report = try project.build()
        for path in [
            "index.html", "articles/index.html", "articles/kerry-lavrov/index.html",
            "entities/index.html", "entities/john-kerry/index.html", "entities/sergey-lavrov/index.html",
            "places/index.html", "places/stepanakert/index.html", "places/nagorno-karabakh/index.html",
            "timeline/index.html", "tags/index.html", "tags/diplomacy/index.html", "tags/ceasefire/index.html",
            "assets/style.css",
        ] {
            #expect(project.exists(path), "missing \(path)")
        }
        #expect(report.pagesByKind["article"] == 1)
        #expect(report.pagesByKind["entity"] == 2)
        #expect(report.diagnostics.isEmpty)
    }

    @Test func referencesResolveByNameAliasAndCyrillicAlias() throws {
        let project = try TestProject(Self.smallDossier)
        try project.build()
        let article = try #require(project.page("articles/kerry-lavrov/index.html"))
        #expect(article.contains("href=\"../../entities/sergey-lavrov/index.html\""))
        #expect(article.contains("href=\"../../places/stepanakert/index.html\""))
        let lavrov = try #require(project.page("entities/sergey-lavrov/index.html"))
        #expect(lavrov.contains("Kerry and Lavrov speak by phone"), "the event that names Лавров shows on his page")
        #expect(lavrov.contains("href=\"../../articles/kerry-lavrov/index.html\""), "backlink to the article")
        #expect(lavrov.contains("href=\"../../entities/john-kerry/index.html\""), "explicit related entity")
    }

    @Test func linksAreRelativeFromEveryDepth() throws {
        let project = try TestProject(Self.smallDossier)
        try project.build()
        let home = try #require(project.page("index.html"))
        #expect(home.contains("href=\"articles/kerry-lavrov/index.html\""))
        #expect(home.contains("href=\"assets/style.css\""))
        let index = try #require(project.page("entities/index.html"))
        #expect(index.contains("href=\"../entities/john-kerry/index.html\""))
        #expect(index.contains("href=\"../assets/style.css\""))
        #expect(!home.contains("href=\"/"), "no root-absolute links")
    }

    @Test func villageEventShowsOnItsRegionsPage() throws {
        let project = try TestProject([
            "site.yml": Fixture.site,
            "content/places/karabakh.md": Fixture.place("Nagorno-Karabakh", type: "region"),
            "content/places/mardakert.md": Fixture.place("Mardakert", type: "region", extra: "in: karabakh"),
            "content/places/talish.md": Fixture.place("Talish", type: "village", extra: "in: Mardakert"),
            "content/timeline/t.yml": "- date: 2016-04-02\n  title: Shelling of Talish\n  places: [talish]\n",
        ])
        try project.build()
        let region = try #require(project.page("places/karabakh/index.html"))
        #expect(region.contains("Shelling of Talish"))
        let village = try #require(project.page("places/talish/index.html"))
        #expect(village.contains("href=\"../../places/karabakh/index.html\""), "breadcrumb to the region")
        #expect(village.contains("href=\"../../places/mardakert/index.html\""), "breadcrumb to the district")
        let tree = try #require(project.page("places/index.html"))
        let karabakh = try #require(tree.range(of: "Nagorno-Karabakh"))
        let talish = try #require(tree.range(of: "Talish"))
        #expect(karabakh.lowerBound < talish.lowerBound, "the tree lists the region before its village")
    }

    @Test func titlesAreEscaped() throws {
        let project = try TestProject([
            "site.yml": "title: \"Site <b>&</b>\"\n",
            "content/articles/a.md": Fixture.article("'Tom & \"Jerry\" <script>alert(1)</script>'"),
        ])
        try project.build()
        let page = try #require(project.page("articles/a/index.html"))
        #expect(page.contains("Tom &amp; &quot;Jerry&quot; &lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(!page.contains("<script>alert(1)"))
        #expect(!page.contains("<b>&</b>"))
    }

    @Test func rawHTMLAndJavascriptLinksAreDroppedUnlessTheSiteOptsIn() throws {
        let body = "Hello <span class=\"x\">inline</span>\n\n<div>block</div>\n\n[click](javascript:alert(1))\n"
        let project = try TestProject([
            "site.yml": Fixture.site,
            "content/articles/a.md": Fixture.article("A", body: body),
        ])
        try project.build()
        let safe = try #require(project.page("articles/a/index.html"))
        #expect(!safe.contains("<div>block</div>"))
        #expect(!safe.contains("<span class=\"x\">"))
        #expect(!safe.contains("javascript:"))
        try project.write("site.yml", Fixture.site + "unsafe_html: true\n")
        try project.build()
        let unsafe = try #require(project.page("articles/a/index.html"))
        #expect(unsafe.contains("<div>block</div>"))
        #expect(unsafe.contains("href=\"javascript:alert(1)\""))
    }

    @Test func draftsAreLeftOutUnlessAskedFor() throws {
        let project = try TestProject([
            "site.yml": Fixture.site,
            "content/articles/done.md": Fixture.article("Done"),
            "content/articles/wip.md": Fixture.article("Work in progress", extra: "draft: true"),
        ])
        try project.build()
        #expect(project.exists("articles/done/index.html"))
        #expect(!project.exists("articles/wip/index.html"))
        #expect(!(project.page("articles/index.html") ?? "").contains("Work in progress"))
        try project.build(drafts: true)
        #expect(project.exists("articles/wip/index.html"))
    }

    @Test func removedArticlesPageIsGoneAfterRebuild() throws {
        let project = try TestProject([
            "site.yml": Fixture.site,
            "content/articles/one.md": Fixture.article("One"),
            "content/articles/two.md": Fixture.article("Two"),
        ])
        try project.build()
        #expect(project.exists("articles/two/index.html"))
        try project.remove("content/articles/two.md")
        try project.build()
        #expect(!project.exists("articles/two/index.html"))
        #expect(project.exists("articles/one/index.html"))
    }

    @Test func failedBuildLeavesPreviousSiteIntact() throws {
        let project = try TestProject([
            "site.yml": Fixture.site,
            "content/articles/one.md": Fixture.article("One"),
        ])
        try project.build()
        let before = project.outputFiles()
        try project.write("content/articles/one.md", "---\ntitle: One\ndate: 2016-13-45\n---\nChanged.\n")
        try project.write("content/articles/three.md", Fixture.article("Three"))
        let diagnostics = project.failingBuild()
        #expect(diagnostics.containsErrors)
        #expect(project.outputFiles() == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: project.root.path).filter {
            $0.contains("dossier-new")
        }
        #expect(leftovers.isEmpty, "no staging folder is left behind")
    }

    @Test func twoBuildsAreByteIdentical() throws {
        let project = try TestProject(Self.smallDossier)
        try project.build()
        let first = project.outputFiles()
        try project.build()
        #expect(project.outputFiles() == first)
        #expect(first.count > 10)
    }

    @Test func refusesToReplaceAFolderDossierDidNotWrite() throws {
        let project = try TestProject([
            "site.yml": Fixture.site,
            "content/articles/one.md": Fixture.article("One"),
            "public/precious.txt": "keep me",
        ])
        let diagnostics = project.failingBuild()
        #expect(diagnostics.first?.message.contains("did not write") == true)
        #expect(project.page("precious.txt") == "keep me")
    }

    @Test func buildsWithTheBuiltInThemeWhenTheDossierHasNone() throws {
        let project = try TestProject(Self.smallDossier)
        try project.build()
        #expect(project.page("index.html")?.contains("<main") == true)
        #expect(project.exists("assets/style.css"))
    }

    @Test func acceptsBOMAndCRLFAndYearOnlyDates() throws {
        var bytes = Data([0xEF, 0xBB, 0xBF])
        bytes.append(Data("---\r\ntitle: Windows file\r\ndate: 2016\r\n---\r\nBody\r\n".utf8))
        let project = try TestProject(["site.yml": Fixture.site])
        try project.write("content/articles/win.md", bytes)
        try project.write("content/articles/month.md", Fixture.article("Month", date: "\"2016-04\""))
        let report = try project.build()
        #expect(report.diagnostics.isEmpty)
        let page = try #require(project.page("articles/win/index.html"))
        #expect(page.contains("Windows file"))
        #expect(page.contains("<time datetime=\"2016\">2016</time>"))
        #expect(project.page("articles/month/index.html")?.contains("April 2016") == true)
    }

    @Test func strictTurnsWarningsIntoErrors() throws {
        let project = try TestProject([
            "site.yml": Fixture.site,
            "content/articles/a.md": Fixture.article("A", extra: "entities: [Nobody Known]"),
        ])
        #expect(try project.build().diagnostics.count == 1)
        let diagnostics = project.failingBuild(strict: true)
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.severity == .error)
    }
}
