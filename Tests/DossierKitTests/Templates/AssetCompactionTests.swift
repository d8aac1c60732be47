import Foundation
import Testing

@testable import DossierKit

/// The theme's CSS and JavaScript are published without comment lines and indentation, and a file
/// that cannot be compacted safely is published as written.
@Suite struct AssetCompactionTests {
    private func compact(_ text: String, _ name: String) -> String {
        String(decoding: AssetCompaction.compact(Data(text.utf8), name: name), as: UTF8.self)
    }

    @Test func commentLinesAndIndentationGo() {
        let script =
            "/* A script.\n   Second line. */\n(function () {\n  // a comment\n  var a = \"//not\"; // kept\n\n  return a;\n})();\n"
        #expect(compact(script, "assets/x.js") == "(function () {\nvar a = \"//not\"; // kept\nreturn a;\n})();\n")
        let sheet = "/* Colours */\n:root {\n  --a: red; /* inline */\n}\n\n/* Block\n   two lines */\n.b { color: var(--a); }\n"
        #expect(compact(sheet, "assets/x.css") == ":root {\n--a: red; /* inline */\n}\n.b { color: var(--a); }\n")
    }

    @Test func whatCannotBeCompactedSafelyIsLeftAsWritten() {
        let literal = "var a = `\n  two\n  lines`;\n"
        #expect(compact(literal, "assets/x.js") == literal, "a template literal's lines are text")
        let closing = "/* a comment */ var a = 1;\n  // b\n"
        #expect(compact(closing, "assets/x.js") == closing, "a comment that closes before the end of its line")
        let quoted = ".a::before { content: \"/* not a comment */\"; }\n  .b {}\n"
        #expect(compact(quoted, "assets/x.css") == quoted)
        #expect(compact("  text\n", "assets/x.svg") == "  text\n", "only CSS and JavaScript")
    }

    @Test func theDefaultThemeStaysWithinItsBudget() {
        let theme = Theme(files: DefaultTheme.fileContents, origin: "the default theme")
        let weight = theme.assets.filter { $0.key.hasSuffix(".css") || $0.key.hasSuffix(".js") }.map(\.value.count).reduce(0, +)
        #expect(weight + 2048 < 50 * 1024, "CSS and JavaScript weigh \(weight) bytes, with room for the texts' script")
    }
}
