import Foundation
import Testing

@testable import DossierKit

/// Pages whose inputs did not change are not rendered again: these tests make sure that skipping
/// them never leaves a stale page, by comparing every incremental build with a clean build.
@Suite struct PageFingerprintTests {
    /// The sample dossier, with a base URL (so feeds are written) and short pages (so lists paginate).
    private static func sampleProject() throws -> TestProject {
        let root = SampleSiteTests.repositoryRoot
        var files: [String: String] = [:]
        var walker = InputWalker(root: DossierRoot(root), scope: "content")
        for file in walker.list("content", extensions: nil) {
            files[file.path] = try String(contentsOfFile: file.resolvedPath, encoding: .utf8)
        }
        files["site.yml"] =
            try String(contentsOf: root.appendingPathComponent("site.yml"), encoding: .utf8)
            + "\nbase_url: https://example.org/dossier/\npaginate_by: 3\n"
        return try TestProject(files)
    }

    /// A front-matter line `key: value` of `path` replaced (or added after the opening `---`).
    private static func setting(_ key: String, to value: String, in path: String, of project: TestProject) throws {
        let url = project.root.appendingPathComponent(path)
        var lines = try String(contentsOf: url, encoding: .utf8).components(separatedBy: "\n")
        if let index = lines.firstIndex(where: { $0.hasPrefix(key + ":") }) {
            lines[index] = "\(key): \(value)"
        } else {
            lines.insert("\(key): \(value)", at: 1)
        }
        try project.write(path, lines.joined(separator: "\n"))
    }

    private static func appending(_ text: String, to path: String, of project: TestProject) throws {
        let url = project.root.appendingPathComponent(path)
        try project.write(path, try String(contentsOf: url, encoding: .utf8) + text)
    }

    @Test(arguments: [false, true])
    func everyIncrementalBuildEqualsACleanBuild(inPlace: Bool) throws {
        let project = try Self.sampleProject()
        // As `dossier serve` builds: a cache kept between builds, the site updated in place.
        let options = BuildOptions(projectRoot: project.root, cache: inPlace ? BuildCache() : nil, updatesInPlace: inPlace)
        let article = "content/articles/kerry-lavrov-urgent-call-on-karabakh.md"
        let edits: [(String, (TestProject) throws -> Void)] = [
            ("a paragraph added to a body", { try Self.appending("\nA new closing paragraph.\n", to: article, of: $0) }),
            ("a title", { try Self.setting("title", to: "A Renamed Article", in: article, of: $0) }),
            ("a summary", { try Self.setting("summary", to: "A new summary.", in: article, of: $0) }),
            (
                "a date that moves the article",
                { try Self.setting("date", to: "2015-12-01", in: "content/articles/medvedev-visits-yerevan-and-baku.md", of: $0) }
            ),
            (
                "an entity added to an article",
                {
                    try Self.setting(
                        "entities", to: "[vladimir-putin, france, sergey-lavrov]",
                        in: "content/articles/lavrov-in-baku-and-yerevan.md",
                        of: $0)
                }
            ),
            (
                "a tag changed", { try Self.setting("tags", to: "[diplomacy, brand-new-tag]", in: article, of: $0) }
            ),
            (
                "an entity's role",
                { try Self.setting("role", to: "A changed role", in: "content/entities/people/serzh-sargsyan.md", of: $0) }
            ),
            (
                "an entity's name",
                { try Self.setting("name", to: "Sergei Lavrov", in: "content/entities/people/sergey-lavrov.md", of: $0) }
            ),
            (
                "a place's coordinates",
                { try Self.setting("coordinates", to: "[39.9, 46.6]", in: "content/places/stepanakert.md", of: $0) }
            ),
            (
                "a place moved to another parent",
                { try Self.setting("in", to: "azerbaijan", in: "content/places/mardakert.md", of: $0) }
            ),
            (
                "a new article with an event and an unknown entity",
                {
                    try $0.write(
                        "content/articles/new-report.md",
                        """
                        ---
                        title: A New Report
                        date: 2016-06-01
                        entities: [armenia, Someone New]
                        places: [talish]
                        tags: [ceasefire]
                        events:
                          - date: 2016-05-30
                            title: Something happened in Talish
                            places: [talish]
                        ---
                        The report's text, which links to [Lavrov](../entities/sergey-lavrov.md).
                        """)
                }
            ),
            ("an article removed", { try $0.remove("content/articles/notes-ceasefire-violations-after-april-5.md") }),
            (
                "a timeline event added",
                {
                    try Self.appending(
                        "\n- date: 2016-07\n  title: A later stand-alone event\n  entities: [osce]\n",
                        to: "content/timeline/april-2016.yml", of: $0)
                }
            ),
            (
                "an entity profile",
                { try Self.appending("\nMore about him.\n", to: "content/entities/people/john-kerry.md", of: $0) }
            ),
        ]
        let first = try SiteBuilder(options: options).build()
        #expect(first.filesSkipped == 0)
        for (number, (label, edit)) in edits.enumerated() {
            try edit(project)
            let report = try SiteBuilder(options: options).build()
            let clean = project.root.appendingPathComponent("clean-\(number)")
            try SiteBuilder(options: BuildOptions(projectRoot: project.root, outputDirectory: clean)).build()
            let expected = try TestProject.files(in: clean)
            let actual = project.outputFiles()
            let stale = expected.keys.filter { actual[$0] != expected[$0] }.sorted()
            #expect(stale.isEmpty, "after \(label): \(stale.prefix(8))")
            #expect(Set(actual.keys) == Set(expected.keys), "after \(label): the same files")
            #expect(report.filesSkipped > 0, "after \(label): some pages are not rendered again")
            let leftovers = actual.keys.filter { $0.hasSuffix(".dossier-part") }
            #expect(leftovers.isEmpty, "after \(label): no temporary files")
        }
    }

    @Test func aBodyEditRendersOnlyThePagesThatShowIt() throws {
        let project = try Self.sampleProject()
        try project.build()
        try Self.appending(
            "\nA new closing paragraph.\n", to: "content/articles/kerry-lavrov-urgent-call-on-karabakh.md", of: project)
        let report = try project.build()
        let pages = report.pagesByKind.values.reduce(0, +)
        // The article, the whole-dossier pages (home, indexes, search, 404) and the feeds with it.
        #expect(report.filesSkipped > pages / 2, "\(report.filesSkipped) of \(pages) pages skipped")
        #expect(
            project.page("articles/kerry-lavrov-urgent-call-on-karabakh/index.html")?.contains("A new closing paragraph.") == true
        )
    }

    @Test func forceRendersEveryPage() throws {
        let project = try Self.sampleProject()
        try project.build()
        let forced = try SiteBuilder(options: BuildOptions(projectRoot: project.root, force: true)).build()
        #expect(forced.filesSkipped == 0)
    }
}

/// `ReusableGraph` compares models field by field, all but the body: a field added to a model must
/// be added there too, or an edit to it would leave `serve` showing a stale graph.
@Suite struct ReusableGraphTests {
    private func fields(of value: Any) -> [String] {
        Mirror(reflecting: value).children.compactMap(\.label).sorted()
    }

    @Test func theComparedFieldsAreEveryFieldOfTheModels() throws {
        let article = Article(
            id: "a", path: "p", title: "t", date: PartialDate(parsing: "2016")!, summary: nil, source: nil, entityReferences: [],
            placeReferences: [], tags: [], events: [], isDraft: false, body: "", bodyFirstLine: 1)
        #expect(
            fields(of: article)
                == [
                    "body", "bodyFirstLine", "date", "entityReferences", "events", "id", "isDraft", "path", "placeReferences",
                    "source", "summary", "tags", "title",
                ])
        let entity = Entity(
            id: "e", path: nil, name: "n", type: .other, locatedAliases: [], role: nil, relatedReferences: [], body: "",
            bodyFirstLine: 1
        )
        #expect(
            fields(of: entity) == [
                "body", "bodyFirstLine", "id", "locatedAliases", "name", "path", "relatedReferences", "role", "type",
            ])
        let place = Place(
            id: "p", path: nil, name: "n", type: .other, locatedAliases: [], parentReference: nil, coordinates: nil, body: "",
            bodyFirstLine: 1)
        #expect(
            fields(of: place) == [
                "body", "bodyFirstLine", "coordinates", "id", "locatedAliases", "name", "parentReference", "path", "type",
            ])
    }
}
