import DossierServe
import Foundation
import Testing

@Suite struct ContentWatcherTests {
    /// The next batch of changes, waiting at most `seconds`.
    func nextBatch(_ watcher: ContentWatcher, within seconds: Double = 5) async throws -> [String] {
        try await withTimeout(seconds, "a batch of changes") {
            for await batch in watcher.changes { return batch }
            throw TimedOut(what: "a batch (the stream ended)")
        }
    }

    @Test func inotifyReportsAnEditedArticle() async throws {
        let dossier = try TestDossier()
        defer { dossier.remove() }
        let watcher = ContentWatcher(root: dossier.root)
        defer { watcher.stop() }
        #expect(watcher.mechanism == "inotify")
        try dossier.write("content/articles/kerry.md", TestDossier.article("Changed", body: "New."))
        #expect(try await nextBatch(watcher) == ["content/articles/kerry.md"])
    }

    @Test func aBurstOfSavesIsOneBatch() async throws {
        let dossier = try TestDossier()
        defer { dossier.remove() }
        let watcher = ContentWatcher(root: dossier.root, quiet: .milliseconds(300), longest: .seconds(2))
        defer { watcher.stop() }
        // An editor's save: write a temporary file, rename it over the original; plus a second file and site.yml.
        try dossier.write("content/articles/.kerry.md.tmp", TestDossier.article("Changed", body: "New."))
        try FileManager.default.removeItem(at: dossier.root.appendingPathComponent("content/articles/kerry.md"))
        try FileManager.default.moveItem(
            at: dossier.root.appendingPathComponent("content/articles/.kerry.md.tmp"),
            to: dossier.root.appendingPathComponent("content/articles/kerry.md"))
        try dossier.write("content/entities/john-kerry.md", "---\nname: John Kerry\ntype: person\n---\nChanged.\n")
        try dossier.write("site.yml", "title: Renamed\n")
        let batch = try await nextBatch(watcher)
        #expect(batch == ["content/articles/kerry.md", "content/entities/john-kerry.md", "site.yml"])
    }

    @Test func newFoldersAreWatchedToo() async throws {
        let dossier = try TestDossier()
        defer { dossier.remove() }
        let watcher = ContentWatcher(root: dossier.root, quiet: .milliseconds(30))
        defer { watcher.stop() }
        try FileManager.default.createDirectory(
            at: dossier.root.appendingPathComponent("content/places/caucasus"), withIntermediateDirectories: true)
        #expect(try await nextBatch(watcher).contains("content/places"))
        try dossier.write("content/places/caucasus/shusha.md", "---\nname: Shusha\ntype: city\n---\n")
        #expect(try await nextBatch(watcher) == ["content/places/caucasus/shusha.md"])
    }

    @Test func foldersMadeInOneGoAreAllWatched() async throws {
        let dossier = try TestDossier()
        defer { dossier.remove() }
        let watcher = ContentWatcher(root: dossier.root, quiet: .milliseconds(30))
        defer { watcher.stop() }
        for round in 0..<20 {
            let folder = "content/places/r\(round)/a/b/c"
            try FileManager.default.createDirectory(
                at: dossier.root.appendingPathComponent(folder), withIntermediateDirectories: true)
            _ = try await nextBatch(watcher)
            try dossier.write(folder + "/village.md", "---\nname: Village \(round)\ntype: village\n---\n")
            // On a loaded machine the folders' own events may still come in a batch of their own,
            // or with the file's: what matters is that the file in the deepest new folder is seen.
            var seen: [String] = []
            while !seen.contains(folder + "/village.md") { seen += try await nextBatch(watcher) }
            #expect(seen.filter { $0.hasSuffix(".md") } == [folder + "/village.md"], "round \(round): \(seen)")
        }
    }

    @Test func filesOutsideTheSourcesAndScratchFilesAreIgnored() async throws {
        let dossier = try TestDossier()
        defer { dossier.remove() }
        let watcher = ContentWatcher(root: dossier.root, quiet: .milliseconds(30))
        defer { watcher.stop() }
        try dossier.write("public/index.html", "output")
        try dossier.write("notes.txt", "not a source")
        try dossier.write("content/articles/.kerry.md.swp", "vim")
        try dossier.write("content/articles/kerry.md~", "backup")
        try dossier.write("templates/base.mustache", "{{$main}}{{/main}}")
        let batch = try await nextBatch(watcher)
        #expect(batch.first == "templates", "a new templates/ folder counts; nothing else written here does")
        #expect(batch.allSatisfy { $0.hasPrefix("templates") })
    }

    @Test func pollingNoticesEditsAndDeletions() async throws {
        let dossier = try TestDossier()
        defer { dossier.remove() }
        let watcher = ContentWatcher(root: dossier.root, mode: .polling(interval: .milliseconds(50)))
        defer { watcher.stop() }
        #expect(watcher.mechanism == "polling")
        try dossier.write("content/articles/kerry.md", TestDossier.article("Changed", body: "A longer body than before."))
        #expect(try await nextBatch(watcher) == ["content/articles/kerry.md"])
        try FileManager.default.removeItem(at: dossier.root.appendingPathComponent("content/entities/john-kerry.md"))
        #expect(try await nextBatch(watcher) == ["content/entities/john-kerry.md"])
    }
}
