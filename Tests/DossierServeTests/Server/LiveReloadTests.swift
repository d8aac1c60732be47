import DossierServe
import Foundation
import Testing

/// Editing the sources rebuilds the site and reloads every open tab; a broken edit shows the
/// problems over the last good site until it is fixed.
@Suite struct LiveReloadTests {
    @Test func anEditRebuildsAndReloadsEveryTab() async throws {
        try await RunningPreview.run(try TestDossier()) { preview in
            let tabs = [
                try await LiveReloadClient.connect(port: preview.port), try await LiveReloadClient.connect(port: preview.port),
            ]
            defer { tabs.forEach { $0.close() } }
            let first = try await tabs[0].nextMessage()
            #expect(try await tabs[1].nextMessage() == first)
            let page = try await preview.get("/articles/kerry/")
            #expect(page.text.contains("const build = \"\(first.dropFirst("build ".count))\""))

            let saved = ContinuousClock.now
            try preview.dossier.write("content/articles/kerry.md", TestDossier.article("Kerry", body: "The second version."))
            let reload = try await tabs[0].nextMessage()
            let announced = saved.duration(to: .now)
            #expect(reload != first)
            #expect(try await tabs[1].nextMessage() == reload)
            let updated = try await preview.get("/articles/kerry/")
            let served = saved.duration(to: .now)
            #expect(updated.text.contains("The second version."))
            #expect(updated.text.contains("const build = \"\(reload.dropFirst("build ".count))\""))
            print("save → reload message: \(announced), save → new page fetched: \(served) (debug build, test dossier)")
            #expect(OutputScan.pagesCarryingTheScript(in: preview.dossier.output).isEmpty)
        }
    }

    @Test func aBrokenEditShowsTheOverlayOverTheLastGoodPageUntilFixed() async throws {
        try await RunningPreview.run(try TestDossier()) { preview in
            let tab = try await LiveReloadClient.connect(port: preview.port)
            defer { tab.close() }
            _ = try await tab.nextMessage()

            try preview.dossier.write("content/articles/kerry.md", "---\ntitle: Kerry\ndate: 2016-13-45\n---\nBroken.\n")
            _ = try await tab.nextMessage()
            let broken = try await preview.get("/articles/kerry/")
            #expect(broken.status == 200)
            #expect(broken.text.contains("The first version of the text."), "the last good page stays served")
            #expect(broken.text.contains("id=\"\(ErrorOverlay.elementID)\""))
            #expect(
                broken.text.contains("<span class=\"file\">content/articles/kerry.md</span> line <span class=\"line\">3</span>"))
            #expect(try await preview.get("/").text.contains(ErrorOverlay.elementID), "every page shows it")
            guard case .failed(let diagnostics, let changed, _, _) = preview.events.all.last else {
                Issue.record("no failed build reported: \(preview.events.all)")
                return
            }
            #expect(changed == ["content/articles/kerry.md"])
            #expect(diagnostics.contains { $0.location?.path == "content/articles/kerry.md" && $0.location?.line == 3 })

            try preview.dossier.write("content/articles/kerry.md", TestDossier.article("Kerry", body: "Fixed text."))
            _ = try await tab.nextMessage()
            let fixed = try await preview.get("/articles/kerry/")
            #expect(fixed.text.contains("Fixed text."))
            #expect(!fixed.text.contains(ErrorOverlay.elementID))
            #expect(OutputScan.pagesCarryingTheScript(in: preview.dossier.output).isEmpty)
        }
    }

    @Test func aFirstBuildThatFailsStillServesTheProblems() async throws {
        var files = TestDossier.standard
        files["content/articles/kerry.md"] = "---\ntitle: [unclosed\n---\n"
        try await RunningPreview.run(try TestDossier(files)) { preview in
            let response = try await preview.get("/")
            #expect(response.status == 404)
            #expect(response.text.contains(ErrorOverlay.elementID))
            #expect(response.text.contains("content/articles/kerry.md"))
        }
    }

    @Test func pollingAlsoRebuildsAndReloads() async throws {
        try await RunningPreview.run(try TestDossier(), mode: .polling(interval: .milliseconds(50))) { preview in
            let tab = try await LiveReloadClient.connect(port: preview.port)
            defer { tab.close() }
            let first = try await tab.nextMessage()
            try preview.dossier.write("site.yml", "title: Renamed Dossier\nlanguage: en\n")
            #expect(try await tab.nextMessage() != first)
            #expect(try await preview.get("/").text.contains("Renamed Dossier"))
        }
    }

    @Test func theSampleDossierReloadsWellUnderASecond() async throws {
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let dossier = try TestDossier([:])
        for item in ["site.yml", "content", "templates"] {
            try FileManager.default.copyItem(
                at: repository.appendingPathComponent(item), to: dossier.root.appendingPathComponent(item))
        }
        let article =
            "content/articles/"
            + (try FileManager.default.contentsOfDirectory(
                atPath: dossier.root.path + "/content/articles"
            ).sorted().first!)
        try await RunningPreview.run(dossier) { preview in
            let tab = try await LiveReloadClient.connect(port: preview.port)
            defer { tab.close() }
            _ = try await tab.nextMessage()
            let text = try String(contentsOf: dossier.root.appendingPathComponent(article), encoding: .utf8)
            let saved = ContinuousClock.now
            try dossier.write(article, text + "\nA sentence added while previewing.\n")
            _ = try await tab.nextMessage()
            let page = try await preview.get(
                "/articles/" + URL(fileURLWithPath: article).deletingPathExtension().lastPathComponent + "/")
            let elapsed = saved.duration(to: .now)
            #expect(page.text.contains("A sentence added while previewing."))
            print("sample dossier, save → reload message → new page: \(elapsed) (this build configuration)")
            #expect(elapsed < .seconds(5), "far beyond the aim of well under a second")
        }
    }
}

/// Looks through a built site for pages that carry the live-reload script (there must be none).
enum OutputScan {
    static func pagesCarryingTheScript(in output: URL) -> [String] {
        let files = FileManager.default.enumerator(atPath: output.path)?.allObjects as? [String] ?? []
        return files.filter { path in
            guard let data = FileManager.default.contents(atPath: output.path + "/" + path) else { return false }
            return String(decoding: data, as: UTF8.self).contains(LiveReloadInjector.marker)
        }
    }
}
