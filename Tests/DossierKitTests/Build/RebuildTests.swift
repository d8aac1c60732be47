import Foundation
import Testing

@testable import DossierKit

@Suite struct RebuildTests {
    private func status(_ project: TestProject, _ path: String) throws -> (inode: Int, modified: Date) {
        let attributes = try FileManager.default.attributesOfItem(atPath: project.output.appendingPathComponent(path).path)
        return ((attributes[.systemFileNumber] as? Int) ?? -1, attributes[.modificationDate] as! Date)
    }

    @Test func nothingIsRebuiltWhenNoInputChanged() throws {
        let project = try TestProject(
            SiteBuildTests.smallDossier.merging(["content/articles/b.md": Fixture.article("B", extra: "entities: [Nobody]")]) {
                a, _ in a
            })
        let first = try project.build()
        #expect(!first.upToDate)
        let before = try status(project, "index.html")
        let second = try project.build()
        #expect(second.upToDate)
        #expect(second.summary.hasPrefix("Nothing to do"))
        #expect(
            second.diagnostics.map(\.message) == first.diagnostics.map(\.message), "the last build's warnings are shown again")
        #expect(try status(project, "index.html") == before)
        let forced = try SiteBuilder(options: BuildOptions(projectRoot: project.root, force: true)).build()
        #expect(!forced.upToDate)
    }

    @Test func unchangedFilesKeepTheirModificationTimeAndChangedOnesAreWritten() throws {
        let project = try TestProject(SiteBuildTests.smallDossier)
        try project.build()
        let tag = try status(project, "tags/diplomacy/index.html")
        let article = try status(project, "articles/kerry-lavrov/index.html")
        try project.write(
            "content/places/nagorno-karabakh.md", Fixture.place("Nagorno-Karabakh", type: "region", body: "A new profile."))
        let report = try project.build()
        #expect(!report.upToDate)
        #expect(report.filesWritten > 0 && report.filesUnchanged > 0)
        #expect(try status(project, "tags/diplomacy/index.html") == tag, "an untouched page keeps its file")
        #expect(try status(project, "articles/kerry-lavrov/index.html") == article)
        #expect(project.page("places/nagorno-karabakh/index.html")?.contains("A new profile.") == true)
    }

    @Test func editingATemplateRebuilds() throws {
        let project = try TestProject(SiteBuildTests.smallDossier)
        for (path, data) in DefaultTheme.fileContents { try project.write("templates/" + path, data) }
        try project.build()
        let base = String(decoding: DefaultTheme.fileContents["base.mustache"]!, as: UTF8.self)
        try project.write(
            "templates/base.mustache", base.replacingOccurrences(of: "</footer>", with: "<p>Edited theme</p></footer>"))
        let report = try project.build()
        #expect(!report.upToDate)
        #expect(project.page("index.html")?.contains("Edited theme") == true)
    }

    /// A page whose id is one character (`p/`) once trapped in Foundation's path handling when its
    /// folder was removed from the spare site or from a folder updated in place.
    @Test func removingAPageWithAOneCharacterIdRebuilds() throws {
        for inPlace in [false, true] {
            let project = try TestProject([
                "site.yml": Fixture.site, "content/articles/a.md": Fixture.article("A"),
                "content/pages/p.md": "---\ntitle: P\n---\nText.\n",
            ])
            let options = BuildOptions(projectRoot: project.root, updatesInPlace: inPlace)
            try SiteBuilder(options: options).build()
            #expect(project.exists("p/index.html"))
            try project.remove("content/pages/p.md")
            for title in ["B", "C", "D"] {
                try project.write("content/articles/a.md", Fixture.article(title))
                try SiteBuilder(options: options).build()
            }
            #expect(!project.exists("p/index.html"))
            #expect(project.page("articles/a/index.html")?.contains("D") == true)
        }
    }
}

@Suite struct BuildCacheTests {
    @Test func cachedRebuildGivesTheSameSiteAsAFreshOne() throws {
        let project = try TestProject(SiteBuildTests.smallDossier)
        let cache = BuildCache()
        let options = BuildOptions(projectRoot: project.root, force: true, cache: cache)
        try SiteBuilder(options: options).build()
        try project.write(
            "content/entities/people/john-kerry.md", Fixture.entity("John F. Kerry", extra: "role: US Secretary of State"))
        try project.write("content/entities/people/harlem-desir.md", Fixture.entity("Harlem Désir"))
        try project.write(
            "content/articles/kerry-lavrov.md",
            SiteBuildTests.smallDossier["content/articles/kerry-lavrov.md"]! + "\nSee [Désir](../entities/harlem-desir.md).\n")
        try SiteBuilder(options: options).build()
        let cached = project.outputFiles()
        try SiteBuilder(options: BuildOptions(projectRoot: project.root, force: true)).build()
        #expect(project.outputFiles() == cached)
        #expect(
            project.page("articles/kerry-lavrov/index.html")?.contains("href=\"../../entities/harlem-desir/index.html\"") == true)
    }
}

@Suite struct RecycledOutputTests {
    /// Builds that reuse the previous site's folders and files must give exactly what a clean build
    /// gives, edit after edit, including removed and renamed pages.
    @Test func everyRebuildEqualsACleanBuild() throws {
        let project = try TestProject(SiteBuildTests.smallDossier)
        let edits: [(String, String?)] = [
            ("content/articles/second.md", Fixture.article("Second", extra: "entities: [john-kerry]\ntags: [new-tag]")),
            ("content/articles/second.md", nil),
            ("content/entities/people/john-kerry.md", Fixture.entity("John Kerry", extra: "role: Changed role")),
            ("content/articles/third.md", Fixture.article("Third", extra: "places: [Khankendi]")),
            ("content/places/nagorno-karabakh.md", nil),
        ]
        try project.build()
        for (number, (path, text)) in edits.enumerated() {
            if let text { try project.write(path, text) } else { try project.remove(path) }
            try project.build()
            let clean = project.root.appendingPathComponent("clean-\(number)")
            try SiteBuilder(options: BuildOptions(projectRoot: project.root, outputDirectory: clean)).build()
            let expected = try TestProject.files(in: clean)
            let actual = project.outputFiles()
            #expect(actual == expected, "after edit \(number) (\(path))")
            let folders = try FileManager.default.subpathsOfDirectory(atPath: project.output.path)
            let empty = folders.filter {
                let full = project.output.appendingPathComponent($0).path
                var isDirectory: ObjCBool = false
                return FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory) && isDirectory.boolValue
                    && ((try? FileManager.default.contentsOfDirectory(atPath: full).isEmpty) ?? false)
            }
            #expect(empty.isEmpty, "no empty folders are left: \(empty)")
        }
    }
}
