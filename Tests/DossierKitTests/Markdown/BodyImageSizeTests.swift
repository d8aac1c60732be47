import Testing

@testable import DossierKit

/// `BodyRenderer` asks for each image's size with the file whose body shows it.
@Suite struct BodyImageSizeTests {
    private static func graph() -> (DossierGraph, [String: String]) {
        let files = [
            SourceFile(
                path: "content/articles/a.md", id: "a", kind: .article,
                text: Fixture.article("A", body: "![The front line](https://example.org/map.png)")),
            SourceFile(path: "content/entities/people/kerry.md", id: "kerry", kind: .entity, text: Fixture.entity("Kerry")),
        ]
        let parsed = ContentParser.parse(files)
        return (GraphBuilder.build(parsed.models, includeDrafts: false).graph, parsed.bodies)
    }

    @Test func theSizeOfAnImageIsAskedWithItsFile() {
        let (graph, markdown) = Self.graph()
        let (bodies, diagnostics) = BodyRenderer.render(
            graph, markdown: markdown, options: [.smartPunctuation],
            imageSize: { destination, path in
                destination == "https://example.org/map.png" && path == "content/articles/a.md"
                    ? ImageSize(width: 1200, height: 800) : nil
            })
        #expect(diagnostics.isEmpty)
        #expect(
            bodies.articles.first?.html.contains("alt=\"The front line\" width=\"1200\" height=\"800\" loading=\"lazy\"") == true)
        // Without a lookup, no size.
        let (plain, _) = BodyRenderer.render(graph, markdown: markdown, options: [.smartPunctuation])
        #expect(plain.articles.first?.html.contains("width=") == false)
    }
}
