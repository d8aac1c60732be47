import DossierKit
import Foundation

/// A small dossier in a fresh temporary folder, written from inline `[path: contents]`.
struct TestDossier {
    let root: URL

    /// Writes `files` (paths relative to the dossier folder) into a new temporary folder.
    init(_ files: [String: String] = TestDossier.standard) throws {
        root = FileManager.default.temporaryDirectory
            .appendingPathComponent("dossier-serve-test-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        for (path, contents) in files { try write(path, contents) }
    }

    /// The output folder of the default build.
    var output: URL { root.appendingPathComponent("public") }

    /// Build options for this dossier.
    var buildOptions: BuildOptions { BuildOptions(projectRoot: root) }

    /// Writes (or replaces) one file, creating its folders.
    func write(_ path: String, _ contents: String) throws {
        try write(path, Data(contents.utf8))
    }

    /// Writes (or replaces) one file from bytes, creating its folders.
    func write(_ path: String, _ data: Data) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    }

    /// Copies the repository's default theme (`templates/`) into the dossier, so assets can be added.
    func copyDefaultTheme() throws {
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        try FileManager.default.copyItem(
            at: repository.appendingPathComponent("templates"), to: root.appendingPathComponent("templates"))
    }

    /// Removes the folder.
    func remove() {
        try? FileManager.default.removeItem(at: root)
    }

    static func article(_ title: String, body: String) -> String {
        "---\ntitle: \(title)\ndate: 2016-04-11\nentities: [John Kerry]\n---\n\(body)\n"
    }

    static let standard: [String: String] = [
        "site.yml": "title: Test Dossier\nlanguage: en\n",
        "content/articles/kerry.md": article("Kerry Calls for Restraint", body: "The first version of the text."),
        "content/entities/john-kerry.md": "---\nname: John Kerry\ntype: person\n---\nUS Secretary of State.\n",
    ]
}
