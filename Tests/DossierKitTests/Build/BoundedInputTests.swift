import Foundation
import Testing

@testable import DossierKit

/// Hostile but small inputs that used to take quadratic time, unbounded memory or crash the build:
/// each now ends in a diagnostic at its file, line and column, or in output of bounded size.
@Suite struct BoundedInputTests {
    private func project(_ files: [String: String]) throws -> TestProject {
        try TestProject(
            ["site.yml": Fixture.site, "content/articles/a.md": Fixture.article("A")].merging(files) { _, new in new })
    }

    private func errors(_ files: [String: String]) throws -> [String] {
        try project(files).failingBuild().filter { $0.severity == .error }.map(\.description)
    }

    // MARK: - YAML aliases (case 5)

    @Test func aliasesThatRepeatTooMuchAreAnErrorAtTheAlias() throws {
        // An anchor of 200 names used by 200 events: 40,000 references from a 10 KB file.
        let names = (0..<200).map { "    - Person \($0)\n" }.joined()
        var timeline = "- date: 2020-01-01\n  title: First\n  entities: &who\n" + names
        for number in 0..<200 { timeline += "- date: 2020-01-02\n  title: Event \(number)\n  entities: *who\n" }
        let found = try errors(["content/timeline/t.yml": timeline])
        #expect(found.count == 1)
        // The 50th alias (50 × 201 values) is the first past 10,000 repeated values: line 206 + 3 × 49.
        #expect(found.first?.hasPrefix("content/timeline/t.yml:353:13: error: the alias '*who' repeats 201 value(s)") == true)
    }

    @Test func aliasesInModerationStillWork() throws {
        let timeline = """
            - date: 2020-01-01
              title: First
              entities: &who [Alice, Bob]
            - date: 2020-01-02
              title: Second
              entities: *who
            """
        let project = try project(["content/timeline/t.yml": timeline])
        try project.build()
        #expect(project.page("entities/bob/index.html")?.contains("Second") == true)
    }

    @Test func nestedAliasesCannotExplode() throws {
        // "Billion laughs": nine levels of ten aliases each would be 10⁹ values.
        var yaml = "title: A\ndate: 2020-01-01\nx0: &a0 [l, l, l, l, l, l, l, l, l, l]\n"
        for level in 1..<9 {
            yaml += "x\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]\n"
        }
        let found = try errors(["content/articles/a.md": "---\n" + yaml + "---\nBody\n"])
        #expect(found.contains { $0.hasPrefix("content/articles/a.md:") && $0.contains("error: the alias '*a") })
    }

    @Test func aliasedLongTitleIsAnError() throws {
        // A 100 KB title repeated in 2,000 events: the 11th alias is past 1 MB of repeated text.
        let title = String(repeating: "x", count: 100_000)
        var timeline = "- date: 2020-01-01\n  title: &t \(title)\n"
        for _ in 0..<2_000 { timeline += "- date: 2020-01-02\n  title: *t\n" }
        let found = try errors(["content/timeline/t.yml": timeline])
        #expect(found.count == 1)
        #expect(
            found.first?.hasPrefix(
                "content/timeline/t.yml:24:10: error: the alias '*t' repeats 1 value(s) (100000 bytes of text)") == true)
        // Written once, the title is still too long.
        let once = try errors(["content/timeline/t.yml": "- date: 2020-01-01\n  title: \(title)\n"])
        #expect(
            once == [
                "content/timeline/t.yml:2:10: error: 'title': this value is 100000 characters long; at most 2000 are accepted, so shorten it"
            ])
    }

    // MARK: - Sizes of fields and lists (cases 5 and 8)

    @Test func longListsAreAnErrorAtTheList() throws {
        let names = (0..<8_000).map { "Entity \($0)" }.joined(separator: ", ")
        let found = try errors(["content/articles/b.md": "---\ntitle: B\ndate: 2020-01-01\nentities: [\(names)]\n---\nBody\n"])
        #expect(
            found == [
                "content/articles/b.md:4:11: error: 'entities': this list has 8000 items; at most 500 are accepted, so keep the 500 that matter most"
            ])
    }

    @Test func longTextIsAnError() throws {
        let long = String(repeating: "word ", count: 1_000)
        let found = try errors(["content/entities/e.md": "---\nname: \(long)\n---\n"])
        #expect(found.first?.hasPrefix("content/entities/e.md:2:7: error: 'name': this value is 4999 characters long") == true)
    }

    @Test func deeplyNestedYAMLIsAnErrorNotACrash() throws {
        // 100,000 deep stops in libyaml (its own limit is 1,000); 100 deep, at Dossier's limit of 64.
        let deepest = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        let stopped = try errors(["content/articles/b.md": "---\ntitle: B\ndate: 2020-01-01\nsummary: \(deepest)\n---\n"])
        #expect(stopped.count == 1)
        #expect(stopped.first?.hasPrefix("content/articles/b.md:4:") == true)
        let deep = String(repeating: "[", count: 100) + String(repeating: "]", count: 100)
        let found = try errors(["content/articles/b.md": "---\ntitle: B\ndate: 2020-01-01\nsummary: \(deep)\n---\n"])
        #expect(
            found == [
                "content/articles/b.md:4:73: error: the values here are nested more than 64 deep (lists inside lists or sets of fields); front matter needs a few levels at most"
            ])
    }

    // MARK: - Quadratic steps (case 8)

    @Test func repeatedHeadingsGetSuffixesInLinearTime() throws {
        // 20,000 equal headings: trying -2 … -n for each took minutes.
        let body = String(repeating: "## Same\n\n", count: 20_000) + "## Same 3\n"
        let project = try project(["content/articles/b.md": Fixture.article("B", body: body)])
        try project.build()
        let page = try #require(project.page("articles/b/index.html"))
        #expect(page.contains("id=\"same\""))
        #expect(page.contains("id=\"same-20000\""))
        // A heading whose slug is already taken as a suffix gets the next free one.
        #expect(page.contains("id=\"same-3-2\""))
    }

    @Test func didYouMeanStaysBoundedAgainstManyAliases() throws {
        let aliases = (0..<30_000).map { String(format: "alias%06dx", $0) }.joined(separator: ", ")
        let references = (0..<100).map { String(format: "alias%06dy", $0 * 7) }.joined(separator: ", ")
        let project = try project([
            "content/entities/big.md": "---\nname: Big\n---\n",
            "content/entities/other.md":
                "---\nname: Other\naliases: [\(aliases.split(separator: ",").prefix(500).joined(separator: ","))]\n---\n",
            "content/articles/b.md": "---\ntitle: B\ndate: 2020-01-01\nentities: [Bog, \(references)]\n---\nBody\n",
        ])
        let report = try project.build()
        let warnings = report.diagnostics.map(\.message)
        #expect(warnings.contains { $0.contains("unknown entity 'Bog'; did you mean 'Big'") })
        #expect(warnings.contains { $0.contains("unknown entity 'alias000007y'; did you mean 'alias000007x'") })
    }

    @Test func suggestionIndexComparesABoundedNumberOfSpellings() {
        let spellings = (0..<100_000).map { String(format: "alias%06dx", $0) }
        let index = SuggestionIndex(spellings)
        #expect(index.closest(to: "alias054321y") == "alias054321x")
        #expect(index.closest(to: "zzzzzzzz") == nil)
    }

    @Test func deepPlaceChainsAreAnErrorAtTheInLine() throws {
        // 200 places, each inside the previous: past 64 is an error at the 'in:' line.
        var files: [String: String] = [:]
        for number in 0..<200 {
            files["content/places/p\(number).md"] =
                "---\nname: P\(number)\n" + (number > 0 ? "in: p\(number - 1)\n" : "") + "---\n"
        }
        let found = try errors(files)
        // Reported where p64, p128 and p192 each start a chain of 64 again.
        #expect(
            found.contains(
                "content/places/p64.md:3:5: error: the place 'p64' is more than 64 places deep in a chain of 'in:' links; link it to a place higher up"
            ))
        #expect(found.count == 3)
    }

    @Test func placeLoopsAreStillFoundInLongChains() throws {
        var files: [String: String] = [:]
        for number in 0..<50 {
            files["content/places/p\(number).md"] = "---\nname: P\(number)\nin: p\((number + 1) % 50)\n---\n"
        }
        let found = try errors(files)
        #expect(found.count == 1)
        #expect(
            found.first?.hasPrefix("content/places/p9.md:3:5: error: the places' 'in:' links make a loop: 'p9' → 'p10' → ")
                == true)
    }

    // MARK: - Templates (case 9)

    private func themeErrors(_ templates: [String: String]) throws -> [String] {
        var files: [String: String] = [:]
        for (name, text) in Theme.builtIn.templates { files["templates/\(name).mustache"] = text }
        for (name, text) in templates { files["templates/\(name).mustache"] = text }
        return try errors(files)
    }

    @Test func partialIncludingItselfIsAnError() throws {
        let found = try themeErrors(["partials/loop": "x\n{{> partials/loop}}\n", "home": "{{> partials/loop}}\n"])
        #expect(
            found == [
                "templates/partials/loop.mustache:2:1: error: the template 'partials/loop' includes 'partials/loop', which leads back to it: 'partials/loop' → 'partials/loop'; rendering it would never end, so remove one of these inclusions or put it inside a section"
            ])
    }

    @Test func parentLoopIsAnError() throws {
        let found = try themeErrors(["tags": "{{<tag}}{{/tag}}\n", "tag": "{{<tags}}{{/tags}}\n"])
        #expect(
            found == [
                "templates/tags.mustache:1:1: error: the template 'tags' includes 'tag', which leads back to it: 'tag' → 'tags' → 'tag'; rendering it would never end, so remove one of these inclusions or put it inside a section"
            ])
    }

    @Test func recursionThroughASectionThatNeverEndsIsStopped() throws {
        // `site` is found on every level, so each inclusion renders the next one.
        let found = try themeErrors(["partials/loop": "{{#site}}{{> partials/loop}}{{/site}}\n", "home": "{{> partials/loop}}\n"])
        #expect(found.count == 1)
        #expect(
            found.first?.hasPrefix(
                "templates/partials/loop.mustache: error: the template 'partials/loop' was included more than 200 levels deep")
                == true)
    }

    @Test func deeplyNestedSectionsAreAnErrorNotACrash() throws {
        let found = try themeErrors([
            "tags": String(repeating: "{{#a}}", count: 100_000) + String(repeating: "{{/a}}", count: 100_000)
        ])
        #expect(
            found == [
                "templates/tags.mustache:1:601: error: template syntax: sections are nested more than 100 deep here; close some before opening more"
            ])
    }

    @Test func recursivePlaceTreeStillRenders() throws {
        var files: [String: String] = [:]
        for number in 0..<64 {
            files["content/places/p\(number).md"] =
                "---\nname: P\(number)\n" + (number > 0 ? "in: p\(number - 1)\n" : "") + "---\n"
        }
        let project = try project(files)
        try project.build()
        #expect(project.page("places/index.html")?.contains("P63") == true)
    }
}
