import Foundation
import Testing

@testable import DossierKit

/// The record of a build is read back as untrusted text: what Dossier writes reads back the same,
/// and anything that could reach outside the output folder makes the whole record unreadable.
@Suite struct StateRecordTests {
    @Test func onlyPathsThatStayInsideAreSafe() {
        for path in [
            "index.html", "articles/a/index.html", "assets/a.b.css", "tags/c-plus-plus/index.html", "places/Ստեփանակերտ/x",
        ] {
            #expect(OutputPath.isSafe(path), "\(path)")
        }
        let unsafe = [
            "", "/etc/passwd", "../x", "a/../../x", "a/..", "./a", "a//b", "a/", "a/./b", "a\nb", "a\tb", "a\u{7F}",
            "a\u{85}b", "a\u{9B}b", String(repeating: "a", count: OutputPath.maximumLength + 1),
        ]
        for path in unsafe { #expect(!OutputPath.isSafe(path), "\(path.debugDescription)") }
        #expect(OutputPath.isSafe("...") && OutputPath.isSafe("a/.well"), "only '.' and '..' are special")
    }

    @Test func identitiesReadBackAsWritten() throws {
        let identity = FileIdentity(
            device: 65024, inode: 123, size: 4096, changeSeconds: 1_796_160_902, changeNanoseconds: 89_935_630)
        #expect(FileIdentity(text: Substring(identity.text)) == identity)
        for text in [
            "", "1:2:3:4", "1:2:3:4.", "1:2:3.4.5", "1:2:3:4.1000000000", "a:2:3:4.5", "1:2:-3:4.5", "1:2:3:4.5:6",
            "99999999999999999999999:2:3:4.5",
        ] {
            #expect(FileIdentity(text: Substring(text)) == nil, "\(text)")
        }
    }

    @Test func aRecordReadsBackAsWrittenAndAnyUnsafeLineVoidsIt() throws {
        var manifest = OutputManifest()
        manifest.output = .init(path: "/srv/site with space", site: FolderIdentity(device: 1, inode: 2), replaced: nil)
        manifest.inputs = "0123456789abcdef"
        manifest.diagnostics = [.warning("a\nb", at: SourceLocation(path: "content/x\t.md", line: 3, column: 4))]
        let identity = FileIdentity(device: 1, inode: 9, size: 5, changeSeconds: 7, changeNanoseconds: 8)
        manifest.files = ["index.html": .init(hash: ContentHash.of(Data("hello".utf8)), identity: identity)]
        manifest.fingerprints = ["index.html": ContentHash.of(Data("inputs".utf8))]
        let read = try #require(OutputManifest.parse(manifest.data))
        #expect(read.output == manifest.output)
        #expect(read.inputs == manifest.inputs)
        #expect(read.files == manifest.files)
        #expect(read.fingerprints == manifest.fingerprints)
        #expect(read.diagnostics.count == 1)
        #expect(OutputManifest.parse(manifest.data, headerOnly: true)?.files.isEmpty == true)

        let text = String(decoding: manifest.data, as: UTF8.self)
        for forged in [
            "0123456789abcdef 1:9:5:7.8 ../outside.txt\n", "0123456789abcdef 1:9:5:7.8 /etc/passwd\n",
            "0123456789abcdef page a/../../b\n", "0123456789abcdef 1:9:5:7.8 index.html\n", "unknown line\n",
            "output 1:2,- relative/path\n",
        ] {
            #expect(OutputManifest.parse(Data((text + forged).utf8)) == nil, "\(forged)")
        }
        #expect(OutputManifest.parse(Data(text.dropLast().utf8)) == nil, "a record cut short is not read")
    }
}
