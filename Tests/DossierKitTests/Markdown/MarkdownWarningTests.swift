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
