import DossierServe
import Foundation
import Testing

/// Serving the built site over HTTP: pages, assets and their types, redirects, validators, errors.
@Suite struct StaticServingTests {
    @Test func servesPagesAndAssetsWithTheirTypes() async throws {
        let dossier = try TestDossier()
        try dossier.copyDefaultTheme()
        let assets: [String: (bytes: String, type: String)] = [
            "logo.png": ("\u{89}PNG", "image/png"), "photo.jpg": ("JPEG", "image/jpeg"), "photo.webp": ("RIFF", "image/webp"),
            "data.json": ("{}", "application/json"), "feed.xml": ("<rss/>", "application/xml"),
            "notes.txt": ("notes", "text/plain; charset=utf-8"), "app.js": ("let a = 1", "text/javascript; charset=utf-8"),
        ]
        for (name, asset) in assets { try dossier.write("templates/assets/" + name, asset.bytes) }
        try await RunningPreview.run(dossier) { preview in

            let home = try await preview.get("/")
            #expect(home.status == 200)
            #expect(home.header("Content-Type") == "text/html; charset=utf-8")
            #expect(home.text.contains("Test Dossier"))
            let article = try await preview.get("/articles/kerry/")
            #expect(article.status == 200)
            #expect(article.text.contains("The first version of the text."))
            #expect(try await preview.get("/articles/kerry/index.html").text == article.text)
            let css = try await preview.get("/assets/style.css")
            #expect(css.status == 200)
            #expect(css.header("Content-Type") == "text/css; charset=utf-8")
            #expect(try await preview.get("/assets/favicon.svg").header("Content-Type") == "image/svg+xml")
            for (name, asset) in assets {
                let response = try await preview.get("/assets/" + name)
                #expect(response.status == 200, "\(name)")
                #expect(response.header("Content-Type") == asset.type, "\(name)")
                #expect(response.text == asset.bytes, "\(name)")
                #expect(!response.text.contains(LiveReloadInjector.marker))
            }
        }
    }

    @Test func foldersWithoutTheSlashRedirect() async throws {
        try await RunningPreview.run(try TestDossier()) { preview in
            let response = try await preview.get("/entities/john-kerry?from=test")
            #expect(response.status == 301)
            #expect(response.header("Location") == "/entities/john-kerry/?from=test")
            #expect(try await preview.get("/entities/john-kerry/").status == 200)
        }
    }

    @Test func headAnswersHeadersOnly() async throws {
        try await RunningPreview.run(try TestDossier()) { preview in
            let get = try await preview.get("/entities/john-kerry/")
            let head = try await preview.get("/entities/john-kerry/", method: "HEAD")
            #expect(head.status == 200)
            #expect(head.body.isEmpty)
            #expect(head.header("Content-Length") == String(get.body.count))
            #expect(head.header("ETag") == get.header("ETag"))
            let cssHead = try await preview.get("/assets/style.css", method: "HEAD")
            #expect(cssHead.body.isEmpty)
            #expect(Int(cssHead.header("Content-Length") ?? "") ?? 0 > 1000)
        }
    }

    @Test func validatorsAnswerNotModified() async throws {
        try await RunningPreview.run(try TestDossier()) { preview in
            let page = try await preview.get("/")
            let eTag = try #require(page.header("ETag"))
            let again = try await preview.get("/", headers: ["If-None-Match": eTag])
            #expect(again.status == 304)
            #expect(again.body.isEmpty)
            #expect(try await preview.get("/", headers: ["If-None-Match": "\"other\""]).status == 200)

            let css = try await preview.get("/assets/style.css")
            let lastModified = try #require(css.header("Last-Modified"))
            #expect(try await preview.get("/assets/style.css", headers: ["If-Modified-Since": lastModified]).status == 304)
            #expect(try await preview.get("/assets/style.css", headers: ["If-None-Match": css.header("ETag")!]).status == 304)
            let old = "Sat, 01 Jan 2000 00:00:00 GMT"
            #expect(try await preview.get("/assets/style.css", headers: ["If-Modified-Since": old]).status == 200)
        }
    }

    @Test func missingPagesGetThe404PageWithTheSitesOwnWhenItHasOne() async throws {
        try await RunningPreview.run(try TestDossier()) { preview in
            let plain = try await preview.get("/no/such/page/")
            #expect(plain.status == 404)
            #expect(plain.header("Content-Type") == "text/html; charset=utf-8")
            #expect(plain.text.contains("Page not found"))
            #expect(plain.text.contains(LiveReloadInjector.marker), "a 404 page reloads once the page exists")

            try Data("<html><body><h1>Our own 404</h1></body></html>".utf8)
                .write(to: preview.dossier.output.appendingPathComponent("404.html"))
            let own = try await preview.get("/still/missing")
            #expect(own.status == 404)
            #expect(own.text.contains("Our own 404"))

            // A language's edition has its own, nearest the missing page.
            let edition = preview.dossier.output.appendingPathComponent("ru")
            try FileManager.default.createDirectory(at: edition, withIntermediateDirectories: true)
            try Data("<html><body><h1>Страница не найдена</h1></body></html>".utf8)
                .write(to: edition.appendingPathComponent("404.html"))
            let russian = try await preview.get("/ru/articles/missing/")
            #expect(russian.status == 404)
            #expect(russian.text.contains("Страница не найдена"))
            #expect(try await preview.get("/rus/missing").text.contains("Our own 404"))
        }
    }

    @Test func onlyGetAndHeadAreAllowed() async throws {
        try await RunningPreview.run(try TestDossier()) { preview in
            for method in ["POST", "PUT", "DELETE"] {
                let response = try await preview.get("/", method: method)
                #expect(response.status == 405, "\(method)")
                #expect(response.header("Allow") == "GET, HEAD")
            }
        }
    }

    @Test func aTakenPortIsReportedWithTheNextFreeOne() async throws {
        try await RunningPreview.run(try TestDossier()) { preview in
            let second = PreviewServer(
                options: PreviewOptions(
                    build: preview.dossier.buildOptions, address: try ListenAddress(host: "127.0.0.1", port: preview.port)))
            do {
                _ = try await second.start()
                Issue.record("a second server started on a taken port")
                await second.stop()
            } catch let error as ServeError {
                guard case .portInUse(let host, let port, let next?) = error else {
                    Issue.record("unexpected \(error)")
                    return
                }
                #expect(host == "127.0.0.1")
                #expect(port == preview.port)
                #expect(next != preview.port)
                #expect(error.description.contains("--port \(next)"))
            }
        }
    }

    @Test func stoppingClosesThePort() async throws {
        let preview = try await RunningPreview.start(try TestDossier())
        let tab = try await LiveReloadClient.connect(port: preview.port)
        _ = try await tab.nextMessage()
        #expect(try await preview.get("/").status == 200)
        await preview.stop()
        await #expect(throws: (any Error).self, "the tab's socket is closed") { try await tab.nextMessage(within: 5) }
        tab.close()
        await #expect(throws: (any Error).self, "nothing listens any more") { try await preview.get("/") }
    }
}
