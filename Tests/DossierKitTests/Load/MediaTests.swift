import Foundation
import Testing

@testable import DossierKit

/// `content/media/**`: copied to `public/media/**` byte for byte, linked from bodies relative to the
/// Markdown file or from `content/`, pictures' sizes read from their headers, cover images.
@Suite struct MediaTests {
    /// A PNG header of `width` × `height` pixels (enough for the size; browsers are not asked).
    static func png(width: Int, height: Int) -> Data {
        var bytes: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]
        bytes += Array("IHDR".utf8)
        for value in [width, height] { bytes += [24, 16, 8, 0].map { UInt8(truncatingIfNeeded: value >> $0) } }
        bytes += [8, 6, 0, 0, 0, 0, 0, 0, 0]
        return Data(bytes)
    }

    private static func project(_ extra: [String: String] = [:]) throws -> TestProject {
        var files = [
            "site.yml": Fixture.site + "base_url: https://dossier.example/\n",
            "content/articles/2016/ceasefire.md": Fixture.article(
                "Ceasefire", date: "2016-04-05",
                extra: """
                    image: {src: media/2016/map.png, alt: Map of the line of contact, caption: Where the fighting was., credit: "Map: Dossier"}
                    """,
                body: """
                    A map, linked as an editor previews it: ![The front](../../media/2016/map.png).

                    The same from content/: [the map](/media/2016/map.png), and [the report](../../media/report.pdf#page=2).

                    A missing one: ![Gone](../../media/2016/gone.png) and [elsewhere](https://example.org/map.png).
                    """),
        ]
        files.merge(extra) { _, new in new }
        let project = try TestProject(files)
        try project.write("content/media/2016/map.png", png(width: 800, height: 600))
        try project.write("content/media/report.pdf", Data("%PDF-1.4 a report".utf8))
        return project
    }

    @Test func mediaFilesAreCopiedByteForByte() throws {
        let project = try Self.project()
        try project.build()
        let copied = try Data(contentsOf: project.output.appendingPathComponent("media/2016/map.png"))
        #expect(copied == Self.png(width: 800, height: 600))
        #expect(project.exists("media/report.pdf"))
    }

    @Test func linksToMediaAreRewrittenFromTheMarkdownFileAndFromContent() throws {
        let project = try Self.project()
        let report = try project.build()
        let page = try #require(project.page("articles/ceasefire/index.html"))
        #expect(page.contains(#"<img src="../../media/2016/map.png" alt="The front""#), "relative to the nested article")
        #expect(page.contains(#"width="800" height="600""#), "the size from the file's header")
        #expect(page.contains(#"<a href="../../media/2016/map.png">the map</a>"#), "rooted at content/")
        #expect(page.contains(#"<a href="../../media/report.pdf#page=2">the report</a>"#), "the fragment is kept")
        #expect(page.contains(#"href="https://example.org/map.png""#), "web addresses are left alone")
        let missing = report.diagnostics.filter { $0.message.contains("'../../media/2016/gone.png'") }
        #expect(missing.count == 1)
        #expect(missing.first?.message.contains("(content/media/2016/gone.png) does not exist") == true)
        // The body starts on line 6 of the file; the missing image is on its fifth line, after 15 characters.
        #expect(missing.first?.location == SourceLocation(path: "content/articles/2016/ceasefire.md", line: 10, column: 16))
    }

    @Test func theCoverImageIsOnThePageItsCardsAndInPreviewsFeedsAndJSONLD() throws {
        let project = try Self.project()
        try project.build()
        let page = try #require(project.page("articles/ceasefire/index.html"))
        #expect(page.contains(#"<figure class="cover">"#))
        #expect(page.contains(#"<figcaption>Where the fighting was. <span class="credit">Map: Dossier</span></figcaption>"#))
        #expect(page.contains(#"<meta property="og:image" content="https://dossier.example/media/2016/map.png">"#))
        #expect(page.contains(#"<meta property="og:image:alt" content="Map of the line of contact">"#))
        #expect(page.contains(#""image":"https://dossier.example/media/2016/map.png""#))
        #expect(project.page("articles/index.html")?.contains(#"<img class="card-image" src="../media/2016/map.png""#) == true)
        #expect(
            project.page("feed.xml")?.contains(
                #"<link rel="enclosure" type="image/png" href="https://dossier.example/media/2016/map.png"/>"#) == true)
    }

    @Test func imagesWithoutAFileOrADescriptionAreWarnedAt() throws {
        let project = try Self.project([
            "content/entities/kerry.md": Fixture.entity("John Kerry", extra: "image: media/kerry.jpg"),
            "content/places/baku.md": Fixture.place("Baku", extra: "image: {src: media/2016/map.png}"),
        ])
        let report = try project.build()
        #expect(
            report.diagnostics.contains {
                $0.location?.path == "content/entities/kerry.md" && $0.location?.line == 4
                    && $0.message.contains("'media/kerry.jpg' is not a file of content/media/")
            })
        #expect(
            report.diagnostics.contains {
                $0.location?.path == "content/places/baku.md" && $0.message.contains("has no 'alt'")
            })
        #expect(project.page("places/baku/index.html")?.contains(#"<figure class="cover profile-cover">"#) == true)
        #expect(project.page("entities/kerry/index.html")?.contains("cover") == false)
    }

    @Test func anUnchangedMediaFileIsNotWrittenAgain() throws {
        let project = try Self.project()
        try project.build()
        let before = try FileManager.default.attributesOfItem(
            atPath: project.output.appendingPathComponent("media/2016/map.png").path)
        try project.append("\nMore.\n", to: "content/articles/2016/ceasefire.md")
        try project.build()
        let after = try FileManager.default.attributesOfItem(
            atPath: project.output.appendingPathComponent("media/2016/map.png").path)
        #expect(before[.systemFileNumber] as? Int == after[.systemFileNumber] as? Int, "the same file, linked into the new site")
        try project.write("content/media/2016/map.png", Self.png(width: 1024, height: 768))
        try project.build()
        #expect(project.page("articles/ceasefire/index.html")?.contains(#"width="1024" height="768""#) == true)
    }

    /// A contribution cannot publish code that runs as the site: pages, scripts and SVGs with
    /// scripts are refused unless `unsafe_html: true`; a drawing without them is published.
    @Test func filesThatRunAsCodeAreNotPublished() throws {
        let project = try Self.project()
        try project.write("content/media/evil.html", "<script>alert(1)</script>")
        try project.write("content/media/tracker.js", "alert(1)")
        try project.write(
            "content/media/map-with-script.svg", #"<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>"#)
        try project.write(
            "content/media/map-with-handler.svg",
            #"<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)" width="10" height="10"/>"#)
        try project.write(
            "content/media/drawing.svg",
            #"<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><text>onion</text></svg>"#)
        let diagnostics = project.failingBuild()
        for path in ["evil.html", "tracker.js", "map-with-script.svg", "map-with-handler.svg"] {
            #expect(
                diagnostics.contains { $0.location?.path == "content/media/" + path && $0.message.contains("runs as code") },
                "\(path): \(diagnostics)")
        }
        #expect(!diagnostics.contains { $0.location?.path == "content/media/drawing.svg" })
        // A name that would break a line of the state or a page's markup is refused.
        try project.write("content/media/line\nbreak.png", Self.png(width: 1, height: 1))
        #expect(project.failingBuild().contains { $0.message.contains("control characters") })
        try project.remove("content/media/line\nbreak.png")
        #expect(MediaFiles.activeSVG(Data(#"<svg><a xlink:href="JavaScript:alert(1)">x</a></svg>"#.utf8)) != nil)
        #expect(MediaFiles.activeSVG(Data(#"<svg><foreignObject><p>x</p></foreignObject></svg>"#.utf8)) != nil)
        // With unsafe_html, the dossier's editors have said every contribution is trusted.
        try project.write("site.yml", Fixture.site + "unsafe_html: true\n")
        try project.build()
        #expect(project.exists("media/evil.html"))
    }

    @Test(arguments: [
        ("png", MediaTests.png(width: 640, height: 480), ImageSize(width: 640, height: 480)),
        ("gif", Data([0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 0x40, 0x01, 0xF0, 0x00, 0, 0]), ImageSize(width: 320, height: 240)),
        (
            "jpeg",
            Data(
                [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x04, 0x00, 0x00, 0xFF, 0xC0, 0x00, 0x11, 0x08, 0x01, 0xE0, 0x02, 0x80, 0x03]
                    + [UInt8](repeating: 0, count: 12)), ImageSize(width: 640, height: 480)
        ),
        (
            "svg", Data(#"<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1200 760"></svg>"#.utf8),
            ImageSize(width: 1200, height: 760)
        ),
        (
            "svg", Data(#"<svg width="300px" height='150' xmlns="http://www.w3.org/2000/svg"/>"#.utf8),
            ImageSize(width: 300, height: 150)
        ),
    ])
    func imageHeadersGiveTheSize(kind: String, data: Data, size: ImageSize) {
        #expect(ImageHeader.size(of: data) == size, "\(kind)")
    }

    @Test func truncatedOrHugeHeadersGiveNoSize() {
        let png = Self.png(width: 640, height: 480)
        for length in 0..<24 { #expect(ImageHeader.size(of: png.prefix(length)) == nil, "\(length) bytes") }
        #expect(ImageHeader.size(of: Self.png(width: 0, height: 10)) == nil)
        #expect(ImageHeader.size(of: Self.png(width: 2_000_000, height: 10)) == nil)
        #expect(ImageHeader.size(of: Data([0xFF, 0xD8, 0xFF, 0xC0])) == nil)
    }
}
