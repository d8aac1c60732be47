import Foundation
import Testing

@testable import DossierKit

@Suite struct DefaultThemeTests {
    @Test func embeddedThemeMatchesTemplatesFolder() throws {
        let listing = try #require(Theme.files(of: ProjectLayout(root: SampleSiteTests.repositoryRoot)))
        let (onDisk, diagnostics) = Theme.load(listing, origin: "templates")
        #expect(diagnostics.isEmpty)
        let embedded = Theme.builtIn
        #expect(
            embedded.templates == onDisk.templates && embedded.assets == onDisk.assets,
            "templates/ changed: run python3 scripts/embed-theme.py")
    }

    @Test func defaultThemeCompilesWithoutProblems() {
        let (templates, diagnostics) = TemplateSet.compile(.builtIn)
        #expect(templates != nil)
        #expect(diagnostics.isEmpty)
    }

    @Test func templateSyntaxErrorNamesFileLineAndColumn() {
        var files = DefaultTheme.fileContents
        files["entity.mustache"] = Data("{{<base}}{{$main}}\n<h1>{{#entity}}{{name}}</h1>\n{{/main}}{{/base}}\n".utf8)
        files["partials/extra.mustache"] = Data("line one\n  {{> partials/nope}}\n".utf8)
        let (_, diagnostics) = TemplateSet.compile(Theme(files: files, origin: "templates"))
        let messages = diagnostics.map(\.description)
        #expect(messages.contains { $0.hasPrefix("templates/entity.mustache:") && $0.contains("error: template syntax") })
        #expect(
            messages.contains { $0.hasPrefix("templates/partials/extra.mustache:2:3: error: the template uses 'partials/nope'") })
    }
}
