import Foundation
import Testing

@testable import DossierKit

#if canImport(Glibc)
    import Glibc
#endif

/// A hostile dossier must not make Dossier read anything outside it: each test performs one attack
/// (a symbolic link out of the dossier, a FIFO, a link to `/`, an unreadable folder, a limit passed)
/// and checks that the build fails with an error at that path, and that nothing of the outside file
/// reaches the output or the diagnostics.
@Suite struct InputContainmentTests {
    /// A dossier with the built-in theme copied into `templates/` (so assets are read from disk)
    /// and one article; and beside it, outside, a folder holding a secret.
    private struct Attack {
        let project: TestProject
        let outside: URL
        let secret = "SECRET-\(UUID().uuidString)"

        init(files: [String: String] = [:]) throws {
            project = try TestProject(
                ["site.yml": Fixture.site, "content/articles/a.md": Fixture.article("A")].merging(files) { _, new in new })
            for (path, data) in DefaultTheme.fileContents { try project.write("templates/" + path, data) }
            outside = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-outside-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: outside.appendingPathComponent(".ssh"), withIntermediateDirectories: true)
            try Data("token=\(secret)\n".utf8).write(to: outside.appendingPathComponent("secret.txt"))
            try Data(Fixture.article(secret, body: secret).utf8).write(to: outside.appendingPathComponent("secret.md"))
            try Data("---\ntitle: [\(secret)\n---\n".utf8).write(to: outside.appendingPathComponent("broken.md"))
            try Data("key \(secret)\n".utf8).write(to: outside.appendingPathComponent(".ssh/id_rsa"))
        }

        /// Makes `path` (in the dossier) a symbolic link to `destination`.
        func link(_ path: String, to destination: String) throws {
            let url = project.root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.createSymbolicLink(atPath: url.path, withDestinationPath: destination)
        }

        /// Whether any output file or any diagnostic holds the secret.
        func leaked(_ diagnostics: [Diagnostic]) -> Bool {
            diagnostics.contains { $0.description.contains(secret) }
                || project.outputFiles().values.contains { String(decoding: $0, as: UTF8.self).contains(secret) }
        }
    }

    private static let outsideMessage =
        "error: this is a symbolic link to a path outside the dossier; Dossier reads only files inside the dossier folder: copy the file in or remove the link"

    @Test func aThemeFolderLinkedOutsideIsOneError() throws {
        let attack = try Attack()
        FolderRemoval.remove(attack.project.root.appendingPathComponent("templates"))
        try attack.link("templates", to: attack.outside.path)
        let diagnostics = attack.project.failingBuild()
        #expect(
            diagnostics.map(\.description) == ["templates: " + Self.outsideMessage], "one error, not one per missing template")
        #expect(!attack.leaked(diagnostics))
    }

    @Test(arguments: ["secret.txt", ".ssh", ".ssh/id_rsa"])
    func themeAssetLinkedOutsideIsAnErrorAndLeaksNothing(target: String) throws {
        let attack = try Attack()
        try attack.project.build()
        let before = attack.project.outputFiles()
        try attack.link("templates/assets/env.txt", to: attack.outside.appendingPathComponent(target).path)
        let diagnostics = attack.project.failingBuild()
        #expect(diagnostics.map(\.description) == ["templates/assets/env.txt: " + Self.outsideMessage])
        #expect(!attack.leaked(diagnostics))
        #expect(attack.project.outputFiles() == before, "the previous site is left as it was")
    }

    @Test func themeAssetLinkedToTheProcessEnvironmentIsAnError() throws {
        let attack = try Attack()
        try attack.link("templates/assets/env.txt", to: "/proc/self/environ")
        try attack.link("templates/assets/fd", to: "/proc/self/fd")
        try attack.link("templates/assets/zero.bin", to: "/dev/zero")
        let diagnostics = attack.project.failingBuild()
        #expect(
            diagnostics.map(\.description) == [
                "templates/assets/env.txt: " + Self.outsideMessage, "templates/assets/fd: " + Self.outsideMessage,
                "templates/assets/zero.bin: " + Self.outsideMessage,
            ])
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "PATH"
        #expect(!diagnostics.contains { $0.description.contains(path) })
        #expect(!attack.project.exists("assets/env.txt"))
    }

    @Test func contentLinkedOutsideIsAnErrorAndNothingOfItIsEchoed() throws {
        let attack = try Attack()
        try attack.link("content/articles/y.md", to: attack.outside.appendingPathComponent("secret.md").path)
        try attack.link("content/articles/broken.md", to: attack.outside.appendingPathComponent("broken.md").path)
        try attack.link("content/entities", to: attack.outside.path)
        try attack.project.remove("site.yml")
        try attack.link("site.yml", to: attack.outside.appendingPathComponent("secret.txt").path)
        let diagnostics = attack.project.failingBuild()
        #expect(
            diagnostics.map(\.description) == [
                "content/articles/broken.md: " + Self.outsideMessage, "content/articles/y.md: " + Self.outsideMessage,
                "content/entities: " + Self.outsideMessage, "site.yml: " + Self.outsideMessage,
            ])
        #expect(!attack.leaked(diagnostics))
        #expect(!attack.project.exists("index.html"))
    }

    @Test func linkToTheFileSystemRootEndsAtOnceWithAnError() throws {
        let attack = try Attack()
        try attack.link("content/entities/root", to: "/")
        let start = DispatchTime.now()
        let diagnostics = attack.project.failingBuild()
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
        #expect(diagnostics.map(\.description) == ["content/entities/root: " + Self.outsideMessage])
        // The walk of the whole file system took 39 s; refused, the build takes a fraction of a second.
        #expect(seconds < 15)
    }

    @Test func linkIntoAHiddenFolderOfTheDossierIsAnError() throws {
        let attack = try Attack(files: [".git/config": "[http]\n\textraheader = AUTHORIZATION: basic c2VjcmV0\n"])
        try attack.link("templates/assets/config.txt", to: "../../.git/config")
        let diagnostics = attack.project.failingBuild()
        #expect(
            diagnostics.map(\.description) == [
                "templates/assets/config.txt: error: this is a symbolic link to a hidden file or folder (a name starting with '.', such as .git); Dossier reads no hidden files: copy the file in or remove the link"
            ])
    }

    @Test func linksThatStayInsideTheDossierAreFollowed() throws {
        let attack = try Attack(files: [
            "shared/b.md": Fixture.article("Shared B"),
            "shared/places/yerevan.md": Fixture.place("Yerevan"),
            "media/logo.svg": "<svg/>",
            "settings.yml": "title: Linked Title\nlanguage: en\n",
        ])
        try attack.link("content/articles/b.md", to: "../../shared/b.md")
        try attack.link("content/articles/loop", to: ".")
        try attack.link("content/places", to: "../shared/places")
        try attack.link("templates/assets/logo.svg", to: "../../media/logo.svg")
        try attack.project.remove("site.yml")
        try attack.link("site.yml", to: "settings.yml")
        let report = try attack.project.build()
        #expect(report.diagnostics.filter { $0.severity == .error }.isEmpty)
        #expect(attack.project.page("articles/b/index.html")?.contains("Shared B") == true)
        #expect(attack.project.exists("places/yerevan/index.html"))
        #expect(attack.project.page("assets/logo.svg") == "<svg/>")
        #expect(attack.project.page("index.html")?.contains("Linked Title") == true)
    }

    @Test func brokenAndLoopingLinksAreErrors() throws {
        let attack = try Attack()
        try attack.link("content/articles/gone.md", to: "nothing-here.md")
        try attack.link("content/articles/self.md", to: "self.md")
        let diagnostics = attack.project.failingBuild().map(\.description)
        #expect(
            diagnostics == [
                "content/articles/gone.md: error: this is a symbolic link to a path that does not exist; fix the link or remove it",
                "content/articles/self.md: error: this is a symbolic link that leads back to itself (a loop of links); remove the link",
            ])
    }

    @Test func fifoNamedLikeAnArticleIsAnErrorAndDoesNotBlock() throws {
        let attack = try Attack()
        let fifo = attack.project.root.appendingPathComponent("content/articles/x.md").path
        #expect(mkfifo(fifo, 0o644) == 0)
        try attack.link("templates/assets/pipe.txt", to: "../../content/articles/x.md")
        let diagnostics = attack.project.failingBuild().map(\.description)
        let message =
            "error: this is a FIFO (named pipe), not a regular file or a folder; Dossier reads only regular files: remove it"
        #expect(diagnostics == ["content/articles/x.md: " + message, "templates/assets/pipe.txt: " + message])
    }

    /// As root (the CI runs tests as root) `chmod 000` denies nothing: the listing then runs with
    /// the file-system identity of `nobody` (`setfsuid`, for this thread only, where the walk runs).
    @Test func folderThatCannotBeOpenedIsAnError() throws {
        let attack = try Attack(files: ["content/places/yerevan.md": Fixture.place("Yerevan")])
        let places = attack.project.root.appendingPathComponent("content/places").path
        #expect(chmod(places, 0) == 0)
        defer { chmod(places, 0o755) }
        let nobody: uid_t = 65534
        let asRoot = geteuid() == 0
        // `setfsuid` is in the C library but not in Swift's Glibc module: look it up.
        typealias SetFSUID = @convention(c) (uid_t) -> Int32
        let setfsuid = unsafeBitCast(try #require(dlsym(dlopen(nil, RTLD_NOW), "setfsuid")), to: SetFSUID.self)
        if asRoot {
            // Let `nobody` write the output, so the build fails only for the folder it cannot open.
            #expect(chown(attack.project.root.path, nobody, nobody) == 0)
            _ = setfsuid(nobody)
            #expect(setfsuid(uid_t.max) == nobody)
        }
        let diagnostics = attack.project.failingBuild().map(\.description)
        if asRoot { _ = setfsuid(0) }
        #expect(
            diagnostics == [
                "content/places: error: this folder cannot be opened (permission denied); check its permissions (it must be readable and searchable, chmod u+rx), or remove it"
            ])
        #expect(!attack.project.exists("index.html"))
    }

    @Test func foldersNestedTooDeepAreAnError() throws {
        let folders = (1...33).map { "d\($0)" }.joined(separator: "/")
        let attack = try Attack(files: [
            "content/articles/\(folders)/deep.md": Fixture.article("Deep"),
            "content/articles/\(folders.dropLast(4))/ok.md": Fixture.article("Fine"),
        ])
        let diagnostics = attack.project.failingBuild().map(\.description)
        #expect(
            diagnostics == [
                "content/articles/\(folders): error: this folder is nested more than 32 folders deep; Dossier reads at most 32 levels of sub-folders: move its files up"
            ])
    }

    @Test func tooManyFilesIsAnErrorAndEndsTheWalk() throws {
        let attack = try Attack()
        for number in 0..<60 { try attack.project.write("content/articles/many/\(number).md", Fixture.article("A\(number)")) }
        var walker = InputWalker(root: DossierRoot(attack.project.root), scope: "content", maximumEntries: 50)
        let files = walker.list("content/articles", extensions: ["md"])
        #expect(files.map(\.path) == ["content/articles/a.md"])
        #expect(
            walker.result.problems.map(\.description) == [
                "content/articles/many: error: content holds more than 50 files and folders (counted up to this folder); Dossier lists at most 50: remove files or keep them outside the dossier"
            ])
    }

    @Test func filesOverTheSizeLimitsAreErrorsWithoutBeingRead() throws {
        let attack = try Attack()
        // Sparse files: their size is known from `fstat`, and they are refused before any byte is read.
        for (path, size) in [("content/articles/big.md", 33), ("templates/assets/video.mp4", 40), ("site.yml", 2)] {
            let url = attack.project.root.appendingPathComponent(path)
            #expect(
                FileManager.default.createFile(atPath: url.path, contents: nil)
                    || FileManager.default.fileExists(atPath: url.path))
            #expect(truncate(url.path, off_t(size * 1024 * 1024)) == 0)
        }
        let diagnostics = attack.project.failingBuild().map(\.description)
        #expect(
            diagnostics == [
                "content/articles/big.md: error: this file is 33 MB; the limit for a content file is 32 MB: make it smaller",
                "site.yml: error: this file is 2 MB; the limit for site.yml is 1 MB: make it smaller",
                "templates/assets/video.mp4: error: this file is 40 MB; the limit for a theme file is 32 MB: make it smaller",
            ])
    }

    @Test func themeOverTheTotalLimitIsAnError() throws {
        let attack = try Attack()
        for number in 1...5 {
            let path = attack.project.root.appendingPathComponent("templates/assets/part\(number).bin").path
            #expect(FileManager.default.createFile(atPath: path, contents: nil))
            #expect(truncate(path, off_t(30 * 1024 * 1024)) == 0)
        }
        let diagnostics = attack.project.failingBuild().map(\.description)
        #expect(
            diagnostics == [
                "templates/assets/part5.bin: error: with this file the theme is more than 128 MB in all, the limit; make its assets smaller or fewer"
            ])
    }
}
