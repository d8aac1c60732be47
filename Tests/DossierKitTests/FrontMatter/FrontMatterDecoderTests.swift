import Testing

@testable import DossierKit

@Suite struct FrontMatterDecoderTests {
    private func diagnostics(_ text: String, kind: ContentKind = .article) -> [String] {
        let file = SourceFile(path: "content/articles/x.md", id: "x", kind: kind, text: text)
        return ContentParser.parse([file]).diagnostics.map(\.description)
    }

    @Test func impossibleDateIsAnErrorAtItsLine() {
        #expect(
            diagnostics("---\ntitle: T\ndate: 2016-13-45\n---\n") == [
                "content/articles/x.md:3:7: error: 'date': '2016-13-45' is not a real date: there is no month 13; expected a date as YYYY, YYYY-MM or YYYY-MM-DD"
            ])
    }

    @Test func missingTitleIsReportedAtTheOpeningFence() {
        #expect(
            diagnostics("---\ndate: 2016-04-11\n---\nBody\n") == [
                "content/articles/x.md:1:1: error: missing required field 'title'; add a line 'title: …'"
            ])
    }

    @Test func emptyRequiredFieldsAreErrorsAtTheirLines() {
        #expect(
            diagnostics("---\ntitle:\ndate: 2016-04-02\n---\nBody\n") == [
                "content/articles/x.md:2:7: error: 'title' is empty; it is required, so write its value after the colon"
            ])
        #expect(
            diagnostics("---\ntitle: [a, b]\ndate:\n---\nBody\n") == [
                "content/articles/x.md:2:8: error: 'title' should be a single value such as a name or a piece of text, but it is a list",
                "content/articles/x.md:3:6: error: 'date' is empty; it is required, so write its value after the colon",
            ])
    }

    @Test func noFrontMatterIsAnError() {
        #expect(diagnostics("Just text\n").first?.contains("1:1: error: expected front matter") == true)
        #expect(diagnostics("---\ntitle: T\n").first?.contains("never closed") == true)
        #expect(diagnostics("").first?.contains("this file is empty") == true)
    }

    @Test func unknownKeyWarnsWithSuggestion() {
        #expect(
            diagnostics("---\ntitle: T\ndate: 2016\nentites: [a]\n---\n") == [
                "content/articles/x.md:4:1: warning: unknown field 'entites' in the front matter; it is ignored; did you mean 'entities'?"
            ])
    }

    @Test func singleStringIsAOneItemList() {
        let file = SourceFile(path: "a.md", id: "a", kind: .article, text: "---\ntitle: T\ndate: 2016\nentities: Lavrov\n---\n")
        let parsed = ContentParser.parse([file])
        #expect(parsed.diagnostics.isEmpty)
        #expect(parsed.models.articles.first?.entityReferences.map(\.text) == ["Lavrov"])
    }

    @Test func dateListIsAnError() {
        #expect(
            diagnostics("---\ntitle: T\ndate: [2016]\n---\n") == [
                "content/articles/x.md:3:7: error: 'date' should be a date as YYYY, YYYY-MM or YYYY-MM-DD, but it is a list"
            ])
    }

    @Test func yamlSyntaxErrorPointsIntoTheMarkdownFile() {
        let messages = diagnostics("---\ntitle: T\ndate: 2016\nsummary: a: b\n---\n")
        #expect(messages.count == 1)
        #expect(messages.first?.hasPrefix("content/articles/x.md:4:") == true)
        #expect(messages.first?.contains("in quotes") == true)
    }

    @Test func aTabThatIndentsALineIsNamedAtTheTab() {
        let tab = "error: this line is indented with a tab, but YAML does not allow tabs for indentation; indent with spaces"
        #expect(diagnostics("---\ntitle: T\ndate: 2016\ntags:\n\t- a\n---\n") == ["content/articles/x.md:5:1: \(tab)"])
        #expect(diagnostics("---\ntitle: T\n\tdate: 2016\n---\n") == ["content/articles/x.md:3:1: \(tab)"])
        #expect(
            diagnostics("---\ntitle: T\ndate: 2016\nevents:\n  - date: 2016\n  \ttitle: E\n---\n") == [
                "content/articles/x.md:6:3: \(tab)"
            ])
        #expect(
            diagnostics("---\ntitle: T\ndate: 2016\nsummary: |\n  One.\n\tTwo.\n---\n") == ["content/articles/x.md:6:1: \(tab)"])
    }

    @Test func aValueThatCannotStartPlainIsToldToBeQuoted() {
        #expect(
            diagnostics("---\ntitle: T\ndate: 2016\nsummary: @kerry said\n---\n") == [
                "content/articles/x.md:4:10: error: invalid YAML: found character that cannot start any token (while scanning for the next token); a value cannot start with '@', so put it in quotes (\"@…\")"
            ])
        #expect(
            diagnostics("---\ntitle: T\ndate: 2016\nsummary: `code`\n---\n") == [
                "content/articles/x.md:4:10: error: invalid YAML: found character that cannot start any token (while scanning for the next token); a value cannot start with '`', so put it in quotes (\"`…\")"
            ])
    }

    @Test func eventEndingBeforeItStartsIsAnError() {
        let messages = diagnostics(
            "---\ntitle: T\ndate: 2016\nevents:\n  - date: 2016-04-05\n    end: 2016-04-02\n    title: E\n---\n")
        #expect(
            messages == [
                "content/articles/x.md:6:10: error: this event ends (2016-04-02) before it starts (2016-04-05); check 'end' and 'date'"
            ])
    }
}
