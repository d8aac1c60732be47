import Foundation
import Testing

@testable import DossierKit

/// Output folders on volumes of their own (`docker run -v …:/site`), read-only or not writable:
/// the site is updated in place where it cannot be swapped, and every failure names the path and
/// says what to do. Mounting needs root (as CI runs); elsewhere these tests are skipped.
@Suite(.serialized, .enabled(if: geteuid() == 0, "mounting a file system needs root"))
struct OutputVolumeTests {
    /// Runs `mount` or `umount` with `arguments`; whether it succeeded.
    @discardableResult
    static func run(_ tool: String, _ arguments: [String]) throws -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/\(tool)")
        process.arguments = arguments
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus == 0
    }

    @Test func aMountPointIsUpdatedInPlace() throws {
        let project = try TestProject(HostileStateTests.files)
        try FileManager.default.createDirectory(at: project.output, withIntermediateDirectories: true)
        try #require(try Self.run("mount", ["-t", "tmpfs", "-o", "size=20m", "tmpfs", project.output.path]))
        defer { _ = try? Self.run("umount", [project.output.path]) }
        let mounted = try #require(FolderIdentity.of(project.output.path))
        try project.build()
        #expect(project.page("articles/talks/index.html")?.contains("Talks in Vienna") == true)
        try project.write("content/articles/talks.md", Fixture.article("Talks in Geneva"))
        try project.remove("content/articles/truce.md")
        try project.build()
        #expect(FolderIdentity.of(project.output.path) == mounted, "the mounted folder is still the output")
        #expect(project.page("articles/talks/index.html")?.contains("Talks in Geneva") == true)
        #expect(!project.exists("articles/truce/index.html"), "a removed article's page is gone")
        #expect(
            project.outputFiles()
                == (try HostileStateTests.cleanSite(
                    HostileStateTests.files.filter { !$0.key.contains("truce") }.merging([
                        "content/articles/talks.md": Fixture.article("Talks in Geneva")
                    ]) { $1 })))
    }

    @Test func aReadOnlyVolumeIsNamedWithWhatToDo() throws {
        let project = try TestProject(HostileStateTests.files)
        let volume = project.root.appendingPathComponent("volume")
        try FileManager.default.createDirectory(at: volume, withIntermediateDirectories: true)
        try #require(try Self.run("mount", ["-t", "tmpfs", "-o", "size=1m,ro", "tmpfs", volume.path]))
        defer { _ = try? Self.run("umount", [volume.path]) }
        for output in [volume, volume.appendingPathComponent("site")] {
            let options = BuildOptions(projectRoot: project.root, outputDirectory: output)
            let error = #expect(throws: DossierError.self) { try SiteBuilder(options: options).build() }
            let message = error?.description ?? ""
            #expect(message.contains(volume.path), "the message names the path: \(message)")
            #expect(message.contains("read-only"), "and says why: \(message)")
            #expect(message.contains("--output"), "and what to do: \(message)")
        }
    }
}
