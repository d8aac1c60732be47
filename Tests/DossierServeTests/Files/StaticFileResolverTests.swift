import DossierServe
import Foundation
import Testing

@testable import DossierKit

@Suite struct StaticFileResolverTests {
    /// A site folder with a page, an asset and a hidden file, beside a secret file, plus symbolic
    /// links from inside the site to the secret and to its folder.
    struct Fixture {
        let base: URL
        var site: URL { base.appendingPathComponent("site") }

        init() throws {
            base = FileManager.default.temporaryDirectory.appendingPathComponent("resolver-\(UUID().uuidString)")
            let files = [
                "site/index.html": "home", "site/entities/x/index.html": "x", "site/assets/style.css": "css",
                "site/.dossier-output": "marker", "site/empty/readme.txt": "no index", "secret.txt": "SECRET",
                "outside/secret.txt": "SECRET",
            ]
            for (path, text) in files {
                let url = base.appendingPathComponent(path)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(text.utf8).write(to: url)
            }
            try FileManager.default.createSymbolicLink(
                atPath: site.path + "/leak.txt", withDestinationPath: base.path + "/secret.txt")
            try FileManager.default.createSymbolicLink(atPath: site.path + "/outside", withDestinationPath: "../outside")
            try FileManager.default.createSymbolicLink(atPath: site.path + "/inside.css", withDestinationPath: "assets/style.css")
            // The state of the dossier at `base` records `site` as the folder its last build wrote.
            let real = site.resolvingSymlinksInPath().path
            var manifest = OutputManifest()
            manifest.output = .init(path: real, site: try #require(FolderIdentity.of(real)), replaced: nil)
            try StateFolder(root: base).site(real).write(manifest)
        }

        func resolve(_ raw: String) -> StaticFileResolver.Resolution {
            StaticFileResolver(root: site, projectRoot: base).resolve(rawPath: raw)
        }

        func real(_ path: String) -> String {
            site.appendingPathComponent(path).resolvingSymlinksInPath().path
        }
    }

    @Test func foldersServeTheirIndexAndRedirectWithoutTheSlash() throws {
        let fixture = try Fixture()
        defer { try? FileManager.default.removeItem(at: fixture.base) }
        #expect(fixture.resolve("/") == .file(fixture.real("index.html")))
        #expect(fixture.resolve("/entities/x/") == .file(fixture.real("entities/x/index.html")))
        #expect(fixture.resolve("/entities/x") == .redirect("/entities/x/"))
        #expect(fixture.resolve("/entities") == .redirect("/entities/"))
        #expect(fixture.resolve("/assets/style.css") == .file(fixture.real("assets/style.css")))
        #expect(fixture.resolve("/assets/style.css/") == .notFound)
        #expect(fixture.resolve("/empty/") == .notFound, "a folder without index.html is not listed")
        #expect(fixture.resolve("/missing.html") == .notFound)
    }

    @Test func symbolicLinksServeOnlyWhenTheyStayInside() throws {
        let fixture = try Fixture()
        defer { try? FileManager.default.removeItem(at: fixture.base) }
        #expect(fixture.resolve("/inside.css") == .file(fixture.real("assets/style.css")))
        #expect(fixture.resolve("/leak.txt") == .notFound)
        #expect(fixture.resolve("/outside/secret.txt") == .notFound)
        #expect(fixture.resolve("/outside") == .notFound)
    }

    @Test func hiddenFilesAndTraversalNeverResolveToAFile() throws {
        let fixture = try Fixture()
        defer { try? FileManager.default.removeItem(at: fixture.base) }
        #expect(fixture.resolve("/.dossier-output") == .notFound)
        for raw in ["/../secret.txt", "/%2e%2e/secret.txt", "/..%2fsecret.txt", "/..\\secret.txt", "/secret.txt%00"] {
            guard case .rejected = fixture.resolve(raw) else {
                Issue.record("\(raw) was not rejected: \(fixture.resolve(raw))")
                continue
            }
        }
    }

    @Test func aFolderDossierDidNotWriteServesNothing() throws {
        let fixture = try Fixture()
        defer { try? FileManager.default.removeItem(at: fixture.base) }
        try FileManager.default.removeItem(at: fixture.base.appendingPathComponent(".dossier"))
        #expect(fixture.resolve("/") == .notFound)
        #expect(fixture.resolve("/assets/style.css") == .notFound)
    }

    @Test func aMissingSiteFolderServesNothing() {
        let resolver = StaticFileResolver(
            root: URL(fileURLWithPath: "/nonexistent-\(UUID().uuidString)"), projectRoot: URL(fileURLWithPath: "/nonexistent"))
        #expect(resolver.resolve(rawPath: "/") == .notFound)
    }
}
