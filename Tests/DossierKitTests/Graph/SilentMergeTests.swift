import Foundation
import Testing

@testable import DossierKit

/// Nothing a contributor writes is merged or dropped without a word: distinct tags keep distinct
/// pages, names that make no address are reported where they are, and an alias that can never be
/// reached is reported at its line.
@Suite struct SilentMergeTests {
    @Test func tagsThatDifferOnlyInSignsGetTheirOwnPages() throws {
        let project = try TestProject([
            "site.yml": Fixture.site,
            "content/articles/a.md": Fixture.article("A", extra: "tags: [C++, C#, c, '#ceasefire']"),
        ])
        let report = try project.build()
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
        #expect(report.pagesByKind["tag"] == 4)
        for (slug, name) in [("c-plus-plus", "C++"), ("c-sharp", "C#"), ("c", "c"), ("ceasefire", "#ceasefire")] {
            let page = try #require(project.page("tags/\(slug)/index.html"), "tags/\(slug)")
            #expect(page.contains(">\(name)<"), "\(slug)")
        }
    }

    @Test func differentTagsThatStillShareAPageAreAWarning() throws {
        let project = try TestProject([
            "site.yml": Fixture.site,
            "content/articles/a.md": Fixture.article("A", date: "2016-04-02", extra: "tags: [C++, Ceasefire talks]"),
            "content/articles/b.md": Fixture.article(
                "B", date: "2016-04-01", extra: "tags:\n  - c plus plus\n  - ceasefire-talks\n  - CEASEFIRE TALKS"),
        ])
        let report = try project.build()
        #expect(
            report.diagnostics.map(\.description) == [
                "content/articles/b.md:5:5: warning: the tags 'c plus plus' and 'C++' (content/articles/a.md:4:8) share one page, tags/c-plus-plus/; write them the same way if they are one topic, or rename one"
            ])
        #expect(report.pagesByKind["tag"] == 2)
    }

    @Test func tagsAndReferencesWithoutLettersOrDigitsAreReportedWhereTheyAre() throws {
        let project = try TestProject([
            "site.yml": Fixture.site,
            "content/articles/a.md": Fixture.article(
                "A", extra: "tags: ['!!!', '..', '', ok]\nplaces: ['', Yerevan]\nentities: ['  ']"),
            "content/places/yerevan.md": Fixture.place("Yerevan"),
            "content/places/shusha.md": Fixture.place("Shusha", extra: "in: ''"),
        ])
        let report = try project.build()
        let found = report.diagnostics.map(\.description)
        let tagMessage =
            "has no letters or digits to make an address (tags/<name>/) from, so it is left out; write the topic in words, or remove it"
        #expect(
            found == [
                "content/articles/a.md:4:8: warning: the tag '!!!' \(tagMessage)",
                "content/articles/a.md:4:15: warning: the tag '..' \(tagMessage)",
                "content/articles/a.md:4:21: warning: this tag is empty, so it \(tagMessage)",
                "content/articles/a.md:5:10: warning: this place reference is empty, so it has no letters or digits to make a page name from and is left out; write the place's id or name, or remove it",
                "content/articles/a.md:6:12: warning: this entity reference is empty, so it has no letters or digits to make a page name from and is left out; write the entity's id or name, or remove it",
                "content/places/shusha.md:4:5: warning: this place reference is empty, so it has no letters or digits to make a page name from and is left out; write the place's id or name, or remove it",
            ])
        #expect(report.pagesByKind["tag"] == 1)
        #expect(project.failingBuild(strict: true).count == found.count)
    }

    @Test func anAliasThatIsAnotherFilesIdIsAWarningAtTheAlias() throws {
        let project = try TestProject([
            "site.yml": Fixture.site,
            "content/entities/john-kerry.md": Fixture.entity("John Kerry"),
            "content/entities/other.md": Fixture.entity("Other Person", extra: "aliases:\n  - Kerry\n  - John-Kerry"),
            "content/places/baku.md": Fixture.place("Baku City"),
            "content/places/bakı.md": Fixture.place("Bakı", extra: "aliases: [baku]"),
            "content/articles/a.md": Fixture.article("A", extra: "entities: [john-kerry, Kerry]"),
        ])
        let report = try project.build()
        #expect(
            report.diagnostics.map(\.description) == [
                "content/entities/other.md:6:5: warning: the alias 'John-Kerry' is the id of another entity, 'john-kerry' (content/entities/john-kerry.md): references to it go to that entity, never to 'Other Person'; remove the alias, or refer to 'Other Person' by its id or name",
                "content/places/bakı.md:4:11: warning: the alias 'baku' is the id of another place, 'baku' (content/places/baku.md): references to it go to that place, never to 'Bakı'; remove the alias, or refer to 'Bakı' by its id or name",
            ])
        // The name still goes where the warning says.
        #expect(project.page("entities/john-kerry/index.html")?.contains("../../articles/a/index.html") == true)
    }
}
