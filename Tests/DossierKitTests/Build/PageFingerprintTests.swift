import Foundation
import Testing

@testable import DossierKit

/// Pages whose inputs did not change are not rendered again: these tests make sure that skipping
/// them never leaves a stale page, by comparing every incremental build with a clean build.
@Suite struct PageFingerprintTests {
    /// The sample dossier, with a base URL (so feeds are written) and short pages (so lists paginate).
    private static func sampleProject() throws -> TestProject {
        let root = SampleSiteTests.repositoryRoot
        let site =
            try String(contentsOf: root.appendingPathComponent("site.yml"), encoding: .utf8)
            + "\nbase_url: https://example.org/dossier/\npaginate_by: 3\n"
        let project = try TestProject(["site.yml": site])
        var walker = InputWalker(root: DossierRoot(root), scope: "content")
        for file in walker.list("content", extensions: nil) {
            try project.write(file.path, try Data(contentsOf: URL(fileURLWithPath: file.resolvedPath)))
        }
        return project
    }

    /// Every edit of `IncrementalEdits.all`, applied in turn; after each, an incremental build in
    /// each mode is compared file by file with a clean build, and the clean build with the one
    /// before (so that every edit changes what a reader sees).
    @Test func everyIncrementalBuildEqualsACleanBuild() throws {
        let project = try Self.sampleProject()
        var runs = IncrementalEdits.Mode.allCases.map { IncrementalRun(mode: $0, project: project) }
        for run in runs {
            let first = try run.build()
            #expect(first.filesSkipped == 0)
        }
        // Removed at the end only: on ext4, files made right after others were deleted are slow to make.
        defer { try? FileManager.default.removeItem(at: project.root.appendingPathComponent("clean")) }
        var previous = try Self.cleanBuild(of: project, number: 0)
        for (number, edit) in IncrementalEdits.all.enumerated() {
            try edit.apply(project)
            let reports = try runs.map { try $0.build() }
            let clean = try Self.cleanBuild(of: project, number: number + 1)
            #expect(!edit.isVisible || clean != previous, "\(edit.label) changes nothing a reader sees")
            previous = clean
            for (index, report) in reports.enumerated() {
                let mode = runs[index].mode
                let differences = IncrementalRun.differences(runs[index].files(), from: clean)
                if let known = edit.knownStale, known.modes.contains(mode) {
                    withKnownIssue(known.comment) {
                        #expect(differences.isEmpty, "\(mode) after \(edit.label): \(differences)")
                    }
                } else {
                    #expect(differences.isEmpty, "\(mode) after \(edit.label): \(differences)")
                }
                // A stale page would stay stale through the next edits: start them from a clean site.
                if !differences.isEmpty { try runs[index].startAfresh() }
                if !edit.rendersEveryPage {
                    #expect(report.filesSkipped > 0, "\(mode) after \(edit.label): some pages are not rendered again")
                }
                let leftovers = runs[index].files().keys.filter { $0.hasSuffix(".dossier-part") }
                #expect(leftovers.isEmpty, "\(mode) after \(edit.label): no temporary files")
            }
        }
    }

    /// Every key the front-matter shapes and `site.yml` know is exercised by an edit of the table,
    /// and the table names no other.
    @Test func theEditsExerciseEveryKnownKey() {
        let known = IncrementalEdits.everyKnownKey
        let exercised = Set(IncrementalEdits.all.flatMap(\.keys))
        for key in known.subtracting(exercised).sorted() {
            Issue.record(
                "no edit of IncrementalEdits.all exercises '\(key)': add one that changes what a reader sees (set, change, remove)"
            )
        }
        for key in exercised.subtracting(known).sorted() {
            Issue.record("IncrementalEdits.all names '\(key)', which is no known key of a front-matter shape or of site.yml")
        }
    }

    /// The site built from scratch into a folder of its own (below `clean/`), read.
    private static func cleanBuild(of project: TestProject, number: Int) throws -> [String: Data] {
        let folder = project.root.appendingPathComponent("clean/\(number)")
        _ = try SiteBuilder(options: BuildOptions(projectRoot: project.root, outputDirectory: folder)).build()
        return try TestProject.files(in: folder)
    }

    @Test func aBodyEditRendersOnlyThePagesThatShowIt() throws {
        let project = try Self.sampleProject()
        try project.build()
        try project.append("\nA new closing paragraph.\n", to: "content/articles/kerry-lavrov-urgent-call-on-karabakh.md")
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

/// One way of building a dossier again and again (`dossier build`, or `dossier serve`'s cache and
/// in-place updates), into an output folder of its own.
struct IncrementalRun {
    let mode: IncrementalEdits.Mode
    let project: TestProject
    private var cache: BuildCache?

    init(mode: IncrementalEdits.Mode, project: TestProject) {
        self.mode = mode
        self.project = project
        cache = mode == .serve ? BuildCache() : nil
    }

    var output: URL { project.root.appendingPathComponent("site-\(mode)") }

    private func options(force: Bool = false) -> BuildOptions {
        BuildOptions(
            projectRoot: project.root, outputDirectory: output, force: force, cache: cache, updatesInPlace: mode == .serve)
    }

    @discardableResult
    func build() throws -> BuildReport {
        try SiteBuilder(options: options()).build()
    }

    /// A new cache and every file written anew, as if the run had just started.
    mutating func startAfresh() throws {
        if mode == .serve { cache = BuildCache() }
        _ = try SiteBuilder(options: options(force: true)).build()
    }

    func files() -> [String: Data] {
        (try? TestProject.files(in: output)) ?? [:]
    }

    /// How `actual` differs from `expected`: each file missing, extra, or different (with its first
    /// different line, as built and as expected).
    static func differences(_ actual: [String: Data], from expected: [String: Data]) -> [String] {
        var found: [String] = []
        for path in Set(expected.keys).union(actual.keys).sorted() {
            switch (actual[path], expected[path]) {
            case (nil, _): found.append("\(path) is missing")
            case (_, nil): found.append("\(path) should not be there")
            case let (built?, wanted?) where built != wanted:
                let builtLines = String(decoding: built, as: UTF8.self).components(separatedBy: "\n")
                let wantedLines = String(decoding: wanted, as: UTF8.self).components(separatedBy: "\n")
                let line =
                    zip(builtLines, wantedLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset
                    ?? min(builtLines.count, wantedLines.count)
                let shown = { (lines: [String]) in line < lines.count ? String(lines[line].trimmed.prefix(160)) : "(end)" }
                found.append("\(path) line \(line + 1) is '\(shown(builtLines))', not '\(shown(wantedLines))'")
            default: break
            }
        }
        return found.count <= 6 ? found : found.prefix(6) + ["and \(found.count - 6) more"]
    }
}

/// `serve` reuses the last graph when the files parse to equal models (their synthesized `==`):
/// after an edit to a body only, and after nothing else.
@Suite struct ReusableGraphTests {
    private static func models(article: String) -> ContentModels {
        let files = [
            SourceFile(path: "content/articles/a.md", id: "a", kind: .article, text: article),
            SourceFile(path: "content/entities/kerry.md", id: "kerry", kind: .entity, text: Fixture.entity("John Kerry")),
        ]
        return ContentParser.parse(files).models
    }

    @Test func onlyABodyEditReusesTheGraph() {
        let models = Self.models(article: Fixture.article("A", extra: "entities: [kerry]", body: "First text."))
        let (graph, diagnostics) = GraphBuilder.build(models, includeDrafts: false)
        let kept = ReusableGraph(graph: graph, diagnostics: diagnostics, models: models, includeDrafts: false)
        let edits = [
            "a body": Fixture.article("A", extra: "entities: [kerry]", body: "Second text."),
            "a title": Fixture.article("B", extra: "entities: [kerry]", body: "First text."),
            "a reference": Fixture.article("A", extra: "entities: [Kerry]", body: "First text."),
            // Problems in the body are reported at lines counted from where it starts.
            "the line the body starts on": Fixture.article("A", extra: "entities: [kerry]\n", body: "First text."),
        ]
        for (edit, text) in edits {
            let reused = kept.graph(for: Self.models(article: text), includeDrafts: false) != nil
            #expect(reused == (edit == "a body"), "after an edit to \(edit)")
        }
        #expect(kept.graph(for: models, includeDrafts: true) == nil, "with drafts")
    }

    /// In `serve`, a body that moves down a line (a blank line at the end of the front matter) has
    /// its problems reported on their new lines.
    @Test func aBodyThatMovesMovesItsWarnings() throws {
        let project = try TestProject([
            "site.yml": Fixture.site,
            "content/articles/a.md": Fixture.article("A", body: "A [broken link](nowhere.md)."),
        ])
        let options = BuildOptions(projectRoot: project.root, cache: BuildCache(), updatesInPlace: true)
        let lines = { (report: BuildReport) in report.diagnostics.compactMap { $0.location?.line } }
        let first = try SiteBuilder(options: options).build()
        try project.write("content/articles/a.md", Fixture.article("A", extra: "\n", body: "A [broken link](nowhere.md)."))
        let moved = try SiteBuilder(options: options).build()
        #expect(
            lines(moved) == lines(first).map { $0 + 1 } && !lines(first).isEmpty, "\(first.diagnostics) then \(moved.diagnostics)"
        )
    }
}
