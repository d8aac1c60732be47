import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Writes the site into a temporary folder beside the output folder, then swaps it in, so a failed
/// or interrupted build leaves the previous site as it was, and removed pages disappear.
public struct SiteWriter: Sendable {
    /// The folder the site is written to.
    public let output: URL

    /// The file that marks a folder as written by Dossier; only such a folder is ever replaced.
    public static let markerName = ".dossier-output"
    static let markerText = "This folder is written by Dossier and replaced on every build. Do not keep other files here.\n"

    /// Creates a writer for `output`.
    public init(output: URL) {
        self.output = output.standardizedFileURL
    }

    /// Refuses output folders that must never be replaced: the dossier itself, its content or
    /// templates, `/`, the home folder, or a folder with files that Dossier did not write.
    public func checkDestination(projectRoot: URL) -> Diagnostic? {
        let out = output.resolvingSymlinksInPath().path
        let root = projectRoot.standardizedFileURL.resolvingSymlinksInPath().path
        let home = FileManager.default.homeDirectoryForCurrentUser.resolvingSymlinksInPath().path
        let protected = [root, root + "/content", root + "/templates", "/", home]
        if protected.contains(out) || root.hasPrefix(out + "/") || out.hasPrefix(root + "/content/")
            || out.hasPrefix(root + "/templates/")
        {
            return .error(
                "refusing to write the site to \(output.path): it would replace the dossier's own files; choose another folder with --output (the default is public/)",
                at: nil)
        }
        let fileManager = FileManager.default
        var isDirectory: ObjCBool = false
        guard fileManager.fileExists(atPath: output.path, isDirectory: &isDirectory) else { return nil }
        guard isDirectory.boolValue else {
            return .error("the output path \(output.path) is a file, not a folder; choose another path with --output", at: nil)
        }
        let entries = (try? fileManager.contentsOfDirectory(atPath: output.path)) ?? []
        if !entries.isEmpty, !entries.contains(Self.markerName) {
            return .error(
                "refusing to replace \(output.path): it holds files that Dossier did not write; empty it, or choose another folder with --output",
                at: nil)
        }
        return nil
    }

    /// Writes `files` as the whole new site and swaps it in place of the old one.
    public func write(_ files: [OutputFile]) throws {
        let fileManager = FileManager.default
        let parent = output.deletingLastPathComponent()
        try fileManager.createDirectory(at: parent, withIntermediateDirectories: true)
        let staging = parent.appendingPathComponent(".\(output.lastPathComponent).dossier-new-\(getpid())")
        try? fileManager.removeItem(at: staging)
        try fileManager.createDirectory(at: staging, withIntermediateDirectories: true)
        do {
            let folders = Set(files.map { ($0.path as NSString).deletingLastPathComponent }).filter { !$0.isEmpty }
            for folder in folders.sorted() {
                try fileManager.createDirectory(at: staging.appendingPathComponent(folder), withIntermediateDirectories: true)
            }
            let failures = files.parallelMap { file -> String? in
                do {
                    try file.data.write(to: staging.appendingPathComponent(file.path))
                    return nil
                } catch {
                    return "\(file.path): \(error.localizedDescription)"
                }
            }.compactMap { $0 }
            if let failure = failures.first { throw DossierError("could not write \(failure)") }
            try Data(Self.markerText.utf8).write(to: staging.appendingPathComponent(Self.markerName))
            try swap(staging, into: output)
        } catch {
            try? fileManager.removeItem(at: staging)
            throw error
        }
    }

    /// Puts `staging` where `output` is: one atomic exchange where the system offers it.
    private func swap(_ staging: URL, into output: URL) throws {
        let fileManager = FileManager.default
        guard fileManager.fileExists(atPath: output.path) else {
            try fileManager.moveItem(at: staging, to: output)
            return
        }
        if Self.exchange(staging.path, output.path) {
            try fileManager.removeItem(at: staging)
            return
        }
        let old = output.deletingLastPathComponent().appendingPathComponent(
            ".\(output.lastPathComponent).dossier-old-\(getpid())")
        try? fileManager.removeItem(at: old)
        try fileManager.moveItem(at: output, to: old)
        try fileManager.moveItem(at: staging, to: output)
        try? fileManager.removeItem(at: old)
    }

    /// Atomically exchanges two paths with Linux's `renameat2(RENAME_EXCHANGE)`, when available.
    private static func exchange(_ a: String, _ b: String) -> Bool {
        #if os(Linux)
            typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
            guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "renameat2") else { return false }
            let renameat2 = unsafeBitCast(symbol, to: RenameAt2.self)
            let exchangeFlag: UInt32 = 2
            return renameat2(AT_FDCWD, a, AT_FDCWD, b, exchangeFlag) == 0
        #else
            return false
        #endif
    }
}
