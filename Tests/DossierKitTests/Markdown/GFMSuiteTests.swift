import Testing

@testable import DossierKit

/// Tables and footnotes follow GFM: each of the 25 examples of the GFM spec and of cmark-gfm's tests
/// (`GFMExample`) renders as cmark-gfm renders it, once Dossier's own rules are taken out: footnote
/// ids are made from labels (`fn-note`, `fnref-note`, after the renderer's prefix) where cmark-gfm
/// numbers them (`fn1`, `fnref1`), and smart punctuation is on in the second test. The examples are
/// rendered with raw HTML allowed, as cmark-gfm's HTML was (`RawHTMLTests` drops it).
@Suite struct GFMSuiteTests {
    @Test(arguments: GFMExample.all) func rendersAsCmarkGFMDoes(_ example: GFMExample) {
        let html = MarkdownRenderer(options: [.allowRawHTML]).render(example.markdown).html
        #expect(Self.normalized(html, prefix: "") == Self.normalized(example.html, prefix: nil), "\(example)")
    }

    @Test(arguments: GFMExample.all) func rendersAsCmarkGFMDoesWithSmartPunctuationAndAnIDPrefix(_ example: GFMExample) {
        let renderer = MarkdownRenderer(options: [.smartPunctuation, .allowRawHTML], footnoteIDPrefix: "body-2-")
        let html = Self.straightened(renderer.render(example.markdown).html)
        #expect(Self.normalized(html, prefix: "body-2-") == Self.normalized(example.html, prefix: nil), "\(example)")
    }

    /// The examples hold all that the test compares.
    @Test func theExamplesAreAllThere() {
        #expect(GFMExample.all.count == 25)
        #expect(GFMExample.all.filter { $0.html.contains("<table>") }.count == 22)
        #expect(GFMExample.all.filter { $0.html.contains("class=\"footnotes\"") }.count == 1)
    }

    /// `html` with white space between tags taken out and, for Dossier's HTML (`prefix` not `nil`),
    /// alignment written as cmark-gfm's `align` and the footnote ids made cmark-gfm's: the n-th note's `prefix` + `fn-label` is `fnN`, and its
    /// references' `prefix` + `fnref-label` are `fnrefN`.
    static func normalized(_ html: String, prefix: String?) -> String {
        var html = html
        if let prefix {
            // Dossier writes alignment as a style (HTML5), cmark-gfm as the obsolete attribute.
            for side in ["left", "center", "right"] {
                html = html.replacingOccurrences(of: "style=\"text-align: \(side)\"", with: "align=\"\(side)\"")
            }
            var labels: [String] = []
            var rest = html[...]
            let opening = "<li id=\"\(prefix)fn-"
            while let start = rest.range(of: opening), let end = rest[start.upperBound...].firstIndex(of: "\"") {
                labels.append(String(rest[start.upperBound..<end]))
                rest = rest[end...]
            }
            for (index, label) in labels.enumerated() {
                for (ours, theirs) in [("fn-", "fn"), ("fnref-", "fnref")] {
                    html = html.replacingOccurrences(of: "\"#\(prefix)\(ours)\(label)\"", with: "\"#\(theirs)\(index + 1)\"")
                    html = html.replacingOccurrences(of: "id=\"\(prefix)\(ours)\(label)\"", with: "id=\"\(theirs)\(index + 1)\"")
                }
            }
        }
        var output = ""
        var pendingSpace = ""
        var afterTag = false
        for character in html {
            if afterTag, character.isWhitespace {
                pendingSpace.append(character)
                continue
            }
            if character != "<" { output += pendingSpace }
            pendingSpace = ""
            output.append(character)
            afterTag = character == ">"
        }
        return output
    }

    /// `html` with smart punctuation made ASCII again (the examples have none of these characters).
    static func straightened(_ html: String) -> String {
        var html = html
        for (smart, plain) in [("‘", "'"), ("’", "'"), ("“", "\""), ("”", "\""), ("—", "---"), ("–", "--"), ("…", "...")] {
            html = html.replacingOccurrences(of: smart, with: plain)
        }
        return html
    }
}
