import Testing

@testable import DossierKit

/// What rendering finds survives the persistent cache, so a build that reuses a rendering warns as the
/// build that made it did.
@Suite struct RenderedMarkdownCodingTests {
    private static func roundTrip(_ rendered: RenderedMarkdown) throws -> RenderedMarkdown? {
        var encoder = CacheEncoder()
        encoder.rendered(rendered)
        return encoder.bytes.withUnsafeBytes { bytes in
            var decoder = CacheDecoder(bytes)
            let decoded = try? decoder.rendered()
            return decoder.isAtEnd ? decoded : nil
        }
    }

    @Test func theProblemsOfARenderingAreKept() throws {
        let rendered = MarkdownRenderer().render("A <b>b</b> ![](c.png) [^d] [e](f.md)\n")
        #expect(rendered.droppedHTML != nil && !rendered.imagesWithoutDescription.isEmpty && !rendered.undefinedFootnotes.isEmpty)
        let decoded = try #require(try Self.roundTrip(rendered))
        #expect(decoded.html == rendered.html)
        #expect(decoded.droppedHTML.map { "\($0.line):\($0.column)" } == "1:3")
        #expect(decoded.imagesWithoutDescription.map { "\($0.line):\($0.column)" } == ["1:12"])
        #expect(decoded.undefinedFootnotes.map { "\($0.label) \($0.line):\($0.column)" } == ["d 1:23"])
        let none = try #require(try Self.roundTrip(MarkdownRenderer().render("Plain.\n")))
        #expect(none.droppedHTML == nil && none.imagesWithoutDescription.isEmpty && none.undefinedFootnotes.isEmpty)
    }

    @Test func aTruncatedRenderingIsMalformed() {
        var encoder = CacheEncoder()
        encoder.rendered(MarkdownRenderer().render("A <b>b</b> ![](c.png) [^d]\n"))
        let bytes = encoder.bytes
        for length in 0..<bytes.count {
            bytes.prefix(length).withUnsafeBytes { prefix in
                var decoder = CacheDecoder(prefix)
                #expect((try? decoder.rendered()) == nil, "\(length) of \(bytes.count) bytes")
            }
        }
    }
}
