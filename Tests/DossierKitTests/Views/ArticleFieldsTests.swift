import Foundation
import Testing

@testable import DossierKit

/// What a newsroom publishes with an article: a byline, several sources with archived copies, an
/// update date, corrections, fields for its own theme; and a lead that is never the body twice.
@Suite struct ArticleFieldsTests {
    private static let site = Fixture.site + "base_url: https://dossier.example/\n"

    private static let reported = Fixture.article(
        "Ceasefire Agreed in Moscow", date: "2016-04-05",
        extra: """
            summary: The chiefs of staff agree to *stop* the fighting.
            authors: [Anna Petrova, Levon Ter-Petrosyan]
            updated: 2016-04-07
            sources:
              - name: Reuters
                url: https://www.reuters.com/ceasefire
                title: Armenia, Azerbaijan agree ceasefire
                date: 2016-04-05
                archive_url: https://web.archive.org/web/2016/https://www.reuters.com/ceasefire
              - TASS
            corrections:
              - date: 2016-04-06
                text: An earlier version gave the wrong *time* of the agreement.
              - date: 2016-04-07
                text: The agreement was signed in Moscow, not Minsk.
            extra: {desk: Caucasus, photo: {credit: Dossier staff}, tags: [a, b]}
            """,
        body: "The fighting stopped at noon.\n\nA second paragraph.")

    private static func project(_ article: String = reported) throws -> TestProject {
        try TestProject(["site.yml": site, "content/articles/ceasefire.md": article])
    }

    @Test func theArticlePageShowsTheBylineSourcesUpdateAndCorrections() throws {
        let project = try Self.project()
        #expect(try project.build().diagnostics.isEmpty)
        let page = try #require(project.page("articles/ceasefire/index.html"))
        #expect(page.contains(#"<p class="byline">By Anna Petrova and Levon Ter-Petrosyan</p>"#))
        // The summary is inline Markdown: emphasis in the lead, plain text in the description.
        #expect(page.contains(#"<p class="lead">The chiefs of staff agree to <em>stop</em> the fighting.</p>"#))
        #expect(page.contains(#"<meta name="description" content="The chiefs of staff agree to stop the fighting.">"#))
        #expect(project.page("articles/index.html")?.contains("agree to <em>stop</em> the fighting") == true)
        #expect(page.contains(#"Updated <time datetime="2016-04-07">7 April 2016</time>"#))
        #expect(
            page.contains(
                #"<a href="https://www.reuters.com/ceasefire">Reuters</a>: <cite>Armenia, Azerbaijan agree ceasefire</cite>"#))
        #expect(
            page.contains(#"(<a href="https://web.archive.org/web/2016/https://www.reuters.com/ceasefire">archived copy</a>)"#))
        #expect(page.contains("<li>TASS</li>"))
        // Corrections: newest first, the text as Markdown.
        let newer = try #require(page.range(of: "signed in Moscow, not Minsk"))
        let older = try #require(page.range(of: "wrong <em>time</em> of the agreement"))
        #expect(newer.lowerBound < older.lowerBound)
        #expect(page.contains(#"<aside class="corrections""#))
        // JSON-LD: authors, the update, the citations and the corrections.
        #expect(
            page.contains(#""author":[{"@type":"Person","name":"Anna Petrova"},{"@type":"Person","name":"Levon Ter-Petrosyan"}]"#)
        )
        #expect(page.contains(#""dateModified":"2016-04-07""#))
        #expect(page.contains(#""@type":"CorrectionComment""#))
        #expect(page.contains(#""citation":["#))
    }

    @Test func theFeedNamesTheAuthorsAndTheUpdate() throws {
        let project = try Self.project()
        try project.build()
        let feed = try #require(project.page("feed.xml"))
        #expect(
            feed.contains("<author><name>Anna Petrova</name></author>\n    <author><name>Levon Ter-Petrosyan</name></author>"))
        #expect(feed.contains("<published>2016-04-05T00:00:00Z</published>\n    <updated>2016-04-07T00:00:00Z</updated>"))
    }

    /// Without `summary:`, the lead is not the body's first paragraph again (cards still show it).
    @Test func aDerivedSummaryIsNotShownAsTheLead() throws {
        let project = try TestProject([
            "site.yml": Self.site,
            "content/articles/plain.md": Fixture.article("Plain", body: "Only the body says this.\n\nMore."),
        ])
        try project.build()
        let page = try #require(project.page("articles/plain/index.html"))
        #expect(!page.contains(#"<p class="lead">"#))
        let main = try #require(page.range(of: "<main")).lowerBound
        #expect(page[main...].components(separatedBy: "Only the body says this.").count == 2, "once on the page: the body")
        #expect(page[..<main].contains(#"<meta name="description" content="Only the body says this.">"#))
        #expect(project.page("articles/index.html")?.contains("Only the body says this.") == true)
    }

    @Test func sourceProblemsAreReportedAtTheirLines() throws {
        let article = Fixture.article(
            "Bad Sources",
            extra: """
                source: Reuters
                sources:
                  - title: No name and no address
                  - url: "javascript:alert(1)"
                corrections:
                  - text: No date given.
                updated: 2016-01-01
                """)
        let diagnostics = try Self.project(article).failingBuild()
        let messages = diagnostics.map { "\($0.location?.line ?? 0): \($0.message)" }
        #expect(messages.contains { $0.hasPrefix("4: this article has both 'source' and 'sources'") }, "\(messages)")
        #expect(messages.contains { $0.hasPrefix("6: this source has neither a 'name' nor a 'url'") }, "\(messages)")
        #expect(messages.contains { $0.hasPrefix("7: 'url' in item 2 of 'sources':") }, "\(messages)")
        #expect(messages.contains { $0.contains("missing required field 'date'") }, "\(messages)")
        #expect(messages.contains { $0.hasPrefix("10: 'updated' (2016-01-01) is before the article's 'date'") }, "\(messages)")
    }

    /// `extra:` reaches templates as written (names unchanged), and is part of the page's fingerprint.
    @Test func extraFieldsReachTemplatesAsWritten() throws {
        let project = try Self.project()
        try project.build()
        let (parsed, _) = ContentParser.parseArticle(
            SourceFile(path: "content/articles/ceasefire.md", id: "ceasefire", kind: .article, text: Self.reported, stamp: nil))
        let extra = try #require(parsed?.model.extra)
        let data = ExtraData(value: extra).templateData(in: TemplateData.Context(root: "../", fragments: nil)) as? [String: Any]
        #expect(data?["desk"] as? String == "Caucasus")
        #expect((data?["photo"] as? [String: Any])?["credit"] as? String == "Dossier staff")
        #expect(data?["tags"] as? [String] == ["a", "b"])
        let other = ExtraData(value: .fields([.init(name: "desk", value: .text("Europe"))]))
        #expect(ExtraData(value: extra).viewDigest != other.viewDigest)
    }
}
