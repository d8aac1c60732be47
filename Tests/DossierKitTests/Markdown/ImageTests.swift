import Foundation
import Testing

@testable import DossierKit

/// Images: sizes, lazy loading, figures, and descriptions.
@Suite struct ImageTests {
    @Test func anImageIsLoadedLazilyAndGetsItsSizeByItsDestinationAsWritten() {
        let asked = LockedList()
        let renderer = MarkdownRenderer(
            rewriteLink: { $0 == "../media/map.png" ? .url("../../media/map.png") : nil },
            imageSize: { destination in
                asked.append(destination)
                return destination == "../media/map.png" ? ImageSize(width: 640, height: 480) : nil
            })
        let html = renderer.render("Before ![The front line](../media/map.png) and ![Kerry](kerry.jpg \"Kerry in 2016\").\n").html
        #expect(
            html
                == "<p>Before <img src=\"../../media/map.png\" alt=\"The front line\" width=\"640\" height=\"480\" loading=\"lazy\" decoding=\"async\"> and <img src=\"kerry.jpg\" alt=\"Kerry\" title=\"Kerry in 2016\" loading=\"lazy\" decoding=\"async\">.</p>\n"
        )
        #expect(asked.values.sorted() == ["../media/map.png", "kerry.jpg"])
    }

    @Test func aTitledImageAloneInItsParagraphIsAFigure() {
        let renderer = MarkdownRenderer(imageSize: { _ in ImageSize(width: 800, height: 600) })
        let html = renderer.render("![A map](map.png \"Caption. Map: Dossier\")\n\nText.\n").html
        #expect(
            html
                == "<figure><img src=\"map.png\" alt=\"A map\" width=\"800\" height=\"600\" loading=\"lazy\" decoding=\"async\"><figcaption>Caption. Map: Dossier</figcaption></figure>\n<p>Text.</p>\n"
        )
        // Not alone, or without a title: an image in a paragraph.
        #expect(renderer.render("![A map](map.png \"Caption\") and text.\n").html.hasPrefix("<p><img "))
        #expect(renderer.render("![A map](map.png)\n").html.hasPrefix("<p><img "))
    }

    /// A figure is no summary: the first paragraph is the one after it.
    @Test func aFigureIsNotTheFirstParagraph() {
        let rendered = MarkdownRenderer().render("![A map](map.png \"Caption\")\n\nThe first words.\n")
        #expect(rendered.firstParagraph == "The first words.")
        #expect(MarkdownRenderer().render("![A map](map.png)\n\nText.\n").firstParagraph == "A map")
    }

    @Test func whatGoesIntoTheTagIsEscaped() {
        let html = MarkdownRenderer().render("![\"Fire\" & <smoke>](<my map.png?a=1&b=2> \"It's \\\"here\\\"\") and text\n").html
        #expect(
            html.contains(
                "<img src=\"my%20map.png?a=1&amp;b=2\" alt=\"“Fire” &amp; &lt;smoke&gt;\" title=\"It&#39;s &quot;here&quot;\" loading="
            ))
        let caption = MarkdownRenderer().render("![x](a.png \"<b>bold</b>\")\n").html
        #expect(caption.contains("<figcaption>&lt;b&gt;bold&lt;/b&gt;</figcaption>"))
    }

    @Test func unsafeSourcesAreEmptiedUnlessRawHTMLIsAllowed() {
        #expect(MarkdownRenderer().render("![x](javascript:alert(1))\n").html.contains("<img src=\"\" alt=\"x\""))
        #expect(
            MarkdownRenderer().render("![x](data:image/png;base64,AAAA)\n").html.contains("src=\"data:image/png;base64,AAAA\""))
        #expect(
            MarkdownRenderer(options: [.allowRawHTML]).render("![x](javascript:alert(1))\n").html.contains(
                "src=\"javascript:alert(1)\""))
    }

    @Test func anImageWithoutADescriptionIsReportedWhereItIs() {
        let rendered = MarkdownRenderer().render("Text.\n\nSee — ![](a.png) and ![ ](b.png) and ![ok](c.png).\n")
        #expect(rendered.imagesWithoutDescription.map { "\($0.line):\($0.column)" } == ["3:7", "3:22"])
        #expect(rendered.html.contains("<img src=\"a.png\" alt=\"\" loading=\"lazy\" decoding=\"async\">"))
    }

    @Test func anImageInALinkStaysInTheLink() {
        let html = MarkdownRenderer().render("[![Kerry](kerry.jpg)](https://example.org)\n").html
        #expect(
            html
                == "<p><a href=\"https://example.org\"><img src=\"kerry.jpg\" alt=\"Kerry\" loading=\"lazy\" decoding=\"async\"></a></p>\n"
        )
    }
}

/// Strings appended from any thread.
private final class LockedList: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [String] = []

    func append(_ item: String) {
        lock.withLock { items.append(item) }
    }

    var values: [String] { lock.withLock { items } }
}
