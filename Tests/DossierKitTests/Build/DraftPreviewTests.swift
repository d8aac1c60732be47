import Foundation
import Testing

@testable import DossierKit

/// `serve --drafts` previews drafts from Dossier's state folder, never from the `public/` that gets
/// deployed, and a draft's page says it is one.
@Suite struct DraftPreviewTests {
    @Test func draftsArePreviewedFromTheStateFolderWithABanner() throws {
        let project = try TestProject([
            "site.yml": "title: T\n",
            "content/articles/published.md": "---\ntitle: Published\ndate: 2016-04-11\n---\nBody.\n",
            "content/articles/secret.md": "---\ntitle: Secret plan\ndate: 2016-04-12\ndraft: true\n---\nNot yet.\n",
        ])
        try project.build()
        let deployed = project.outputFiles()
        let preview = BuildOptions.draftPreviewFolder(of: project.root)
        #expect(preview.path.hasSuffix("/.dossier/preview"))
        try SiteBuilder(
            options: BuildOptions(
                projectRoot: project.root, outputDirectory: preview, includeDrafts: true, cache: BuildCache(),
                updatesInPlace: true)
        ).build()
        let previewed = try TestProject.files(in: preview)
        let draft = String(decoding: previewed["articles/secret/index.html"] ?? Data(), as: UTF8.self)
        #expect(draft.contains("<p class=\"draft-banner\" role=\"note\"><strong>Draft</strong>"), "a visible banner")
        let published = String(decoding: previewed["articles/published/index.html"] ?? Data(), as: UTF8.self)
        #expect(!published.contains("draft-banner"), "only drafts carry it")
        #expect(project.outputFiles() == deployed, "public/ is left as the last build wrote it")
        #expect(!project.exists("articles/secret/index.html"))
        #expect(FileManager.default.fileExists(atPath: project.root.appendingPathComponent(".dossier/.gitignore").path))
    }

    @Test func theStateFolderTakesNoOtherOutput() throws {
        let project = try TestProject(["site.yml": "title: T\n"])
        try project.build()
        let elsewhere = project.root.appendingPathComponent(".dossier/other")
        #expect(throws: OutputRefusal.self) {
            try SiteBuilder(options: BuildOptions(projectRoot: project.root, outputDirectory: elsewhere)).build()
        }
    }
}
