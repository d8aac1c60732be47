import DossierKit
import Foundation
import Testing

@testable import DossierServe

@Suite struct LiveReloadInjectorTests {
    @Test func insertsBeforeTheLastClosingBodyTagInAnyCase() {
        let html = Data("<html><body><p>a</p><!-- </body> in a comment --></BODY></html>".utf8)
        let result = String(decoding: LiveReloadInjector.inject("<script>x</script>", into: html), as: UTF8.self)
        #expect(result == "<html><body><p>a</p><!-- </body> in a comment --><script>x</script>\n</BODY></html>")
    }

    @Test func appendsWhenThereIsNoBody() {
        let result = LiveReloadInjector.inject("<script>x</script>", into: Data("<p>fragment</p>".utf8))
        #expect(String(decoding: result, as: UTF8.self) == "<p>fragment</p><script>x</script>\n")
    }

    @Test func scriptNamesTheBuildAndTheSocket() {
        let script = LiveReloadInjector.script(build: "abc-3")
        #expect(script.contains(LiveReloadInjector.marker))
        #expect(script.contains("const build = \"abc-3\";"))
        #expect(script.contains(LiveReloadInjector.socketPath))
    }

    @Test func everyBuildAttemptChangesTheToken() {
        var status = BuildStatus(session: "s")
        let first = status.token
        status.failed([.error("bad", at: nil)])
        let failed = status.token
        status.succeeded()
        #expect(Set([first, failed, status.token]).count == 3)
        #expect(status.failure == nil)
    }
}

@Suite struct ErrorOverlayTests {
    @Test func showsFileLineColumnAndMessage() {
        let diagnostic = Diagnostic.error(
            "the date 'April 31' is not a date", at: SourceLocation(path: "content/articles/kerry.md", line: 3, column: 7))
        let html = ErrorOverlay.html(for: [diagnostic])
        #expect(html.contains("id=\"\(ErrorOverlay.elementID)\""))
        #expect(html.contains("<span class=\"file\">content/articles/kerry.md</span>"))
        #expect(html.contains("line <span class=\"line\">3</span>, column <span class=\"column\">7</span>"))
        #expect(html.contains("the date &#39;April 31&#39; is not a date"))
        #expect(html.contains("1 error"))
    }

    @Test func escapesEveryString() {
        let diagnostic = Diagnostic.error(
            "unexpected <script>alert(\"x\")</script> & more",
            at: SourceLocation(path: "content/<img src=x onerror=alert(1)>.md", line: 1, column: 1))
        let html = ErrorOverlay.html(for: [diagnostic])
        #expect(!html.contains("<script>alert"))
        #expect(!html.contains("<img"))
        #expect(html.contains("unexpected &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; more"))
        #expect(html.contains("content/&lt;img src=x onerror=alert(1)&gt;.md"))
    }

    @Test func controlAndBidiCharactersAreShownEscaped() {
        let diagnostic = Diagnostic.error(
            "unknown entity 'a\u{202E}gpj.exe'", at: SourceLocation(path: "content/articles/x\u{202E}dm.txt\u{1B}[2K.md"))
        let html = ErrorOverlay.html(for: [diagnostic])
        #expect(!html.unicodeScalars.contains { $0.value == 0x202E || $0.value == 0x1B })
        #expect(html.contains("x\\u{202E}dm.txt\\u{1B}[2K.md"))
        #expect(html.contains("a\\u{202E}gpj.exe"))
    }

    @Test func leavesOutUnknownLineAndColumn() {
        let html = ErrorOverlay.html(for: [.error("no site.yml", at: SourceLocation(path: "site.yml"))])
        #expect(html.contains("<span class=\"file\">site.yml</span>: "))
        #expect(!html.contains("line <span"))
    }
}

@Suite struct ConditionalRequestTests {
    @Test func entityTagsWinOverDates() {
        let date = Date(timeIntervalSince1970: 1_700_000_000)
        let stamp = HTTPDate.string(from: date)
        #expect(
            ConditionalRequest(ifNoneMatch: "\"a\", W/\"b\"", ifModifiedSince: nil).isNotModified(
                eTag: "\"b\"", lastModified: nil))
        #expect(
            !ConditionalRequest(ifNoneMatch: "\"a\"", ifModifiedSince: stamp).isNotModified(eTag: "\"b\"", lastModified: date))
        #expect(ConditionalRequest(ifNoneMatch: nil, ifModifiedSince: stamp).isNotModified(eTag: "\"b\"", lastModified: date))
        #expect(
            !ConditionalRequest(ifNoneMatch: nil, ifModifiedSince: stamp).isNotModified(
                eTag: "\"b\"", lastModified: date + 1))
        #expect(
            !ConditionalRequest(ifNoneMatch: nil, ifModifiedSince: "yesterday").isNotModified(eTag: "\"b\"", lastModified: date))
    }

    @Test func httpDatesRoundTrip() {
        let date = Date(timeIntervalSince1970: 784_111_777)
        #expect(HTTPDate.string(from: date) == "Sun, 06 Nov 1994 08:49:37 GMT")
        #expect(HTTPDate.date(from: "Sun, 06 Nov 1994 08:49:37 GMT") == date)
    }
}
