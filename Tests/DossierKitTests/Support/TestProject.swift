import Foundation

@testable import DossierKit

#if canImport(Glibc)
    import Glibc
#endif

/// A small dossier written from inline `[path: contents]` into a fresh temporary folder.
struct TestProject {
    let root: URL

    /// Writes `files` (paths relative to the dossier folder) into a new temporary folder.
    init(_ files: [String: String]) throws {
        root = Self.runFolder.appendingPathComponent(UUID().uuidString, isDirectory: true)
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        for (path, contents) in files { try write(path, contents) }
    }

    /// This test run's folder (`dossier-tests/<pid>` in the temporary folder). Projects are not
    /// removed one by one (on ext4, files made right after others were deleted are slow to make);
    /// instead, the first project of a run removes the folders of earlier runs whose process is gone.
    private static let runFolder: URL = {
        let parent = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-tests", isDirectory: true)
        for name in (try? FileManager.default.contentsOfDirectory(atPath: parent.path)) ?? [] {
            guard let pid = Int32(name), pid != getpid(), kill(pid, 0) != 0 else { continue }
            try? FileManager.default.removeItem(at: parent.appendingPathComponent(name))
        }
        return parent.appendingPathComponent("\(getpid())", isDirectory: true)
    }()

    /// The output folder of a default build.
    var output: URL { root.appendingPathComponent("public") }

    /// Writes (or replaces) one file.
    func write(_ path: String, _ contents: String) throws {
        try write(path, Data(contents.utf8))
    }

    /// Writes (or replaces) one file from bytes.
    func write(_ path: String, _ data: Data) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    }

    /// Deletes one file.
    func remove(_ path: String) throws {
        try FileManager.default.removeItem(at: root.appendingPathComponent(path))
    }

    /// Builds the dossier into `public/`.
    @discardableResult
    func build(drafts: Bool = false, strict: Bool = false, force: Bool = false) throws -> BuildReport {
        try SiteBuilder(options: BuildOptions(projectRoot: root, includeDrafts: drafts, strict: strict, force: force)).build()
    }

    /// Builds and returns the diagnostics of a failed build (an empty list if it succeeded).
    func failingBuild(strict: Bool = false) -> [Diagnostic] {
        do {
            try build(strict: strict)
            return []
        } catch let error as DossierError {
            return error.diagnostics
        } catch {
            return [.error("\(error)", at: nil)]
        }
    }

    /// The text of an output file, or `nil` when it does not exist.
    func page(_ path: String) -> String? {
        guard let data = FileManager.default.contents(atPath: output.appendingPathComponent(path).path) else { return nil }
        return String(decoding: data, as: UTF8.self)
    }

    /// Whether an output file exists.
    func exists(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: output.appendingPathComponent(path).path)
    }

    /// Whether Dossier keeps a record of the last build into `public/` in the dossier's state folder.
    var hasState: Bool { stateManifest != nil }

    /// The text of Dossier's record of the last build into `public/`, if there is one.
    var stateManifest: String? {
        guard let real = realpath(output.path, nil) else { return nil }
        defer { free(real) }
        guard let state = try? StateFolder(root: root).site(String(cString: real)),
            let data = FileManager.default.contents(atPath: state.manifestPath)
        else { return nil }
        return String(decoding: data, as: UTF8.self)
    }

    /// Every file of the output folder, by relative path, with its bytes.
    func outputFiles() -> [String: Data] {
        (try? Self.files(in: output)) ?? [:]
    }

    /// Every file below `folder`, by relative path, with its bytes.
    static func files(in folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let base = folder.standardizedFileURL.path
        for url in (FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)?.allObjects as? [URL]) ?? [] {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue else {
                continue
            }
            files[String(url.standardizedFileURL.path.dropFirst(base.count + 1))] = FileManager.default.contents(atPath: url.path)
        }
        return files
    }
}

/// Front matter helpers for inline test files.
enum Fixture {
    static func article(_ title: String, date: String = "2016-04-11", extra: String = "", body: String = "Body text.") -> String {
        "---\ntitle: \(title)\ndate: \(date)\n\(extra)\n---\n\(body)\n"
    }

    static func entity(_ name: String, type: String = "person", extra: String = "", body: String = "Profile.") -> String {
        "---\nname: \(name)\ntype: \(type)\n\(extra)\n---\n\(body)\n"
    }

    static func place(_ name: String, type: String = "city", extra: String = "", body: String = "Profile.") -> String {
        "---\nname: \(name)\ntype: \(type)\n\(extra)\n---\n\(body)\n"
    }

    static let site = "title: Test Dossier\nlanguage: en\n"
}
