import Foundation
import Testing

@testable import DossierKit

/// `content/pages/*.md`: About, Methodology, Corrections, written at the top of the site, in the
/// navigation by `menu`, searchable and in the sitemap.
@Suite struct StandalonePageTests {
    private static let files: [String: String] = [
        "site.yml": Fixture.site + "base_url: https://dossier.example/\n",
        "content/articles/ceasefire.md": Fixture.article(
            "Ceasefire Agreed", body: "How we work: see [our methods](../pages/methodology.md#sources)."),
        "content/pages/about.md":
            "---\ntitle: About\nsummary: Who we are.\nmenu: 1\n---\nWe report on the conflict. Read [the ceasefire](../articles/ceasefire.md).\n",
        "content/pages/methodology.md": "---\ntitle: Methodology\nmenu: 2\n---\n## Sources\n\nEvery fact is sourced.\n",
        "content/pages/imprint.md": "---\ntitle: Imprint\n---\nPublished by the editors.\n",
    ]

    @Test func pagesAreWrittenAtTheTopWithLinksBothWays() throws {
        let project = try TestProject(Self.files)
        let report = try project.build()
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
        let about = try #require(project.page("about/index.html"))
        #expect(about.contains("<h1>About</h1>"))
        #expect(about.contains(#"<p class="lead">Who we are.</p>"#))
        #expect(about.contains(#"<a href="../articles/ceasefire/index.html">the ceasefire</a>"#), "a link from one folder deep")
        #expect(project.page("articles/ceasefire/index.html")?.contains(#"href="../../methodology/index.html#sources""#) == true)
        #expect(project.page("imprint/index.html")?.contains("Published by the editors.") == true)
        #expect(report.summary.contains("3 stand-alone pages"))
    }

    @Test func theNavigationListsPagesWithAMenuPositionInOrder() throws {
        let project = try TestProject(Self.files)
        try project.build()
        let home = try #require(project.page("index.html"))
        let nav = try #require(home.range(of: #"<nav class="site-nav""#)).lowerBound
        let tags = try #require(home.range(of: ">Tags</a>", range: nav..<home.endIndex)).lowerBound
        let about = try #require(home.range(of: #"<a href="about/index.html">About</a>"#)).lowerBound
        let methodology = try #require(home.range(of: #"<a href="methodology/index.html">Methodology</a>"#)).lowerBound
        #expect(tags < about && about < methodology, "sections first, then pages by menu")
        #expect(!home[nav...].prefix(2000).contains("Imprint"), "a page without menu is not in the navigation")
        let page = try #require(project.page("methodology/index.html"))
        #expect(page.contains(#"<a href="../methodology/index.html" aria-current="page">Methodology</a>"#))
    }

    @Test func pagesAreSearchableAndInTheSitemap() throws {
        let project = try TestProject(Self.files)
        try project.build()
        let index = try SearchIndexReader(project)
        let about = try #require(index.documents("about").compactMap(index.row).first { $0.row[0] == "about/index.html" })
        #expect(about.kind == "g" && about.row[1] == "About" && about.row[3].hasPrefix("Who we are."))
        #expect(project.page("sitemap.xml")?.contains("https://dossier.example/imprint/index.html") == true)
    }

    @Test func aPageMayNotTakeASectionsFolder() throws {
        var files = Self.files
        files["content/pages/articles.md"] = "---\ntitle: Our articles\n---\nText.\n"
        files["content/pages/notitle.md"] = "---\nmenu: 3\n---\nText.\n"
        let diagnostics = try TestProject(files).failingBuild()
        #expect(
            diagnostics.contains {
                $0.location?.path == "content/pages/articles.md" && $0.message.contains("the site's own articles/ folder")
            })
        #expect(
            diagnostics.contains {
                $0.location?.path == "content/pages/notitle.md" && $0.message.contains("missing required field 'title'")
            })
    }
}
