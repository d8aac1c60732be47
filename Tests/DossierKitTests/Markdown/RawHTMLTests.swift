import Testing

@testable import DossierKit

/// Raw HTML is dropped unless allowed, and the first piece dropped is where the warning points.
@Suite struct RawHTMLTests {
    @Test func theFirstDroppedHTMLIsRecorded() {
        let rendered = MarkdownRenderer().render("Text.\n\nAn é <span>inline</span> tag.\n\n<div>\nblock\n</div>\n")
        #expect(!rendered.html.contains("<span>") && !rendered.html.contains("<div>"))
        #expect(rendered.droppedHTML.map { "\($0.line):\($0.column)" } == "3:6")
        let block = MarkdownRenderer().render("<!-- a comment -->\n\nText <b>x</b>.\n")
        #expect(block.droppedHTML.map { "\($0.line):\($0.column)" } == "1:1")
    }

    @Test func nothingIsRecordedWhenRawHTMLIsAllowedOrAbsent() {
        let allowed = MarkdownRenderer(options: [.allowRawHTML]).render("Text <b>x</b>.\n")
        #expect(allowed.html == "<p>Text <b>x</b>.</p>\n")
        #expect(allowed.droppedHTML == nil)
        #expect(MarkdownRenderer().render("Text `<b>` and &lt;b&gt;.\n").droppedHTML == nil)
    }
}
