import DossierServe
import Testing

@Suite struct ContentTypesTests {
    @Test(arguments: [
        ("index.html", "text/html; charset=utf-8"), ("assets/style.css", "text/css; charset=utf-8"),
        ("app.js", "text/javascript; charset=utf-8"), ("favicon.svg", "image/svg+xml"), ("a.png", "image/png"),
        ("a.jpg", "image/jpeg"), ("a.JPEG", "image/jpeg"), ("a.webp", "image/webp"), ("data.json", "application/json"),
        ("feed.xml", "application/xml"), ("notes.txt", "text/plain; charset=utf-8"),
        ("archive.bin", "application/octet-stream"), ("no-extension", "application/octet-stream"),
        ("dir.d/file", "application/octet-stream"),
    ])
    func typeFollowsTheExtension(path: String, type: String) {
        #expect(ContentTypes.forPath(path) == type)
    }
}
