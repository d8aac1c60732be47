import DossierServe
import Testing

@Suite struct RequestPathTests {
    @Test func decodesEachSegmentExactlyOnce() throws {
        let path = try RequestPath(raw: "/entities/%D0%9B%D0%B0%D0%B2%D1%80%D0%BE%D0%B2/caf%C3%A9%20noir")
        #expect(path.segments == ["entities", "Лавров", "café noir"])
        #expect(!path.isFolder)
        #expect(try RequestPath(raw: "/%252e%252e/x").segments == ["%2e%2e", "x"], "a decoded % stays literal")
    }

    @Test func rootAndFoldersEndWithASlash() throws {
        let root = try RequestPath(raw: "/")
        #expect(root.segments.isEmpty)
        #expect(root.isFolder)
        let folder = try RequestPath(raw: "/entities/john-kerry/")
        #expect(folder.segments == ["entities", "john-kerry"])
        #expect(folder.isFolder)
        #expect(folder.relativePath == "entities/john-kerry")
    }

    @Test(arguments: [
        ("/..", RequestPath.Rejection.dotSegment),
        ("/../etc/passwd", .dotSegment),
        ("/a/../../etc/passwd", .dotSegment),
        ("/./index.html", .dotSegment),
        ("/%2e%2e/%2e%2e/etc/passwd", .dotSegment),
        ("/%2E%2E/etc/passwd", .dotSegment),
        ("/.%2e/etc/passwd", .dotSegment),
        ("/%2e./etc/passwd", .dotSegment),
        ("/%2e/index.html", .dotSegment),
        ("/..%2fetc%2fpasswd", .encodedSlash),
        ("/%2e%2e%2f%2e%2e%2fetc%2fpasswd", .encodedSlash),
        ("/a%2Fb", .encodedSlash),
        ("/..\\..\\etc\\passwd", .backslash),
        ("/%5c..%5cetc%5cpasswd", .backslash),
        ("/%5C", .backslash),
        ("/index.html%00.css", .controlCharacter),
        ("/%00", .controlCharacter),
        ("/a%0Ab", .controlCharacter),
        ("/%c0%ae%c0%ae/etc/passwd", .invalidUTF8),
        ("/%", .malformedEscape),
        ("/%2", .malformedEscape),
        ("/%zz", .malformedEscape),
        ("//etc/passwd", .emptySegment),
        ("/a//b", .emptySegment),
        ("", .notAbsolute),
        ("etc/passwd", .notAbsolute),
        ("http://example.org/", .notAbsolute),
    ])
    func rejectsEveryTraversalSpelling(raw: String, expected: RequestPath.Rejection) {
        #expect(throws: expected) { try RequestPath(raw: raw) }
    }

    @Test func folderURLPathIsPercentEncodedAndNeverProtocolRelative() throws {
        #expect(try RequestPath(raw: "/entities/caf%C3%A9").folderURLPath == "/entities/caf%C3%A9/")
        #expect(try RequestPath(raw: "/a%20b%3Fc").folderURLPath == "/a%20b%3Fc/")
        #expect(try RequestPath(raw: "/evil.example").folderURLPath == "/evil.example/")
    }
}
