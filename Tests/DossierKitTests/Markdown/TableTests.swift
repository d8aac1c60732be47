import Testing

@testable import DossierKit

/// GFM tables: what a writer of a body relies on (the GFM examples are `GFMSuiteTests`).
@Suite struct TableTests {
    private let links = MarkdownRenderer { ContentLinks.rewrite($0, articles: ["kerry-lavrov"], entities: [], places: []) }

    @Test func aTableHasAHeaderBodyRowsAndAlignedColumns() {
        let html = MarkdownRenderer().render("| Date | Event | Dead |\n| :--- | :-: | --: |\n| 1994 | Ceasefire | 0 |\n").html
        #expect(
            html == """
                <table>
                <thead>
                <tr>
                <th style="text-align: left">Date</th>
                <th style="text-align: center">Event</th>
                <th style="text-align: right">Dead</th>
                </tr>
                </thead>
                <tbody>
                <tr>
                <td style="text-align: left">1994</td>
                <td style="text-align: center">Ceasefire</td>
                <td style="text-align: right">0</td>
                </tr>
                </tbody>
                </table>

                """)
    }

    @Test func pipesAtTheEndsAreOptionalAndShortRowsArePaddedLongOnesCut() {
        let html = MarkdownRenderer().render("a | b\n--- | ---\nonly one\n1 | 2 | 3\n").html
        #expect(html.contains("<tr>\n<td>only one</td>\n<td></td>\n</tr>"))
        #expect(html.contains("<tr>\n<td>1</td>\n<td>2</td>\n</tr>"))
        #expect(!html.contains("3"))
    }

    @Test func cellsHoldInlineMarkdownAndEscapedPipes() {
        let html = MarkdownRenderer().render("| Who | Said |\n|---|---|\n| *Kerry* | `a \\| b` and \\| **c** |\n").html
        #expect(html.contains("<td><em>Kerry</em></td>\n<td><code>a | b</code> and | <strong>c</strong></td>"))
    }

    /// The delimiter row is never text, so smart punctuation never makes its dashes into `—`.
    @Test func smartPunctuationIsInTheCellsNotInTheDelimiterRow() {
        let html = MarkdownRenderer().render("| \"Peace\" -- talks |\n| --- |\n| it's over |\n").html
        #expect(html.contains("<th>“Peace” – talks</th>"))
        #expect(html.contains("<td>it’s over</td>"))
        #expect(!html.contains("—"))
    }

    @Test func linksInCellsAreRewrittenAndReportedLikeOthers() {
        let rendered = links.render("Intro.\n\n| Source |\n|---|\n| [the call](kerry-lavrov.md) |\n| é [gone](gone.md) |\n")
        #expect(rendered.html.contains("<td><a href=\"../../articles/kerry-lavrov/index.html\">the call</a></td>"))
        // Line 6, and the column counts characters (`é` is two bytes).
        #expect(rendered.unresolvedLinks.map { "\($0.destination) \($0.line):\($0.column)" } == ["gone.md 6:5"])
    }

    @Test func theHeaderRowMayFollowTheLinesOfAParagraph() {
        let html = MarkdownRenderer().render("Casualties by year:\n| Year | Dead |\n| --- | --- |\n| 1992 | 3 |\n").html
        #expect(html.hasPrefix("<p>Casualties by year:</p>\n<table>\n<thead>"))
        #expect(html.contains("<td>1992</td>"))
    }

    @Test func aTableEndsAtABlankLineOrAnotherBlock() {
        let html = MarkdownRenderer().render("| a |\n| - |\n| b |\n> quoted\n\n| c |\n| - |\n| d |\n---\n\nText.\n").html
        #expect(html.contains("</table>\n<blockquote>\n<p>quoted</p>\n</blockquote>"))
        // `---` under the rows is a thematic break, not the underline of a heading made of the table.
        #expect(html.contains("<td>d</td>\n</tr>\n</tbody>\n</table>\n<hr />\n<p>Text.</p>"))
        #expect(!html.contains("<h2"))
    }

    @Test func aTableMayBeInABlockQuoteOrAListItem() {
        let html = MarkdownRenderer().render("> | a |\n> | - |\n> | b |\n\n- | c |\n  | - |\n").html
        #expect(html.contains("<blockquote>\n<table>\n<thead>\n<tr>\n<th>a</th>"))
        #expect(html.contains("<td>b</td>"))
        #expect(html.contains("<li>\n<table>\n<thead>\n<tr>\n<th>c</th>"))
    }

    @Test func linesThatAreNoTableStayAsTheyWere() {
        let renderer = MarkdownRenderer()
        // A delimiter row with another number of cells than the header row.
        #expect(renderer.render("| a | b |\n| --- |\n| c |\n").html == "<p>| a | b |\n| — |\n| c |</p>\n")
        // Pipes in text.
        #expect(renderer.render("Either a | b, or `c | d`.\n").html == "<p>Either a | b, or <code>c | d</code>.</p>\n")
        // A table in code.
        #expect(renderer.render("```\n| a |\n| - |\n```\n").html == "<pre><code>| a |\n| - |\n</code></pre>\n")
    }

    /// A table is not a paragraph: the summary of an article that starts with one is the paragraph after it.
    @Test func aTableIsNotTheFirstParagraph() {
        let rendered = MarkdownRenderer().render("| a |\n| - |\n| b |\n\nThe first words.\n")
        #expect(rendered.firstParagraph == "The first words.")
    }

    @Test func rawHTMLInACellIsDroppedAndReportedAtItsColumn() {
        let rendered = MarkdownRenderer().render("| a |\n| - |\n| x \\| <b>y</b> |\n")
        #expect(rendered.html.contains("<td>x | <!-- raw HTML omitted -->y<!-- raw HTML omitted --></td>"))
        #expect(rendered.droppedHTML.map { "\($0.line):\($0.column)" } == "3:8")
    }
}
