import DossierKit
import DossierServe
import Foundation
import Testing

/// Only files under the output folder are ever served, whatever the request path says.
@Suite struct PathSafetyTests {
    static let secret = "TOP-SECRET-\(UUID().uuidString)"

    static let attacks = [
        "/../secret.txt", "/../../../../../../etc/passwd", "/%2e%2e/secret.txt", "/%2e%2e/%2e%2e/etc/passwd",
        "/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "/%2E%2E/secret.txt", "/.%2e/secret.txt", "/%2e./secret.txt",
        "/..%2fsecret.txt", "/%2e%2e%2fsecret.txt", "/%2e%2e%2f%2e%2e%2fetc%2fpasswd", "/assets/../../secret.txt",
        "/assets/%2e%2e/%2e%2e/secret.txt", "/assets/..%2f..%2fsecret.txt", "/..\\secret.txt", "/..%5csecret.txt",
        "/%5c..%5csecret.txt", "/assets\\..\\..\\secret.txt", "/secret.txt%00", "/%00/../secret.txt",
        "/index.html%00/../../secret.txt", "/%c0%ae%c0%ae/secret.txt", "/%252e%252e/secret.txt", "//etc/passwd",
        "/./../secret.txt", "/leak.txt", "/up/secret.txt", "/up/", "/etc-link/passwd", "/.dossier-output",
        "/%2e%64ossier-output", "http://127.0.0.1/../secret.txt", "*",
    ]

    @Test func everyTraversalVariantGets400Or404AndNeverTheFile() async throws {
        let dossier = try TestDossier()
        try dossier.write("secret.txt", Self.secret)
        try await RunningPreview.run(dossier) { preview in
            let output = preview.dossier.output.path
            try FileManager.default.createSymbolicLink(atPath: output + "/leak.txt", withDestinationPath: "../secret.txt")
            try FileManager.default.createSymbolicLink(atPath: output + "/up", withDestinationPath: "..")
            try FileManager.default.createSymbolicLink(atPath: output + "/etc-link", withDestinationPath: "/etc")
            for target in Self.attacks {
                let response = try await preview.get(target)
                #expect([400, 404].contains(response.status), "\(target) → \(response.status)")
                #expect(!response.text.contains(Self.secret), "\(target) leaked the secret")
                #expect(!response.text.contains("root:"), "\(target) leaked /etc/passwd")
            }
            #expect(try await preview.get("/%2e%2e/secret.txt").status == 400)
            #expect(try await preview.get("/leak.txt").status == 404)
        }
    }
}

/// `--output` pointing at a folder of someone's files: the build refuses it, and the server must not publish it.
@Suite struct ForeignOutputFolderTests {
    @Test func aFolderDossierDidNotWriteIsNeverServed() async throws {
        let dossier = try TestDossier()
        defer { dossier.remove() }
        let documents = dossier.root.appendingPathComponent("documents")
        try dossier.write("documents/private.txt", PathSafetyTests.secret)
        try dossier.write("documents/index.html", "<p>\(PathSafetyTests.secret)</p>")
        // The preview does not start: nothing could ever be served from that folder.
        let error = await #expect(throws: OutputRefusal.self) { _ = try await RunningPreview.start(dossier, output: documents) }
        #expect(error?.message.contains("holds files that Dossier did not write") == true, "\(String(describing: error))")
        #expect(FileManager.default.contents(atPath: documents.path + "/private.txt") == Data(PathSafetyTests.secret.utf8))
    }
}

/// On loopback, the preview answers only to local host names (no DNS rebinding).
@Suite struct HostCheckTests {
    @Test func otherHostNamesAreRefusedOnLoopback() async throws {
        try await RunningPreview.run(try TestDossier()) { preview in
            for host in ["127.0.0.1:\(preview.port)", "localhost:\(preview.port)", "[::1]:\(preview.port)", "127.0.0.1"] {
                let response = try await preview.get("/", headers: ["Host": host])
                #expect(response.status == 200, "\(host)")
            }
            for host in ["evil.example", "evil.example:\(preview.port)", "10.0.0.1:\(preview.port)", "127.0.0.1.evil.example"] {
                let response = try await preview.get("/", headers: ["Host": host])
                #expect(response.status == 403, "\(host)")
            }
        }
    }
}
