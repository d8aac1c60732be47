import Testing

@testable import DossierKit

/// GFM footnotes: what a writer of a body relies on (the GFM example is in `GFMSuiteTests`).
@Suite struct FootnoteTests {
    @Test func referencesAreNumberedByFirstUseAndTheNotesCollectedAtTheEnd() {
        let markdown = """
            [^later]: Defined first, used second.

            Talks began[^first] and failed[^later].

            [^first]: Used first.

            The end.

            """
        #expect(
            MarkdownRenderer().render(markdown).html == """
                <p>Talks began<sup class="footnote-ref"><a href="#fn-first" id="fnref-first">1</a></sup> and failed<sup class="footnote-ref"><a href="#fn-later" id="fnref-later">2</a></sup>.</p>
                <p>The end.</p>
                <section class="footnotes">
                <ol>
                <li id="fn-first">
                <p>Used first. <a href="#fnref-first" class="footnote-backref">↩</a></p>
                </li>
                <li id="fn-later">
                <p>Defined first, used second. <a href="#fnref-later" class="footnote-backref">↩</a></p>
                </li>
                </ol>
                </section>

                """)
    }

    @Test func aNoteContinuesOnIndentedLines() {
        let html = MarkdownRenderer().render(
            "Claim.[^1]\n\n[^1]: First paragraph,\ncontinued.\n\n    Second *paragraph*.\n\nNot in the note.\n"
        ).html
        #expect(html.contains("<li id=\"fn-1\">\n<p>First paragraph,\ncontinued.</p>\n<p>Second <em>paragraph</em>. <a href"))
        #expect(html.contains("<p>Not in the note.</p>\n<section"))
    }

    /// `[^1]: Word.` is also a link reference definition for cmark (label `^1`, destination `Word.`).
    @Test func aNoteThatLooksLikeALinkReferenceDefinitionIsANote() {
        let html = MarkdownRenderer().render("Said so.[^1]\n\n[^1]: Reuters.\n").html
        #expect(html.contains("Said so.<sup class=\"footnote-ref\"><a href=\"#fn-1\" id=\"fnref-1\">1</a></sup>"))
        #expect(html.contains("<p>Reuters. <a href=\"#fnref-1\" class=\"footnote-backref\">↩</a></p>"))
        #expect(!html.contains("href=\"Reuters.\""))
    }

    @Test func repeatedReferencesHaveTheirOwnIdsAndBackLinks() {
        let html = MarkdownRenderer().render("A[^n] B[^N]\n\n[^n]: Note.\n").html
        #expect(html.contains("A<sup class=\"footnote-ref\"><a href=\"#fn-n\" id=\"fnref-n\">1</a></sup>"))
        #expect(html.contains("B<sup class=\"footnote-ref\"><a href=\"#fn-n\" id=\"fnref-n-2\">1</a></sup>"))
        #expect(
            html.contains(
                "<p>Note. <a href=\"#fnref-n\" class=\"footnote-backref\">↩</a> <a href=\"#fnref-n-2\" class=\"footnote-backref\">↩<sup class=\"footnote-ref\">2</sup></a></p>"
            ))
    }

    @Test func anUndefinedReferenceStaysTextAndIsReportedWhereItIs() {
        let rendered = MarkdownRenderer().render("Known[^a].\n\nSee — [^missing] and \\[^escaped] and `[^code]`.\n\n[^a]: A.\n")
        #expect(rendered.html.contains("<p>See — [^missing] and [^escaped] and <code>[^code]</code>.</p>"))
        #expect(rendered.undefinedFootnotes.map { "\($0.label) \($0.line):\($0.column)" } == ["missing 3:7"])
        #expect(MarkdownRenderer().render("Known[^a].\n\n[^a]: A.\n").undefinedFootnotes.isEmpty)
    }

    @Test func aDefinitionInCodeIsCode() {
        let html = MarkdownRenderer().render("Text[^x]\n\n```\n[^x]: not a note\n```\n").html
        #expect(html.contains("<pre><code>[^x]: not a note\n</code></pre>"))
        #expect(!html.contains("footnotes"))
    }

    @Test func unusedNotesAreLeftOut() {
        let html = MarkdownRenderer().render("No reference.\n\n[^unused]: Never shown.\n").html
        #expect(html == "<p>No reference.</p>\n")
    }

    /// Two bodies on one page: each renderer's prefix keeps their ids apart.
    @Test func theIDPrefixGoesBeforeEveryFootnoteID() {
        let html = MarkdownRenderer(footnoteIDPrefix: "kerry-").render("A[^1] B[^1]\n\n[^1]: Note.\n").html
        #expect(html.contains("<a href=\"#kerry-fn-1\" id=\"kerry-fnref-1\">1</a>"))
        #expect(html.contains("id=\"kerry-fnref-1-2\""))
        #expect(html.contains("<li id=\"kerry-fn-1\">"))
        #expect(html.contains("href=\"#kerry-fnref-1\" class=\"footnote-backref\""))
        #expect(!html.contains("\"fn-") && !html.contains("\"#fn"))
    }

    @Test func aHeadingDoesNotTakeANotesID() {
        let html = MarkdownRenderer().render("## Fn 1\n\nText[^1]\n\n[^1]: Note.\n").html
        #expect(html.contains("<h2 id=\"fn-1-2\">Fn 1</h2>"))
        #expect(html.contains("<li id=\"fn-1\">"))
    }

    /// A definition next to a list must not join it: the list stays tight and starts at its own number.
    @Test func aDefinitionNextToAListLeavesTheListAlone() {
        let html = MarkdownRenderer().render("1. one\n2. two[^a]\n\n[^a]: Note.\n\n3. three\n").html
        #expect(html.hasPrefix("<ol>\n<li>one</li>\n<li>two<sup class=\"footnote-ref\">"))
        #expect(html.contains("<ol start=\"3\">\n<li>three</li>\n</ol>"))
        #expect(html.contains("<li id=\"fn-a\">\n<p>Note. <a"))
    }

    @Test func referencesInTablesAreNumberedInTheirPlace() {
        let html = MarkdownRenderer().render("| a[^x] |\n| - |\n| b[^y] |\n\nAfter[^z].\n\n[^z]: Z.\n[^y]: Y.\n[^x]: X.\n").html
        #expect(html.contains("<th>a<sup class=\"footnote-ref\"><a href=\"#fn-x\" id=\"fnref-x\">1</a></sup></th>"))
        #expect(html.contains("<td>b<sup class=\"footnote-ref\"><a href=\"#fn-y\" id=\"fnref-y\">2</a></sup></td>"))
        #expect(html.contains("After<sup class=\"footnote-ref\"><a href=\"#fn-z\" id=\"fnref-z\">3</a></sup>"))
        #expect(
            html.contains(
                "<ol>\n<li id=\"fn-x\">\n<p>X. <a href=\"#fnref-x\" class=\"footnote-backref\">↩</a></p>\n</li>\n<li id=\"fn-y\">"
            ))
    }

    /// A note's own references are numbered after the text's, and a note's text is reported where it was written.
    @Test func notesMayReferToNotes() {
        let rendered = MarkdownRenderer().render("Text[^a].\n\n[^a]: See also[^b] and ![](x.png).\n[^b]: B.\n")
        #expect(rendered.html.contains("<li id=\"fn-b\">\n<p>B. <a href=\"#fnref-b\""))
        #expect(rendered.html.contains("See also<sup class=\"footnote-ref\"><a href=\"#fn-b\" id=\"fnref-b\">2</a></sup>"))
        #expect(rendered.imagesWithoutDescription.map { "\($0.line):\($0.column)" } == ["3:24"])
    }

    /// As in GFM, only `[^label]` refers to a note: `[text][^label]` stays text.
    @Test func aFullReferenceToANotesLabelIsText() {
        let html = MarkdownRenderer().render("Some [link][^x] text.\n\n[^x]: /url\n").html
        #expect(html == "<p>Some [link][^x] text.</p>\n")
    }
}
