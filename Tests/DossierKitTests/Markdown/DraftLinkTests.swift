import Foundation
import Testing

@testable import DossierKit

/// A draft left out of the site must not be revealed by a link to it: the link becomes plain
/// text, the warning says it points at a draft, and no output file holds the draft's name.
@Suite struct DraftLinkTests {
    private let files = [
        "site.yml": Fixture.site + "base_url: https://example.org/\n",
        "content/articles/a.md": Fixture.article(
            "Public", extra: "tags: [plans]",
            body:
                "See [the plan](embargoed.md#terms) now.\n\nAnd ![a map](../articles/embargoed.md) — and [more](embargoed.md).\n"),
        "content/entities/e.md": Fixture.entity("Someone", body: "Profile, see [this](../articles/embargoed.md)."),
        "content/articles/embargoed.md": Fixture.article(
            "Secret", date: "2016-04-12", extra: "draft: true\ntags: [secret-plans]", body: "Unpublished."),
    ]

    /// Columns count characters: the `—` before the last link is three bytes.
    @Test func aLinkToADraftIsPlainTextAndTheDraftIsNamedNowhere() throws {
        let project = try TestProject(files)
        let report = try project.build()
        let message =
            "warning: this link points at a draft article, which is not published: it is shown as plain text, without a link; publish the article (remove 'draft: true'), or remove the link"
        #expect(
            report.diagnostics.map(\.description) == [
                "content/articles/a.md:6:5: \(message)",
                "content/articles/a.md:8:5: \(message)",
                "content/articles/a.md:8:46: \(message)",
                "content/entities/e.md:6:14: \(message)",
            ])
        let page = try #require(project.page("articles/a/index.html"))
        #expect(page.contains("<p>See the plan now.</p>"))
        #expect(page.contains("And a map — and more.</p>"))
        var outputs = project.outputFiles()
        #expect(outputs.keys.contains("feed.xml"))
        // Dossier's own record of the build (not published, but kept where a CI cache may carry it).
        outputs["(state)"] = Data(try #require(project.stateManifest).utf8)
        for (path, data) in outputs {
            let text = String(decoding: data, as: UTF8.self)
            #expect(!text.contains("embargoed"), "\(path)")
            #expect(!text.contains("Secret"), "\(path)")
            #expect(!text.contains("secret-plans"), "\(path)")
        }
    }

    @Test func withDraftsTheLinkLeadsToTheDraft() throws {
        let project = try TestProject(files)
        let report = try project.build(drafts: true)
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
        #expect(project.page("articles/a/index.html")?.contains("href=\"../../articles/embargoed/index.html#terms\"") == true)
    }
}
