import Testing

@testable import DossierKit

/// A summary is one line of inline Markdown: HTML without a paragraph around it, and its plain text.
@Suite struct InlineMarkdownTests {
    @Test func aSummaryIsInlineHTMLAndPlainText() {
        let summary = MarkdownRenderer().renderInline("Kerry and *Lavrov* \"talk\" -- `again` & <b>again</b>")
        #expect(
            summary.html
                == "Kerry and <em>Lavrov</em> “talk” – <code>again</code> &amp; <!-- raw HTML omitted -->again<!-- raw HTML omitted -->"
        )
        #expect(summary.text == "Kerry and Lavrov “talk” – again & again")
    }

    @Test func nothingInASummaryStartsABlock() {
        let renderer = MarkdownRenderer()
        #expect(renderer.renderInline("1. First, the talks").html == "1. First, the talks")
        #expect(renderer.renderInline("# Not a heading").html == "# Not a heading")
        #expect(renderer.renderInline("- a\n- b").html == "- a - b")
        #expect(renderer.renderInline("_Emphasis_ first").html == "<em>Emphasis</em> first")
        #expect(renderer.renderInline("").html == "")
    }

    @Test func linksInASummaryAreRewrittenAndDraftsHidden() {
        let renderer = MarkdownRenderer {
            ContentLinks.rewrite($0, articles: ["a"], entities: [], places: [], drafts: ["secret"])
        }
        let summary = renderer.renderInline("See [the call](a.md) and [the plan](secret.md).")
        #expect(summary.html == "See <a href=\"../../articles/a/index.html\">the call</a> and the plan.")
        #expect(summary.text == "See the call and the plan.")
    }
}
