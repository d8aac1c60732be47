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

    @Test func twoFilesMaySharePlaceNamesAndOnlyAnAmbiguousReferenceIsAnError() throws {
        let project = try TestProject([
            "site.yml": Fixture.site,
            "content/places/mexico.md": Fixture.place("Mexico", type: "country"),
            "content/places/chihuahua-state.md": Fixture.place("Chihuahua", type: "region", extra: "in: mexico"),
            "content/places/nuevo-leon.md": Fixture.place("Nuevo León", type: "region", extra: "in: mexico"),
            "content/places/juarez-chihuahua.md": Fixture.place("Juárez", extra: "in: chihuahua-state"),
            "content/places/juarez-nuevo-leon.md": Fixture.place(
                "Juárez", extra: "aliases: [Ciudad Juárez N.L.]\nin: Nuevo León"),
            "content/places/abasolo.md": Fixture.place("Abasolo", extra: "in: Juárez, Nuevo León"),
            "content/articles/a.md": Fixture.article(
                "A", extra: "places: [\"Juárez, Nuevo León\", Juarez (Chihuahua), \"Juárez, Mexico\", Abasolo]"),
            "content/articles/b.md": Fixture.article("B", extra: "places: [Juárez]"),
        ])
        let diagnostics = try project.failingBuild().map(\.description)
        #expect(
            diagnostics == [
                "content/articles/a.md:4:52: error: the place 'Juárez, Mexico' is ambiguous: two places have this name or alias; write 'Juárez (Chihuahua)' or 'juarez-chihuahua'; or 'Juárez (Nuevo León)' or 'juarez-nuevo-leon'",
                "content/articles/b.md:4:10: error: the place 'Juárez' is ambiguous: two places have this name or alias; write 'Juárez (Chihuahua)' or 'juarez-chihuahua'; or 'Juárez (Nuevo León)' or 'juarez-nuevo-leon'",
            ])
    }

    @Test func aQualifiedReferenceResolvesThroughTheHierarchy() throws {
        let project = try TestProject([
            "site.yml": Fixture.site,
            "content/places/chihuahua-state.md": Fixture.place("Chihuahua", type: "region"),
            "content/places/chihuahua-city.md": Fixture.place("Chihuahua", extra: "in: chihuahua-state"),
            "content/places/nuevo-leon.md": Fixture.place("Nuevo León", type: "region"),
            "content/places/juarez-chihuahua.md": Fixture.place("Juárez", extra: "in: chihuahua-state"),
            "content/places/juarez-nuevo-leon.md": Fixture.place("Juárez", extra: "in: nuevo-leon"),
            "content/places/abasolo.md": Fixture.place("Abasolo", extra: "in: Juárez (Nuevo León)"),
            "content/articles/a.md": Fixture.article(
                "A", extra: "places: [\"Juárez, Nuevo León\", juarez-chihuahua, Abasolo, Chihuahua (Chihuahua)]"),
        ])
        #expect(try project.build().diagnostics.isEmpty)
        let article = try #require(project.page("articles/a/index.html"))
        #expect(article.contains("../../places/juarez-nuevo-leon/index.html"))
        #expect(article.contains("../../places/juarez-chihuahua/index.html"))
        #expect(article.contains("../../places/chihuahua-city/index.html"))
        #expect(!article.contains("../../places/chihuahua-state/index.html\""))
        // Abasolo's parent is the Juárez of Nuevo León, so its article shows on that page.
        let juarez = try #require(project.page("places/juarez-nuevo-leon/index.html"))
        #expect(juarez.contains("../../places/abasolo/index.html"))
        // Homonyms are shown with the place that tells them apart: in the title, and on cards.
        #expect(juarez.contains("<title>Juárez (Nuevo León)"))
        #expect(article.contains(">Juárez (Chihuahua)<") && article.contains(">Chihuahua (Chihuahua)<"))
        let abasolo = try #require(project.page("places/abasolo/index.html"))
        #expect(abasolo.contains(">Juárez (Nuevo León)<"), "the breadcrumb")
        let search = try SearchIndexReader(project)
        #expect(search.search("juarez", kind: "p").count == 2)
        #expect(
            search.docs.values.joined().contains {
                $0.first == "places/juarez-chihuahua/index.html" && $0[1] == "Juárez (Chihuahua)"
            })
    }

    @Test func entitiesMayShareANameAndAReferenceToItListsThem() throws {
        let project = try TestProject([
            "site.yml": Fixture.site,
            "content/entities/ilham-aliyev.md": Fixture.entity("Ilham Aliyev", extra: "aliases: [Aliyev]"),
            "content/entities/heydar-aliyev.md": Fixture.entity("Heydar Aliyev", extra: "aliases: [Aliyev]"),
            "content/articles/a.md": Fixture.article("A", extra: "entities: [Aliyev, ilham-aliyev]"),
        ])
        #expect(
            project.failingBuild().map(\.description) == [
                "content/articles/a.md:4:12: error: the entity 'Aliyev' is ambiguous: two entities have this name or alias; write 'heydar-aliyev'; or 'ilham-aliyev'"
            ])
    }

    @Test func aWholeWordOfAKnownNameSuggestsIt() throws {
        let project = try TestProject([
            "site.yml": Fixture.site,
            "content/entities/dmitry-medvedev.md": Fixture.entity("Dmitry Medvedev", extra: "aliases: [Дмитрий Медведев]"),
            "content/entities/ilham-aliyev.md": Fixture.entity("Ilham Aliyev"),
            "content/entities/heydar-aliyev.md": Fixture.entity("Heydar Aliyev"),
            "content/entities/ter-petrosyan.md": Fixture.entity("Levon Ter-Petrosyan"),
            "content/articles/a.md": Fixture.article(
                "A", extra: "entities: [Медведев, Medvedev Dmitry, Aliyev, Petrosyan, Dmitry Putin, Le]"),
        ])
        let stub = "It gets a stub page for now."
        #expect(
            try project.build().diagnostics.map(\.description) == [
                "content/articles/a.md:4:12: warning: unknown entity 'Медведев'; did you mean 'Дмитрий Медведев' (content/entities/dmitry-medvedev.md)? \(stub)",
                "content/articles/a.md:4:22: warning: unknown entity 'Medvedev Dmitry'; did you mean 'Dmitry Medvedev' (content/entities/dmitry-medvedev.md)? \(stub)",
                "content/articles/a.md:4:39: warning: unknown entity 'Aliyev'; did you mean 'Heydar Aliyev' (content/entities/heydar-aliyev.md) or 'Ilham Aliyev' (content/entities/ilham-aliyev.md)? \(stub)",
                "content/articles/a.md:4:47: warning: unknown entity 'Petrosyan'; did you mean 'Levon Ter-Petrosyan' (content/entities/ter-petrosyan.md)? \(stub)",
                "content/articles/a.md:4:58: warning: unknown entity 'Dmitry Putin': no entity has this id, name or alias, so it gets a stub page; create content/entities/dmitry-putin.md to give it a profile",
                "content/articles/a.md:4:72: warning: unknown entity 'Le': no entity has this id, name or alias, so it gets a stub page; create content/entities/le.md to give it a profile",
            ])
    }

    @Test func aWordSharedByManyNamesSuggestsNone() {
        let names = (0..<100_000).map { "person \($0) of the republic" } + ["rare surname"]
        let words = NameWords(names)
        #expect(words.spellings(containing: "surname") == ["rare surname"])
        #expect(words.spellings(containing: "republic").isEmpty)
        #expect(words.spellings(containing: "the republic").isEmpty)
        #expect(words.spellings(containing: "republic person 99999") == ["person 99999 of the republic"])
        #expect(words.spellings(containing: "person 99999 of it").isEmpty, "every word must be in the name")
    }

    @Test func slugsTransliterate() {
        #expect(TextFolding.slug("Սերժ Սարգսյան") == "serzh-sargsyan")
        #expect(TextFolding.slug("Сергей Лавров") == "sergey-lavrov")
        #expect(TextFolding.slug("Xankəndi") == "xankendi")
        #expect(TextFolding.slug("Harlem Désir") == "harlem-desir")
        #expect(TextFolding.slug("  OSCE / Minsk Group! ") == "osce-minsk-group")
    }
}
