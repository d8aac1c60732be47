import Foundation
import Testing

@testable import DossierKit

/// Dossier's own state from an earlier build (the spare site, the record of the last build, the
/// output folder itself) is input a pull request can commit. Each test commits such state as an
/// attacker would, then builds, and checks that nothing outside the output and state folders is
/// touched and that the site is exactly what a clean build makes.
@Suite struct HostileStateTests {
    static let files = [
        "site.yml": Fixture.site,
        "content/articles/talks.md": Fixture.article("Talks in Vienna", extra: "entities: [John Kerry]\nplaces: [Vienna]"),
        "content/articles/truce.md": Fixture.article("A truce holds", date: "2016-04-05", extra: "entities: [John Kerry]"),
        "content/entities/kerry.md": Fixture.entity("John Kerry"),
    ]

    /// A folder outside the dossier with a file the attack tries to delete and a folder it tries to
    /// fill.
    struct Victim {
        let root: URL
        var precious: String { root.path + "/precious.txt" }
        var folder: String { root.path + "/folder" }

        init() throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("victim-\(UUID().uuidString)")
            try FileManager.default.createDirectory(atPath: root.path + "/folder", withIntermediateDirectories: true)
            try Data("precious".utf8).write(to: URL(fileURLWithPath: root.path + "/precious.txt"))
        }

        /// Whether the victim is as it was made: its file there, its folder empty.
        var isIntact: Bool {
            FileManager.default.contents(atPath: precious) == Data("precious".utf8)
                && (try? FileManager.default.contentsOfDirectory(atPath: folder))?.isEmpty == true
        }
    }

    /// The files of a clean build of `files` in a dossier of its own.
    static func cleanSite(_ files: [String: String] = files) throws -> [String: Data] {
        let project = try TestProject(files)
        try project.build()
        return project.outputFiles()
    }

    /// The state folder kept for the project's `public/`, made (empty) if needed.
    static func state(of project: TestProject) throws -> SiteState {
        try FileManager.default.createDirectory(at: project.output, withIntermediateDirectories: true)
        let real = project.output.resolvingSymlinksInPath().path
        let state = try StateFolder(root: project.root).site(real)
        try state.create()
        return state
    }

    /// Case 2: a committed spare whose sub-folder is a link out of the dossier, with a manifest
    /// listing files outside; and the same at the spare's old place beside the output folder.
    @Test func aCommittedSpareSiteReachesNothingOutside() throws {
        let victim = try Victim()
        defer { FolderRemoval.remove(victim.root) }
        let project = try TestProject(Self.files)
        let spare = try Self.state(of: project).sparePath
        let legacySpare = project.root.path + "/.public.dossier-spare"
        for folder in [spare, legacySpare] {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            try FileManager.default.createSymbolicLink(atPath: folder + "/articles", withDestinationPath: victim.folder)
            try FileManager.default.createSymbolicLink(atPath: folder + "/assets", withDestinationPath: victim.root.path)
            let lines = [
                "This folder is written by Dossier and replaced on every build. Do not keep other files here.",
                "0123456789abcdef 8 ../../\(victim.root.lastPathComponent)/precious.txt",
                "0123456789abcdef 8 \(victim.precious)",
            ]
            try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: folder + "/.dossier-output"))
        }
        // A record of the spare's build, as a committed one would be: naming the attacker's folder.
        var record = OutputManifest()
        record.output = .init(path: project.output.path, site: FolderIdentity(device: 1, inode: 2), replaced: nil)
        let identity = FileIdentity(device: 1, inode: 3, size: 8, changeSeconds: 0, changeNanoseconds: 0)
        record.files = ["articles/x": .init(hash: ContentHash(), identity: identity)]
        try record.data.write(to: URL(fileURLWithPath: try Self.state(of: project).spareManifestPath))
        try FileManager.default.removeItem(at: project.output)
        try project.build()
        try project.build(force: true)
        #expect(victim.isIntact, "nothing outside the dossier was deleted or written")
        #expect(project.outputFiles() == (try Self.cleanSite()))
        #expect(!FileManager.default.fileExists(atPath: legacySpare), "the old spare is cleaned away, never followed")
    }

    /// Case 2, the state folder itself: `.dossier` (or a folder in it) committed as a link out.
    @Test func aStateFolderThatIsALinkIsRefused() throws {
        let victim = try Victim()
        defer { FolderRemoval.remove(victim.root) }
        let project = try TestProject(Self.files)
        try FileManager.default.createSymbolicLink(atPath: project.root.path + "/.dossier", withDestinationPath: victim.folder)
        let diagnostics = project.failingBuild()
        #expect(diagnostics.contains { $0.message.contains("not a folder") && $0.location?.path == ".dossier" }, "\(diagnostics)")
        #expect(victim.isIntact)
        #expect(!project.exists("index.html"))

        try FileManager.default.removeItem(atPath: project.root.path + "/.dossier")
        try FileManager.default.createDirectory(atPath: project.root.path + "/.dossier", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            atPath: project.root.path + "/.dossier/sites", withDestinationPath: victim.folder)
        let again = project.failingBuild()
        #expect(again.contains { $0.message.contains("not a folder") }, "\(again)")
        #expect(victim.isIntact)
    }

    /// Case 3: a committed `public/` with a page holding a script, its record (old marker and new
    /// state alike) carrying the hash and size the real page has; and a page that is a link to a
    /// file outside. The built site is a clean build's, with and without `--force`.
    @Test func aCommittedSiteInjectsNothing() throws {
        let secret = "SECRET-\(UUID().uuidString)"
        let victim = try Victim()
        defer { FolderRemoval.remove(victim.root) }
        try Data(secret.utf8).write(to: URL(fileURLWithPath: victim.root.path + "/secret.txt"))
        let clean = try Self.cleanSite()
        for force in [false, true] {
            // The attacker builds on their machine, then edits the site and its records to match.
            let attacker = try TestProject(Self.files)
            try attacker.build()
            let page = "articles/talks/index.html"
            let real = try #require(clean[page])
            let injected = Data(
                String(decoding: real, as: UTF8.self).replacingOccurrences(of: "<body", with: "<body><script>alert(1)</script>")
                    .utf8)
            try injected.write(to: attacker.output.appendingPathComponent(page))
            let linked = attacker.output.path + "/articles/truce/index.html"
            try FileManager.default.removeItem(atPath: linked)
            try FileManager.default.createSymbolicLink(atPath: linked, withDestinationPath: victim.root.path + "/secret.txt")
            let state = try Self.state(of: attacker)
            var manifest = try #require(state.manifest())
            let identity = try #require(FileIdentity.of(attacker.output.path + "/" + page))
            manifest.files[page] = .init(hash: ContentHash.of(real), identity: identity)
            let legacy =
                "This folder is written by Dossier and replaced on every build. Do not keep other files here.\n"
                + "\(ContentHash.of(real)) \(real.count) \(page)\n"
            try Data(legacy.utf8).write(to: attacker.output.appendingPathComponent(".dossier-output"))

            // The pull request is checked out on the CI machine: the same files, new inodes. The
            // attacker knows where CI checks out, so the record names that folder.
            let checkout = try TestProject([:])
            for name in ["site.yml", "content", "public"] {
                try FileManager.default.copyItem(
                    at: attacker.root.appendingPathComponent(name), to: checkout.root.appendingPathComponent(name))
            }
            let checkoutOutput = checkout.output.resolvingSymlinksInPath().path
            manifest.output?.path = checkoutOutput
            try StateFolder(root: checkout.root).site(checkoutOutput).write(manifest)
            try checkout.build(force: force)
            let built = checkout.outputFiles()
            #expect(built == clean, "force: \(force)")
            #expect(!built.values.contains { String(decoding: $0, as: UTF8.self).contains(secret) })
            #expect(FileIdentity.of(checkout.output.path + "/articles/truce/index.html") != nil, "a regular file, not a link")
            #expect(built[".dossier-output"] == nil, "nothing of Dossier's state is in the site")
        }
    }

    /// A forged record of the last build naming paths outside the output folder, for an update in
    /// place (`serve`): nothing outside is deleted, and the record is ignored as a whole.
    @Test func aForgedRecordDeletesNothingOutside() throws {
        let victim = try Victim()
        defer { FolderRemoval.remove(victim.root) }
        let project = try TestProject(Self.files)
        try project.build()
        let state = try Self.state(of: project)
        var text = String(decoding: try #require(FileManager.default.contents(atPath: state.manifestPath)), as: UTF8.self)
        let identity = try #require(FileIdentity.of(victim.precious))
        text += "0123456789abcdef \(identity.text) ../../\(victim.root.lastPathComponent)/precious.txt\n"
        text += "0123456789abcdef \(identity.text) \(victim.precious)\n"
        try Data(text.utf8).write(to: URL(fileURLWithPath: state.manifestPath))
        #expect(state.manifest() == nil, "a record with an unsafe path is not read at all")
        try project.write("content/articles/truce.md", Fixture.article("A truce is broken", date: "2016-04-05"))
        try SiteBuilder(options: BuildOptions(projectRoot: project.root, updatesInPlace: true)).build()
        #expect(victim.isIntact)
        #expect(project.page("articles/truce/index.html")?.contains("A truce is broken") == true)
    }

    /// Case 10: `--output` through a link into `content/`, and a committed `public` that is a link
    /// out of the dossier.
    @Test func outputThroughALinkIsResolvedBeforeItIsChecked() throws {
        let victim = try Victim()
        defer { FolderRemoval.remove(victim.root) }
        let project = try TestProject(Self.files)
        try FileManager.default.createSymbolicLink(
            atPath: project.root.path + "/link-to-content", withDestinationPath: project.root.path + "/content")
        let options = BuildOptions(
            projectRoot: project.root, outputDirectory: project.root.appendingPathComponent("link-to-content/new"))
        #expect(throws: OutputRefusal.self) { try SiteBuilder(options: options).build() }
        #expect(!FileManager.default.fileExists(atPath: project.root.path + "/content/new"))

        try FileManager.default.createSymbolicLink(atPath: project.output.path, withDestinationPath: victim.folder)
        let diagnostics = project.failingBuild()
        #expect(diagnostics.contains { $0.message.contains("symbolic link") }, "\(diagnostics)")
        #expect(victim.isIntact)
    }

    /// A folder Dossier has no record of writing is never replaced, even when a record of another
    /// build is there; one it wrote is, and building into two folders keeps both records.
    @Test func onlyFoldersDossierWroteAreReplaced() throws {
        let project = try TestProject(Self.files)
        let other = project.root.appendingPathComponent("preview")
        try project.build()
        try SiteBuilder(options: BuildOptions(projectRoot: project.root, outputDirectory: other)).build()
        try project.write("content/articles/truce.md", Fixture.article("A truce is broken", date: "2016-04-05"))
        let report = try project.build()
        #expect(report.filesUnchanged > 0, "the record of public/ survived the build into preview/")
        try SiteBuilder(options: BuildOptions(projectRoot: project.root, outputDirectory: other)).build()

        let foreign = project.root.appendingPathComponent("documents")
        try FileManager.default.createDirectory(at: foreign, withIntermediateDirectories: true)
        try Data("mine".utf8).write(to: foreign.appendingPathComponent("notes.txt"))
        #expect(throws: OutputRefusal.self) {
            try SiteBuilder(options: BuildOptions(projectRoot: project.root, outputDirectory: foreign)).build()
        }
        #expect(FileManager.default.contents(atPath: foreign.path + "/notes.txt") == Data("mine".utf8))
    }
}
