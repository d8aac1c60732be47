import Foundation
import Testing

@testable import DossierKit

/// `dossier build` keeps each page's view record (`.dossier/sites/<hash>/views`) so that an edit of
/// one body makes again only the views that read it. The file is untrusted input like the rest of
/// the state. (That edits built with it equal clean builds is
/// `PageFingerprintTests.everyIncrementalBuildEqualsACleanBuild`, whose `build` mode uses it.)
@Suite struct PersistentViewsTests {
    private static let article = "content/articles/kerry-lavrov.md"

    private static func state(of project: TestProject) throws -> SiteState {
        try SiteWriter(output: project.output, projectRoot: project.root).state
    }

    /// The records the last build left, as the next build reads them.
    private static func records(_ state: SiteState) throws -> [String: RecordedView] {
        let manifest = try #require(OutputManifest.read(from: state.manifestPath))
        let data = try #require(FileManager.default.contents(atPath: state.viewsPath))
        #expect(FileIdentity.of(state.viewsPath) == manifest.views, "the manifest records the file's identity")
        return try #require(PersistentViews.decode(data, executable: InputStamp.executableStamp()))
    }

    /// Writes `records` as the views file and, with `trusted`, records its identity in the manifest
    /// (what only Dossier itself can do: a committed file has another identity).
    private static func plant(_ records: [String: RecordedView], in state: SiteState, trusted: Bool) throws {
        let data = PersistentViews.encode(records, executable: InputStamp.executableStamp())
        #expect(SiteState.replaceFile(at: state.viewsPath, with: data) == nil)
        if trusted {
            var manifest = try #require(OutputManifest.read(from: state.manifestPath))
            manifest.views = FileIdentity.of(state.viewsPath)
            try state.write(manifest)
        }
    }

    private static func cleanBuild(_ project: TestProject) throws -> [String: Data] {
        let folder = project.root.appendingPathComponent("clean-\(UUID().uuidString)")
        _ = try SiteBuilder(options: BuildOptions(projectRoot: project.root, outputDirectory: folder)).build()
        return try TestProject.files(in: folder)
    }

    /// Every page's view is recorded, with what it read; an edit of one body keeps the records of
    /// the pages that did not read it, and those pages are not made again.
    @Test func aBodyEditMakesOnlyTheViewsThatReadIt() throws {
        let project = try TestProject(SiteBuildTests.smallDossier)
        try project.build()
        let state = try Self.state(of: project)
        let first = try Self.records(state)
        let page = "articles/kerry-lavrov/index.html"
        #expect(first[page]?.reads.articleBodies.isEmpty == false, "the article page read its body")
        #expect(first["entities/john-kerry/index.html"] != nil)

        try project.append("\nA sentence added later.\n", to: Self.article)
        let report = try project.build()
        #expect(project.page(page)?.contains("A sentence added later.") == true)
        #expect(report.filesSkipped > 0, "pages that did not read the body are not made again")
        let second = try Self.records(state)
        #expect(Set(second.keys) == Set(first.keys))
        #expect(second[page]?.digest != first[page]?.digest)
        #expect(second["places/nagorno-karabakh/index.html"]?.digest == first["places/nagorno-karabakh/index.html"]?.digest)
        #expect(project.outputFiles() == (try Self.cleanBuild(project)))
    }

    /// A front-matter edit changes the context, so no record counts: every view is made again.
    @Test func aFrontMatterEditMakesEveryViewAgain() throws {
        let project = try TestProject(SiteBuildTests.smallDossier)
        try project.build()
        let state = try Self.state(of: project)
        let before = try Self.records(state)
        let text = try #require(
            String(data: try Data(contentsOf: project.root.appendingPathComponent(Self.article)), encoding: .utf8))
        try project.write(Self.article, text.replacingOccurrences(of: "tags: [diplomacy, Ceasefire]", with: "tags: [diplomacy]"))
        try project.build()
        let after = try Self.records(state)
        #expect(after.allSatisfy { path, record in record.context != before[path]?.context })
        #expect(project.outputFiles() == (try Self.cleanBuild(project)))
    }

    /// Forged records (false digests, reads of articles that do not exist) change nothing when the
    /// file was committed, and do not crash the build even when its identity is recorded.
    @Test func forgedRecordsAreNotTrusted() throws {
        let project = try TestProject(SiteBuildTests.smallDossier)
        try project.build()
        let state = try Self.state(of: project)
        let forged = try Self.records(state).mapValues { record in
            RecordedView(
                context: record.context,
                reads: ViewReads.Record(lists: [[150_000], [7_000], [], [3_000], [65_535], record.reads.cards]),
                readsDigest: record.readsDigest, digest: ContentHash.of("forged"))
        }
        for trusted in [false, true] {
            try Self.plant(forged, in: state, trusted: trusted)
            try project.append("\nEdit while \(trusted ? "trusted" : "committed").\n", to: Self.article)
            try project.build()
            #expect(project.outputFiles() == (try Self.cleanBuild(project)))
        }
    }

    /// Every prefix and many one-byte changes of a real file decode to records or to nothing, never
    /// a crash; another executable's file is refused.
    @Test func decodingIsBoundedOnEveryPrefixAndFlip() throws {
        let project = try TestProject(SiteBuildTests.smallDossier)
        try project.build()
        let good = try #require(FileManager.default.contents(atPath: try Self.state(of: project).viewsPath))
        let executable = InputStamp.executableStamp()
        #expect(PersistentViews.decode(good, executable: executable) != nil)
        #expect(PersistentViews.decode(good, executable: "another version") == nil)
        let step = max(1, good.count / 300)
        for length in stride(from: 0, to: good.count, by: step) {
            #expect(PersistentViews.decode(good.prefix(length), executable: executable) == nil, "prefix of \(length) bytes")
        }
        for index in stride(from: 0, to: good.count, by: step) {
            for value: UInt8 in [0x00, 0x2F, 0x80, 0xFF] {
                var bytes = good
                bytes[index] = value
                _ = PersistentViews.decode(bytes, executable: executable)
            }
        }
    }
}
