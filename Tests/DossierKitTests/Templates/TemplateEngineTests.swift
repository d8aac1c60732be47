import Testing

@testable import DossierKit

@Suite struct TemplateEngineTests {
    private func render(_ template: String, _ context: [String: Any], partials: [String: String] = [:]) throws -> String {
        var templates = ["main": try TemplateParser.parse(template)]
        for (name, text) in partials { templates[name] = try TemplateParser.parse(text) }
        return TemplateRenderer(templates: templates).render("main", context: context)
    }

    @Test func escapesVariablesUnlessTripleBraced() throws {
        let context: [String: Any] = ["v": "<a href=\"x\">Tom & 'Jerry'</a>", "n": 3]
        #expect(
            try render("{{v}}|{{{v}}}|{{& v}}|{{n}}", context)
                == "&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;|<a href=\"x\">Tom & 'Jerry'</a>|<a href=\"x\">Tom & 'Jerry'</a>|3"
        )
    }

    @Test func sectionsIterateListsAndTestFlags() throws {
        let context: [String: Any] = [
            "items": [["name": "a"], ["name": "b"]], "yes": true, "no": false, "words": ["x", "y"], "empty": [String](),
        ]
        #expect(
            try render(
                "{{#items}}[{{name}}]{{/items}}{{#yes}}Y{{/yes}}{{#no}}N{{/no}}{{#words}}{{.}}{{/words}}{{^empty}}none{{/empty}}",
                context)
                == "[a][b]Yxynone")
    }

    @Test func namesClimbTheStackUnlessDotted() throws {
        let context: [String: Any] = ["root": "../", "site": ["title": "T"], "items": [["title": "inner"], ["other": 1]]]
        #expect(try render("{{#items}}{{root}}{{title}}|{{.title}};{{/items}}{{site.title}}", context) == "../inner|inner;../|;T")
    }

    @Test func standaloneTagsTakeTheirLine() throws {
        let template = "<ul>\n  {{#items}}\n  <li>{{.}}</li>\n  {{/items}}\n</ul>\n"
        #expect(try render(template, ["items": ["a", "b"]]) == "<ul>\n  <li>a</li>\n  <li>b</li>\n</ul>\n")
    }

    @Test func partialsAndInheritance() throws {
        let partials = [
            "base": "<title>{{$title}}Default{{/title}}</title>\n<main>{{$main}}{{/main}}</main>",
            "middle": "{{<base}}{{$title}}Middle{{/title}}{{$main}}[{{$inner}}middle{{/inner}}]{{/main}}{{/base}}",
            "card": "<b>{{name}}</b>",
        ]
        let template = "{{<middle}}{{$inner}}{{#people}}{{> card}}{{/people}}{{/inner}}{{/middle}}"
        #expect(
            try render(template, ["people": [["name": "Kerry"], ["name": "Lavrov"]]], partials: partials)
                == "<title>Middle</title>\n<main>[<b>Kerry</b><b>Lavrov</b>]</main>")
    }

    @Test func transforms() throws {
        let context: [String: Any] = ["list": [String](), "full": ["a"], "one": 1, "two": 2]
        let template =
            "{{^empty(list)}}has{{/empty(list)}}{{#empty(list)}}E{{/empty(list)}}{{^empty(full)}}F{{/empty(full)}}"
            + "{{#equalzero(minusone(one))}}single{{/equalzero(minusone(one))}}{{^equalzero(minusone(two))}}plural{{/equalzero(minusone(two))}}{{count(full)}}"
        #expect(try render(template, context) == "EFsingleplural1")
    }

    @Test func syntaxErrorsHaveLineAndColumn() {
        #expect(throws: TemplateSyntaxError.self) { try TemplateParser.parse("a\n  {{#x}}\n") }
        do {
            _ = try TemplateParser.parse("line\n{{#a}}{{/b}}")
        } catch {
            #expect(error.line == 2 && error.column == 7)
            #expect(error.message.contains("does not match"))
        }
        do {
            _ = try TemplateParser.parse("ok\n  {{name\n")
        } catch {
            #expect(error.line == 2 && error.column == 3)
        }
    }
}
