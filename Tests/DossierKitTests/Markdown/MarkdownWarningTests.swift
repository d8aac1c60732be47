import Testing

@testable import DossierKit

/// The problems rendering finds in a body are warnings at their place in its file.
@Suite struct MarkdownWarningTests {
    @Test func rawHTMLImagesWithoutDescriptionAndUndefinedNotesAreWarnings() throws {
        let body =
            "Intro <em>one</em> and <b>two</b>.\n\n![](https://example.org/map.png)\n\nClaim[^source] and[^missing].\n\n[^source]: Reuters.\n"
        let project = try TestProject([
            "site.yml": Fixture.site,
            "content/articles/a.md": Fixture.article("A", body: body),
        ])
        let report = try project.build()
        #expect(
            report.diagnostics.map(\.description) == [
                "content/articles/a.md:6:7: warning: raw HTML is not published (it is dropped from the page); write it in Markdown, or set 'unsafe_html: true' in site.yml to keep it",
                "content/articles/a.md:8:1: warning: this image has no description, so readers who cannot see it learn nothing from it; describe the image between the brackets: ![A map of the front line](../media/map.png)",
                "content/articles/a.md:10:19: warning: the footnote '[^missing]' is not defined, so it is shown as written; define it on a line of its own ('[^missing]: the note'), or remove the reference",
            ])
        let page = try #require(project.page("articles/a/index.html"))
        #expect(page.contains("<li id=\"fn-source\">"))
        #expect(page.contains("and[^missing]."))
    }

    /// cmark places links on a paragraph's later lines as if each line began where the first does;
    /// the warnings are at the link as written, whatever the line's indentation or container.
    @Test func aLinkToAMissingFileIsReportedAtItsColumnOnEveryLineOfAParagraph() throws {
        let body = [
            "See [one](one.md) and", "   then [two](two.md), Ёжик [three](three.md)", "", "> quote",
            "lazy [four](four.md)", "", "1. item", "   more ![a map](map.png)",
        ].joined(separator: "\n")
        let project = try TestProject(["site.yml": Fixture.site, "content/articles/a.md": Fixture.article("A", body: body)])
        let content =
            "points at a content file that does not exist; link to an article, entity or place by its file name (for example ../entities/john-kerry.md)"
        #expect(
            try project.build().diagnostics.map(\.description) == [
                "content/articles/a.md:6:5: warning: the link 'one.md' \(content)",
                "content/articles/a.md:7:9: warning: the link 'two.md' \(content)",
                "content/articles/a.md:7:29: warning: the link 'three.md' \(content)",
                "content/articles/a.md:10:6: warning: the link 'four.md' \(content)",
                "content/articles/a.md:13:9: warning: the file 'map.png' (content/articles/map.png) does not exist; put images and documents in content/media/ and link to them relative to this file (../media/map.png) or from content/ (/media/map.png)",
            ])
    }

    @Test func withUnsafeHTMLRawHTMLIsKeptWithoutAWarning() throws {
        let project = try TestProject([
            "site.yml": Fixture.site + "unsafe_html: true\n",
            "content/articles/a.md": Fixture.article("A", body: "Intro <em>one</em>.\n"),
        ])
        let report = try project.build()
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
        #expect(project.page("articles/a/index.html")?.contains("Intro <em>one</em>.") == true)
    }
}
