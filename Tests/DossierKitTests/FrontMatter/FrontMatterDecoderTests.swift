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

    @Test func otherGeneratorsFieldsSuggestDossiersOwn() {
        let warning = "warning: unknown field"
        #expect(
            diagnostics("---\ntitle: T\ndate: 2016\naliases: [old-id]\nlastmod: 2016-05\n---\n") == [
                "content/articles/x.md:4:1: \(warning) 'aliases' in the front matter; it is ignored; did you mean 'redirect_from'?",
                "content/articles/x.md:5:1: \(warning) 'lastmod' in the front matter; it is ignored; did you mean 'updated'?",
            ])
    }

    @Test func unknownFieldsSuggestTheirSingularPluralOrFullName() {
        let warning = "warning: unknown field"
        #expect(
            diagnostics("---\nname: E\nalias: [E2]\n---\n", kind: .entity) == [
                "content/articles/x.md:3:1: \(warning) 'alias' in the front matter; it is ignored; did you mean 'aliases'?"
            ])
        #expect(
            diagnostics("---\nname: P\ncoords: [40.1, 44.5]\nentity: x\n---\n", kind: .place) == [
                "content/articles/x.md:3:1: \(warning) 'coords' in the front matter; it is ignored; did you mean 'coordinates'?",
                "content/articles/x.md:4:1: \(warning) 'entity' in the front matter; it is ignored (known fields: name, type, aliases, in, coordinates, image, redirect_from)",
            ])
        #expect(
            diagnostics("---\ntitle: T\ndate: 2016\ntag: a\nentity: b\nimg: {src: media/a.png, desc: A}\nsrc: {name: R}\n---\n")
                == [
                    "content/articles/x.md:4:1: \(warning) 'tag' in the front matter; it is ignored; did you mean 'tags'?",
                    "content/articles/x.md:5:1: \(warning) 'entity' in the front matter; it is ignored; did you mean 'entities'?",
                    "content/articles/x.md:6:1: \(warning) 'img' in the front matter; it is ignored; did you mean 'image'?",
                    "content/articles/x.md:7:1: \(warning) 'src' in the front matter; it is ignored; did you mean 'source'?",
                ])
        #expect(Suggestions.name(for: "desc", among: ["title", "description", "language"]) == "description")
        #expect(Suggestions.name(for: "lang", among: ["title", "description", "language"]) == "language")
        #expect(Suggestions.name(for: "cat", among: ["coordinates", "name"]) == nil)
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

    @Test func datesInOtherShapesAreShownAsTheyShouldBeWritten() {
        let cases = [
            ("2008-8-1", "is not a date: the month and the day need two digits; write 2008-08-01"),
            ("2008-8", "is not a date: the month needs two digits; write 2008-08"),
            ("2008-08-1", "is not a date: the day needs two digits; write 2008-08-01"),
            ("2008/08/01", "is not a date: the parts are separated by '-', not '/'; write 2008-08-01"),
            (
                "2008.8.1",
                "is not a date: the parts are separated by '-', not '.', and the month and the day need two digits; write 2008-08-01"
            ),
            ("20080801", "is not a date: the parts are separated by '-'; write 2008-08-01"),
            ("13-08-2008", "is not a date: the year comes first (YYYY-MM-DD); write 2008-08-13"),
            (
                "08/13/2008",
                "is not a date: the year comes first (YYYY-MM-DD), and the parts are separated by '-', not '/'; write 2008-08-13"
            ),
            ("08-08-2008", "is not a date: the year comes first (YYYY-MM-DD); write 2008-08-08"),
            (
                "08-09-2008",
                "is not a date: the year comes first (YYYY-MM-DD), and which number is the month cannot be told; write 2008-09-08 for 8 September 2008 or 2008-08-09 for 9 August 2008"
            ),
            (
                "8/2008",
                "is not a date: the year comes first (YYYY-MM-DD), and the parts are separated by '-', not '/'; write 2008-08"
            ),
            ("April 2016", "is not a date: the month is written as a number; write 2016-04"),
            ("11 April 2016", "is not a date: the month is written as a number; write 2016-04-11"),
            ("Apr 11, 2016", "is not a date: the month is written as a number; write 2016-04-11"),
            (
                "2016-04-11T10:00",
                "is not a date: expected a date as YYYY, YYYY-MM or YYYY-MM-DD, without a time of day; write 2016-04-11"
            ),
            ("16-04-11", "is not a date: the year needs all four digits; expected a date as YYYY, YYYY-MM or YYYY-MM-DD"),
            ("2008-13-1", "is not a real date: there is no month 13; expected a date as YYYY, YYYY-MM or YYYY-MM-DD"),
            ("31/02/2008", "is not a real date: that month has no day 31; expected a date as YYYY, YYYY-MM or YYYY-MM-DD"),
            ("0000-01-01", "is not a real date: there is no year 0; expected a date as YYYY, YYYY-MM or YYYY-MM-DD"),
            ("soon", "is not a date: expected a date as YYYY, YYYY-MM or YYYY-MM-DD (for example 2016-04-02)"),
        ]
        for (date, message) in cases {
            #expect(
                diagnostics("---\ntitle: T\ndate: \(date)\n---\n") == [
                    "content/articles/x.md:3:7: error: 'date': '\(date)' \(message)"
                ])
        }
    }

    @Test func tomlAndJSONFrontMatterAreNamedWithHowToWriteThemAsYAML() {
        #expect(
            diagnostics("+++\ntitle = \"Talks in Vienna\"\ndate = 2016-04-11\n+++\nBody\n") == [
                "content/articles/x.md:1:1: error: this file starts with '+++', like TOML front matter (Hugo's); Dossier reads YAML front matter between two lines '---': replace both '+++' lines with '---' and write each field as 'name: value' ('title = \"Talks in Vienna\"' becomes 'title: Talks in Vienna')"
            ])
        #expect(
            diagnostics("+++\n+++\n").first?.hasSuffix("('title = \"Talks in Vienna\"' becomes 'title: Talks in Vienna')") == true
        )
        #expect(
            diagnostics("{\n  \"title\": \"Talks\",\n  \"date\": \"2016\"\n}\nBody\n") == [
                "content/articles/x.md:1:1: error: this file starts with '{', like JSON front matter (Hugo's); Dossier reads YAML front matter between two lines '---': add a line '---' before the '{' and another after the closing '}' (YAML reads this JSON as it is), or write each field as 'name: value' ('\"title\": \"Talks in Vienna\"' becomes 'title: Talks in Vienna')"
            ])
        #expect(
            diagnostics("---\n{\"title\": \"Talks\", \"date\": \"2016\"}\n---\nBody\n").isEmpty, "the fix the message gives works"
        )
    }

    @Test func anEmptyFileSaysWhatTheSmallestFileOfItsKindHolds() {
        let smallest: [(ContentKind, String)] = [
            (
                .article,
                "the smallest article is a front matter block with its title and date between two lines '---' ('---', 'title: …', 'date: 2016-04-11', '---', one a line), then its text"
            ),
            (
                .entity,
                "the smallest entity file is a front matter block with its name between two lines '---' ('---', 'name: …', '---', one a line); its type ('type: person') and a profile under the block are optional"
            ),
            (
                .place,
                "the smallest place file is a front matter block with its name between two lines '---' ('---', 'name: …', '---', one a line); its type ('type: city') and a description under the block are optional"
            ),
            (
                .page,
                "the smallest page is a front matter block with its title between two lines '---' ('---', 'title: …', '---', one a line), then its text"
            ),
        ]
        for (kind, text) in smallest {
            for empty in ["", " \n\n\t\n"] {
                #expect(diagnostics(empty, kind: kind) == ["content/articles/x.md:1:1: error: this file is empty; \(text)"])
            }
        }
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
