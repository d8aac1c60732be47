import Foundation
import Testing

@testable import DossierKit

@Suite struct PaginationTests {
    @Test func longListsAreSplitIntoPagesWithLinksBetweenThem() throws {
        var files = ["site.yml": Fixture.site + "paginate_by: 2\n", "content/entities/kerry.md": Fixture.entity("John Kerry")]
        for day in 1...5 {
            files["content/articles/a\(day).md"] = Fixture.article(
                "Article \(day)", date: "2016-04-0\(day)", extra: "entities: [kerry]")
        }
        let project = try TestProject(files)
        try project.build()
        let first = try #require(project.page("entities/kerry/index.html"))
        #expect(first.contains("Article 5") && first.contains("Article 4") && !first.contains("Article 3"))
        #expect(first.contains("href=\"../../entities/kerry/page/2/index.html\""))
        let third = try #require(project.page("entities/kerry/page/3/index.html"))
        #expect(third.contains("Article 1") && !third.contains("Article 2"))
        #expect(third.contains("href=\"../../../../entities/kerry/page/2/index.html\""), "links back from four folders deep")
        #expect(third.contains("href=\"../../../../articles/a1/index.html\""), "cards are rebased to the page's depth")
        #expect(first.contains("Profile.") && !third.contains("Profile."), "later pages list articles, not the profile again")
        #expect(third.contains("href=\"../../../../entities/kerry/index.html\""), "later pages link back to the first")
        #expect(project.exists("articles/page/3/index.html"))
        #expect(!project.exists("articles/page/4/index.html"))
    }

    @Test func theSummaryCountsFurtherPagesOfListsApartFromWhatTheyList() throws {
        var files = ["site.yml": Fixture.site + "paginate_by: 2\n", "content/entities/kerry.md": Fixture.entity("John Kerry")]
        for day in 1...5 {
            files["content/articles/a\(day).md"] = Fixture.article(
                "Article \(day)", date: "2016-04-0\(day)", extra: "entities: [kerry]\ntags: [talks]")
        }
        let summary = try TestProject(files).build().summary
        // Articles, the entity and the tag have three pages each: two of them are further pages.
        #expect(
            summary.hasPrefix(
                "Built 21 pages (5 articles, 1 entity, 1 tag, 8 index pages, 6 further pages of long lists), 0 warnings in "),
            "\(summary)")
    }

    @Test func fragmentLinksAreRebasedToThePageDepth() {
        let fragment = RebasableHTML(
            "<a href=\"articles/x/index.html\">x</a> <a href=\"https://e.org/\">e</a> <a href=\"#top\">t</a> <img src=\"assets/a.png\">"
        )
        #expect(
            fragment.html(root: "../../")
                == "<a href=\"../../articles/x/index.html\">x</a> <a href=\"https://e.org/\">e</a> <a href=\"#top\">t</a> <img src=\"../../assets/a.png\">"
        )
        #expect(fragment.html(root: "").hasPrefix("<a href=\"articles/x/index.html\">"))
    }
}
