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

    /// Creates a writer for `output`.
    public init(output: URL) {
        self.output = output.standardizedFileURL
    }

    /// Refuses output folders that must never be replaced: the dossier itself, its content or
    /// templates, `/`, the home folder, or a folder with files that Dossier did not write.
    public func checkDestination(projectRoot: URL) -> Diagnostic? {
        defer { removeAbandonedFolders(in: output.deletingLastPathComponent()) }
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

    /// What a write did.
    public struct WriteResult: Sendable {
        /// Files whose bytes changed (or are new), written.
        public var written = 0
        /// Files with the same bytes as in the previous site, linked from it (their modification
        /// time stays, so deploy tools see them unchanged).
        public var unchanged = 0
        /// Of the unchanged files, those not even made again: their inputs' fingerprint was the same.
        public var skipped = 0
    }

    /// Writes the whole new site and swaps it in place of the old one: file `i` is `paths[i]` with the
    /// bytes `contents(i)`, produced and written in parallel so that no more than a few pages are in
    /// memory at once. `inputs` (a stamp of what the site was built from) is kept for the next build.
    ///
    /// A file with a fingerprint (`fingerprints[i]`, a hash of what its bytes are made from) that
    /// equals the one the previous build recorded for it is linked from the previous site without
    /// calling `contents` at all, unless `reuse` is false.
    @discardableResult
    public func write(
        paths: [String], fingerprints: [ContentHash?] = [], reuse: Bool = true, inputs: String? = nil,
        diagnostics: [Diagnostic] = [], contents: (Int) throws(DossierError) -> Data
    ) throws -> WriteResult {
        let fileManager = FileManager.default
        let parent = output.deletingLastPathComponent()
        try fileManager.createDirectory(at: parent, withIntermediateDirectories: true)
        let previous = OutputManifest.read(from: output)
        let staging = parent.appendingPathComponent(".\(output.lastPathComponent).dossier-new-\(getpid())")
        FolderRemoval.remove(staging)
        let recycled = recycleSpare(into: staging, keeping: Set(paths))
        if !recycled { try fileManager.createDirectory(at: staging, withIntermediateDirectories: true) }
        do {
            try Self.createFolders(for: paths, in: staging)
            let outcomes = Array(paths.indices).parallelMap { index -> Result<WriteOutcome, DossierError> in
                let path = paths[index]
                let fingerprint = index < fingerprints.count ? fingerprints[index] : nil
                let target = staging.path + "/" + path
                let current = output.path + "/" + path
                if reuse, let fingerprint, previous.fingerprints[path] == fingerprint, let old = previous.files[path],
                    Self.isLink(target, to: current) || Self.replace(target, withLinkTo: current)
                {
                    return .success(WriteOutcome(hash: old.hash, size: old.size, written: false, rendered: false))
                }
                let data: Data
                do throws(DossierError) { data = try contents(index) } catch { return .failure(error) }
                let hash = ContentHash.of(data)
                if let old = previous.files[path], old.hash == hash, old.size == data.count,
                    Self.isLink(target, to: current) || Self.replace(target, withLinkTo: current)
                {
                    return .success(WriteOutcome(hash: hash, size: data.count, written: false, rendered: true))
                }
                // A recycled file may be a link to a file of the live site: never write through it.
                if recycled { unlink(target) }
                if let problem = Self.writeFile(data, to: target) {
                    return .failure(DossierError("could not write \(path): \(problem)"))
                }
                return .success(WriteOutcome(hash: hash, size: data.count, written: true, rendered: true))
            }
            let (manifest, result) = try Self.tally(
                outcomes, paths: paths, fingerprints: fingerprints, inputs: inputs, diagnostics: diagnostics)
            try Data(manifest.text.utf8).write(to: staging.appendingPathComponent(Self.markerName))
            try swap(staging, into: output)
            return result
        } catch {
            try? fileManager.removeItem(at: staging)
            throw error
        }
    }

    /// The manifest of the files written (`outcomes[i]` for `paths[i]`) and the counts; throws the
    /// first failure.
    static func tally(
        _ outcomes: [Result<WriteOutcome, DossierError>], paths: [String], fingerprints: [ContentHash?], inputs: String?,
        diagnostics: [Diagnostic]
    ) throws -> (OutputManifest, WriteResult) {
        var manifest = OutputManifest(inputs: inputs, diagnostics: diagnostics)
        var result = WriteResult()
        for (index, outcome) in outcomes.enumerated() {
            let outcome = try outcome.get()
            manifest.files[paths[index]] = (outcome.hash, outcome.size)
            if index < fingerprints.count, let fingerprint = fingerprints[index] {
                manifest.fingerprints[paths[index]] = fingerprint
            }
            if outcome.written { result.written += 1 } else { result.unchanged += 1 }
            if !outcome.rendered { result.skipped += 1 }
        }
        return (manifest, result)
    }

    /// What happened to one file.
    struct WriteOutcome {
        var hash: ContentHash
        var size: Int
        /// Whether its bytes were written (not linked from the previous site).
        var written: Bool
        /// Whether its bytes were made (not skipped by its fingerprint).
        var rendered: Bool
    }

    /// The stamp of the inputs the current site was built from (if Dossier wrote it), and the warnings
    /// of that build.
    public func builtInputs() -> (stamp: String, diagnostics: [Diagnostic])? {
        let manifest = OutputManifest.read(from: output, headerOnly: true)
        return manifest.inputs.map { ($0, manifest.diagnostics) }
    }

    /// Creates every folder the files need, parents first, with one `mkdir` each.
    static func createFolders(for paths: [String], in root: URL) throws {
        var folders: Set<String> = []
        for path in paths {
            var folder = (path as NSString).deletingLastPathComponent
            while !folder.isEmpty, folders.insert(folder).inserted {
                folder = (folder as NSString).deletingLastPathComponent
            }
        }
        let base = root.path
        for folder in folders.sorted(by: { $0.utf8.count < $1.utf8.count }) {
            let full = base + "/" + folder
            if mkdir(full, 0o755) != 0 && errno != EEXIST {
                throw DossierError("could not create the folder \(folder) in the output: \(String(cString: strerror(errno)))")
            }
        }
    }

    /// Removes the staging folders of builds that were killed before they finished (their process is
    /// gone), so an interrupted build leaves nothing behind for long.
    private func removeAbandonedFolders(in parent: URL) {
        let prefixes = [".\(output.lastPathComponent).dossier-new-", ".\(output.lastPathComponent).dossier-old-"]
        for name in (try? FileManager.default.contentsOfDirectory(atPath: parent.path)) ?? [] {
            guard let prefix = prefixes.first(where: { name.hasPrefix($0) }),
                let pid = Int32(name.dropFirst(prefix.count)), pid != getpid(), kill(pid, 0) != 0
            else { continue }
            FolderRemoval.remove(parent.appendingPathComponent(name))
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
            // The previous site is now at `staging`: keep it as the spare the next build updates in
            // place (its folders and unchanged files are reused instead of made again).
            let spare = spareFolder
            FolderRemoval.remove(spare)
            if rename(staging.path, spare.path) != 0 { FolderRemoval.remove(staging) }
            return
        }
        let old = output.deletingLastPathComponent().appendingPathComponent(
            ".\(output.lastPathComponent).dossier-old-\(getpid())")
        FolderRemoval.remove(old)
        try fileManager.moveItem(at: output, to: old)
        try fileManager.moveItem(at: staging, to: output)
        FolderRemoval.remove(old)
    }

    /// The previous site, kept beside the output folder for the next build to update.
    private var spareFolder: URL {
        output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).dossier-spare")
    }

    /// Moves the spare (the site before the current one) to `staging` and removes the files the new
    /// site will not have; returns whether there was a spare.
    private func recycleSpare(into staging: URL, keeping paths: Set<String>) -> Bool {
        let spare = spareFolder
        let listed = OutputManifest.read(from: spare)
        guard !listed.files.isEmpty, rename(spare.path, staging.path) == 0 else {
            FolderRemoval.remove(spare)
            return false
        }
        Self.removeFiles(Set(listed.files.keys).subtracting(paths), in: staging)
        unlink(staging.path + "/" + Self.markerName)
        return true
    }

    /// Removes the files at `paths` below `root`, and the folders that this leaves empty.
    static func removeFiles(_ paths: Set<String>, in root: URL) {
        for path in paths {
            unlink(root.path + "/" + path)
            var folder = (path as NSString).deletingLastPathComponent
            while !folder.isEmpty, rmdir(root.path + "/" + folder) == 0 {
                folder = (folder as NSString).deletingLastPathComponent
            }
        }
    }

    /// Writes `data` to a new file at `path` with plain system calls: Foundation's `Data.write`
    /// flushes every file to disk (`fsync`), which made writing a large site several times slower.
    /// The site is swapped in only once every file is written, so a killed build loses nothing.
    static func writeFile(_ data: Data, to path: String) -> String? {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return String(cString: strerror(errno)) }
        defer { close(descriptor) }
        return data.withUnsafeBytes { buffer -> String? in
            var offset = 0
            while offset < buffer.count {
                #if canImport(Glibc)
                    let written = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                #else
                    let written = Darwin.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                #endif
                if written < 0 {
                    if errno == EINTR { continue }
                    return String(cString: strerror(errno))
                }
                offset += written
            }
            return nil
        }
    }

    /// Whether `path` is the same file as `target` (a hard link made by an earlier build).
    private static func isLink(_ path: String, to target: String) -> Bool {
        var a = stat()
        var b = stat()
        return lstat(path, &a) == 0 && lstat(target, &b) == 0 && a.st_ino == b.st_ino && a.st_dev == b.st_dev
    }

    /// Makes `path` a hard link to `target`, replacing what is there.
    private static func replace(_ path: String, withLinkTo target: String) -> Bool {
        unlink(path)
        return link(target, path) == 0
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
