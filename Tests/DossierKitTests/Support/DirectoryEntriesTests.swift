import Foundation
import Testing

@testable import DossierKit

@Suite struct DirectoryEntriesTests {
    /// Entries of every name length, up to the longest a file name can be, are listed whole.
    @Test func listsEveryNameWhole() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-entries-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var names = Set((1...255).map { String(repeating: "n", count: $0) })
        names.insert("Ստեփանակերտ.md")
        for name in names { try Data().write(to: folder.appendingPathComponent(name)) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("sub"), withIntermediateDirectories: true)
        let entries = try #require(DirectoryEntries.of(folder.path))
        #expect(Set(entries.map(\.name)) == names.union(["sub"]))
        #expect(entries.first { $0.name == "sub" }?.type == Int32(DT_DIR))
        #expect(DirectoryEntries.of(folder.appendingPathComponent("missing").path) == nil)
    }
}
