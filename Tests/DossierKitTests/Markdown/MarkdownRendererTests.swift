import Testing

@testable import DossierKit

@Suite struct MarkdownRendererTests {
    @Test func rendersCommonMarkWithSmartPunctuation() {
        let html = MarkdownRenderer().render("\"Quoted\" -- text\n").html
        #expect(html == "<p>“Quoted” – text</p>\n")
    }

    @Test func dropsRawHTMLAndUnsafeLinksByDefault() {
        let html = MarkdownRenderer().render("<script>x()</script>\n\n[a](javascript:alert(1))\n").html
        #expect(!html.contains("<script>"))
        #expect(html.contains("<a href=\"\">a</a>"))
    }

    @Test func keepsRawHTMLWhenAllowed() {
        let html = MarkdownRenderer(options: [.allowRawHTML]).render("<div>kept</div>\n").html
        #expect(html == "<div>kept</div>\n")
    }

    @Test func headingsGetIdsAndTopLevelHeadingsMoveDown() {
        let html = MarkdownRenderer().render("# Ceasefire terms\n\n## Ceasefire terms\n\n## Main\n").html
        #expect(
            html
                == "<h2 id=\"ceasefire-terms\">Ceasefire terms</h2>\n<h3 id=\"ceasefire-terms-2\">Ceasefire terms</h3>\n<h3 id=\"main-2\">Main</h3>\n"
        )
    }

    @Test func firstParagraphIsPlainText() {
        let rendered = MarkdownRenderer().render("## Title\n\nThe *first* `para`\ngraph.\n\nSecond.\n")
        #expect(rendered.firstParagraph == "The first para graph.")
    }

    @Test func rewritesLinksToContentFiles() {
        let rendered = MarkdownRenderer { ContentLinks.rewrite($0, articles: ["a"], entities: ["john-kerry"], places: []) }
            .render("[Kerry](../entities/john-kerry.md#x) and [gone](../places/nowhere.md) and [web](https://example.org/a.md)\n")
        #expect(rendered.html.contains("href=\"../../entities/john-kerry/index.html#x\""))
        #expect(rendered.html.contains("href=\"https://example.org/a.md\""))
        #expect(rendered.unresolvedLinks.map(\.destination) == ["../places/nowhere.md"])
    }
}
