import Testing

@testable import DossierKit

/// One escaper serves templates, Dossier's own SVG and XML, and the preview server.
@Suite struct HTMLEscapingTests {
    @Test func escapesMarkupAndDropsForbiddenControls() {
        #expect(HTMLEscaping.escape("a & b <c> \"d\" 'e'") == "a &amp; b &lt;c&gt; &quot;d&quot; &#39;e&#39;")
        #expect(HTMLEscaping.escape("tab\there\nline\r") == "tab\there\nline\r", "whitespace controls stay")
        #expect(HTMLEscaping.escape("bell\u{7}esc\u{1B}[2K") == "bellesc[2K", "controls HTML and XML forbid are dropped")
        #expect(HTMLEscaping.escape("Ստեփանակերտ") == "Ստեփանակերտ")
    }

    @Test func templatesUseIt() throws {
        let templates = ["main": try TemplateParser.parse("<p title=\"{{t}}\">{{t}}</p>")]
        let html = TemplateRenderer(templates: templates).render("main", context: ["t": "a\u{1}<b>"])
        #expect(html == "<p title=\"a&lt;b&gt;\">a&lt;b&gt;</p>")
    }
}
