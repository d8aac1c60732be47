import Foundation
import Testing

@testable import DossierKit

/// `dossier check` names the keys a dossier's own templates read that no page has.
@Suite struct TemplateKeyCheckTests {
    @Test func namesAreFoundInEveryKindOfTag() {
        let uses = TemplateKeyCheck.uses(
            in:
                "{{! a comment}}{{title}}\n {{{body_html}}} {{#.entity}}{{& site.title}}{{/.entity}}{{^empty(list)}}{{> partials/x}}{{.}}"
        )
        #expect(uses.map(\.parts) == [["title"], ["body_html"], ["entity"], ["site", "title"], ["list"]])
        #expect(uses.map(\.line) == [1, 2, 2, 2, 2])
        #expect(uses[1].column == 2)
    }

    @Test func aTypoInATemplateIsAWarningAtItsPlace() throws {
        let project = try TestProject([
            "site.yml": "title: T\n",
            "content/articles/a.md": "---\ntitle: A\ndate: 2016-04-11\n---\nBody.\n",
            "templates/partials/article-card.mustache": "<li>{{.titel}} {{.url}} {{.archive_url}}</li>\n",
        ])
        let report = try SiteBuilder(options: BuildOptions(projectRoot: project.root)).check()
        let messages = report.diagnostics.map(\.description)
        #expect(
            messages == [
                "templates/partials/article-card.mustache:1:5: warning: no page has the key 'titel', so the template renders nothing for 'titel'; did you mean 'title'?"
            ], "a key some page leaves out (archive_url) is known: \(messages)")
        #expect(!project.exists("index.html"), "check writes nothing")
        try project.build()
        #expect(project.page("index.html") != nil, "a build does not stop for it")
    }
}
