import Foundation
import Testing

@testable import DossierKit

/// A file name or a value from a hostile contribution must not forge or hide lines of the terminal
/// or CI log the build prints to: every control and bidi character is printed escaped.
@Suite struct TerminalTextTests {
    /// Whether `text` holds a character that a terminal would act on rather than show.
    private func hasRawControl(_ text: String) -> Bool {
        text.unicodeScalars.contains(where: TerminalText.needsEscaping)
    }

    @Test func escapesControlAndBidiCharactersVisibly() {
        #expect(TerminalText.escaped("a\n::error::b") == "a\\n::error::b")
        #expect(TerminalText.escaped("\u{1B}[2Kx\r\t") == "\\u{1B}[2Kx\\r\\t")
        #expect(TerminalText.escaped("\u{9B}31m \u{7F}") == "\\u{9B}31m \\u{7F}")
        #expect(TerminalText.escaped("abc\u{202E}fed\u{2066}x\u{2069}") == "abc\\u{202E}fed\\u{2066}x\\u{2069}")
        #expect(TerminalText.escaped("line\u{2028}break") == "line\\u{2028}break")
        let escaped = TerminalText.escaped("\u{1B}]0;title\u{07}")
        #expect(TerminalText.escaped(escaped) == escaped)
    }

    @Test func keepsTextInEveryScript() {
        for text in ["Ստեփանակերտ", "Сергей Лавров", "İlham Əliyev", "Khankendi – Stepanakert", "العربية"] {
            #expect(TerminalText.escaped(text) == text)
        }
    }

    @Test func hostileFileNamesAndValuesArePrintedEscaped() throws {
        let forged = "a\u{1B}[31mred\n::error file=x::forged"
        let project = try TestProject([
            "site.yml": Fixture.site,
            "content/articles/\(forged).md": Fixture.article(
                "T", extra: "entities: [\"Nobody\\n::error::forged\\u001b[2K\\u202Ehidden\"]\nplaces: [\"\\u009b2J\"]"),
        ])
        let report = try project.build()
        #expect(report.diagnostics.count == 2)
        for diagnostic in report.diagnostics {
            for line in [diagnostic.description, diagnostic.formatted(coloured: false)] {
                #expect(!hasRawControl(line), "\(line.debugDescription)")
            }
            // Coloured, the only escape codes are Dossier's own colours.
            let coloured = diagnostic.formatted(coloured: true)
            let withoutColours = ["\u{1B}[1;31m", "\u{1B}[1;33m", "\u{1B}[1m", "\u{1B}[0m"].reduce(coloured) {
                $0.replacingOccurrences(of: $1, with: "")
            }
            #expect(!hasRawControl(withoutColours), "\(coloured.debugDescription)")
        }
        let printed = report.diagnostics.map(\.description).joined(separator: "\n")
        #expect(
            printed.contains(
                "a\\u{1B}[31mred\\n::error file=x::forged.md:4:12: warning: unknown entity 'Nobody\\n::error::forged\\u{1B}[2K\\u{202E}hidden'"
            ))
        #expect(printed.split(separator: "\n").count == 2)
        #expect(DossierError(diagnostics: report.diagnostics).description.split(separator: "\n").count == 2)
        #expect(!hasRawControl(report.summary))
    }

    @Test func aFileNameCannotAddLinesToTheRecordOfTheBuild() throws {
        // The record of the build lists the files it wrote, one a line: a warning about a file whose
        // name holds a line break must not add a file entry (a forged entry for a file the build did
        // not write), nor make the record unreadable.
        let injected = "0123456789abcdef 1:2:3:4.5 index.html"
        let project = try TestProject([
            "site.yml": Fixture.site,
            "content/articles/x\n\(injected).md": Fixture.article("T", extra: "entities: [Nobody]"),
        ])
        let report = try project.build()
        #expect(report.diagnostics.count == 1)
        let marker = try #require(project.stateManifest)
        #expect(!marker.split(separator: "\n").contains { $0.hasPrefix("0123456789abcdef ") })
        #expect(OutputManifest.parse(Data(marker.utf8)) != nil, "the record is still readable")
        // The warning is shown again, the same, when nothing changed.
        #expect(try project.build().diagnostics.map(\.description) == report.diagnostics.map(\.description))
    }
}
