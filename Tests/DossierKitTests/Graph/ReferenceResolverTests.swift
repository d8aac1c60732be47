import Foundation
import Testing

@testable import DossierKit

@Suite struct ReferenceResolverTests {
    @Test func unknownReferenceGetsAStubPageAndAWarning() throws {
        let project = try TestProject([
            "site.yml": Fixture.site,
            "content/articles/vienna.md": Fixture.article("Vienna", extra: "entities: [Harlem Désir]"),
        ])
        let report = try project.build()
        #expect(
            report.diagnostics.map(\.description) == [
                "content/articles/vienna.md:4:12: warning: unknown entity 'Harlem Désir': no entity has this id, name or alias, so it gets a stub page; create content/entities/harlem-desir.md to give it a profile"
            ])
        let stub = try #require(project.page("entities/harlem-desir/index.html"))
        #expect(stub.contains("Harlem Désir"))
        #expect(stub.contains("href=\"../../articles/vienna/index.html\""))
    }

    @Test func closeMisspellingSuggestsTheKnownName() throws {
        let project = try TestProject([
            "site.yml": Fixture.site,
            "content/entities/ilham-aliyev.md": Fixture.entity("Ilham Aliyev"),
            "content/articles/a.md": Fixture.article("A", extra: "entities:\n  - Ilham Aliev"),
        ])
        let report = try project.build()
        #expect(
            report.diagnostics.map(\.description) == [
                "content/articles/a.md:5:5: warning: unknown entity 'Ilham Aliev'; did you mean 'Ilham Aliyev' (content/entities/ilham-aliyev.md)? It gets a stub page for now."
            ])
    }

    @Test func matchingIgnoresCaseAndDiacritics() throws {
        let project = try TestProject([
            "site.yml": Fixture.site,
            "content/entities/ilham-aliyev.md": Fixture.entity("İlham Əliyev"),
            "content/articles/a.md": Fixture.article("A", extra: "entities: [ILHAM ELIYEV]"),
        ])
        let report = try project.build()
        #expect(report.diagnostics.isEmpty)
        #expect(project.page("articles/a/index.html")?.contains("../../entities/ilham-aliyev/index.html") == true)
    }

    @Test func entitiesAndPlacesHaveSeparateNamespaces() throws {
        let project = try TestProject([
            "site.yml": Fixture.site,
            "content/entities/azerbaijan.md": Fixture.entity("Azerbaijan", type: "country"),
            "content/places/azerbaijan-country.md": Fixture.place("Azerbaijan", type: "country"),
            "content/articles/a.md": Fixture.article("A", extra: "entities: [Azerbaijan]\nplaces: [Azerbaijan]"),
        ])
        let report = try project.build()
        #expect(report.diagnostics.isEmpty)
        let page = try #require(project.page("articles/a/index.html"))
        #expect(page.contains("../../entities/azerbaijan/index.html"))
        #expect(page.contains("../../places/azerbaijan-country/index.html"))
    }

    @Test func armenianAliasResolves() throws {
        let project = try TestProject([
            "site.yml": Fixture.site,
            "content/places/stepanakert.md": Fixture.place("Stepanakert", extra: "aliases: [Ստեփանակերտ]"),
            "content/articles/a.md": Fixture.article("A", extra: "places: [Ստեփանակերտ]"),
        ])
        #expect(try project.build().diagnostics.isEmpty)
        #expect(project.page("places/stepanakert/index.html")?.contains("../../articles/a/index.html") == true)
    }

    @Test func aliasClaimedByTwoFilesIsAnErrorNamingBoth() throws {
        let project = try TestProject([
            "site.yml": Fixture.site,
            "content/entities/ilham-aliyev.md": Fixture.entity("Ilham Aliyev", extra: "aliases: [Aliyev]"),
            "content/entities/heydar-aliyev.md": Fixture.entity("Heydar Aliyev", extra: "aliases: [Aliyev]"),
        ])
        let diagnostics = project.failingBuild()
        #expect(diagnostics.count == 1)
        let message = try #require(diagnostics.first?.message)
        #expect(message.contains("content/entities/heydar-aliyev.md"))
        #expect(message.contains("content/entities/ilham-aliyev.md"))
    }

    @Test func slugsTransliterate() {
        #expect(TextFolding.slug("Սերժ Սարգսյան") == "serzh-sargsyan")
        #expect(TextFolding.slug("Сергей Лавров") == "sergey-lavrov")
        #expect(TextFolding.slug("Xankəndi") == "xankendi")
        #expect(TextFolding.slug("Harlem Désir") == "harlem-desir")
        #expect(TextFolding.slug("  OSCE / Minsk Group! ") == "osce-minsk-group")
    }
}
