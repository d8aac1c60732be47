import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Writes the site into a temporary folder beside the output folder, then swaps it in, so a failed
/// or interrupted build leaves the previous site as it was, and removed pages disappear. What it
/// knows of the previous build comes from Dossier's state folder and counts only for files that
/// are still exactly the ones it wrote (see `FileIdentity`).
public struct SiteWriter: Sendable {
    /// The output folder, checked and resolved.
    let destination: OutputDestination
    /// What Dossier keeps of the last build into this output folder.
    let state: SiteState

    /// The folder the site is written to (its real path).
    var output: URL { URL(fileURLWithPath: destination.path, isDirectory: true) }

    /// A writer of the site of the dossier at `projectRoot` into `output`. Throws an `OutputRefusal`
    /// when the folder must not be written (see `OutputDestination.resolve`), a `DossierError` when
    /// the state folder is unusable.
    init(output: URL, projectRoot: URL) throws {
        let isDefault = output.standardizedFileURL.path == projectRoot.standardizedFileURL.appendingPathComponent("public").path
        let stateFolder = try StateFolder(root: projectRoot)
        let isPreview = output.standardizedFileURL.path == StateFolder.previewFolder(of: projectRoot).path
        if isPreview { try stateFolder.createFolder() }
        destination = try OutputDestination.resolve(
            output, root: projectRoot, isDefault: isDefault || isPreview, isPreview: isPreview, state: stateFolder)
        state = stateFolder.site(destination.path)
    }

    /// Whether `folder` holds a site that Dossier wrote for the dossier at `projectRoot`, by the
    /// record in its state folder (`dossier serve` serves nothing else).
    public static func wrote(_ folder: URL, projectRoot: URL) -> Bool {
        guard let state = try? StateFolder(root: projectRoot), let real = realpath(folder.standardizedFileURL.path, nil) else {
            return false
        }
        defer { free(real) }
        let path = String(cString: real)
        return OutputDestination.isRecorded(path, state: state.site(path))
    }

    /// What a write did.
    struct WriteResult: Sendable {
        /// Files whose bytes changed (or are new), written.
        var written = 0
        /// Files with the same bytes as in the previous site, linked from it (their modification
        /// time stays, so deploy tools see them unchanged).
        var unchanged = 0
        /// Of the unchanged files, those not even made again: their inputs' fingerprint was the same.
        var skipped = 0
    }

    /// What happened to one file.
    struct WriteOutcome {
        var hash: ContentHash
        /// The file's identity once written or linked.
        var identity: FileIdentity
        /// The fingerprint it was made or kept for.
        var fingerprint: ContentHash?
        /// Whether its bytes were written (not linked from the previous site).
        var written: Bool
        /// Whether its bytes were made (not skipped by its fingerprint).
        var rendered: Bool
    }

    /// The record of the last build, when it describes the site now in the output folder; else an
    /// empty one. Its file records still count only for files that have their recorded identity.
    func previousBuild() -> OutputManifest {
        guard let manifest = state.manifest(), let output = manifest.output, output.path == destination.path,
            FolderIdentity.of(destination.path) == output.site
        else { return OutputManifest() }
        return manifest
    }

    /// The stamp of the inputs the current site was built from (if Dossier wrote it), and the warnings
    /// of that build.
    func builtInputs() -> (stamp: String, diagnostics: [Diagnostic])? {
        guard let manifest = state.manifest(headerOnly: true), let output = manifest.output, output.path == destination.path,
            FolderIdentity.of(destination.path) == output.site
        else { return nil }
        return manifest.inputs.map { ($0, manifest.diagnostics) }
    }

    /// The identities the last build recorded for its build cache's files, when its record describes
    /// the site now in the output folder.
    func recordedCache() -> (cache: [FileIdentity]?, views: FileIdentity?) {
        guard let manifest = state.manifest(headerOnly: true), let output = manifest.output, output.path == destination.path,
            FolderIdentity.of(destination.path) == output.site
        else { return (nil, nil) }
        return (manifest.cache, manifest.views)
    }

    /// Writes the whole new site and swaps it in place of the old one: each of `files`, prepared,
    /// made and written in parallel so that no more than a few pages are in memory at once.
    /// `inputs` (a stamp of what the site was built from) is kept for the next build.
    ///
    /// A file whose fingerprint (a hash of what its bytes are made from) equals the one the previous
    /// build recorded for it is linked from the previous site without being made at all, and a file whose new bytes equal the previous ones is linked too,
    /// but only when that previous file is still the one Dossier wrote; with `reuse` false (`--force`),
    /// every file is written anew. An output folder that is a mount point is updated in place.
    @discardableResult
    func write(
        _ files: [OutputFile], reuse: Bool = true, inputs: String? = nil, diagnostics: [Diagnostic] = [],
        cache: [FileIdentity]? = nil, views: (@Sendable () -> FileIdentity?)? = nil
    ) throws(DossierError) -> WriteResult {
        if destination.isMountPoint {
            return try update(files, reuse: reuse, inputs: inputs, diagnostics: diagnostics, cache: cache, views: views)
        }
        let paths = files.map(\.path)
        // The record of the site being replaced: with `reuse`, what it says of each file is used;
        // either way it becomes the record of the spare.
        let record = previousBuild()
        let previous = reuse ? record : OutputManifest()
        let tree = SiteTree(paths: paths)
        let parent = destination.parent
        try Self.createFolder(parent, purpose: "the folder that holds the output folder")
        removeAbandonedFolders()
        let staging = parent + "/.\(destination.name).dossier-new-\(getpid())"
        FolderRemoval.remove(URL(fileURLWithPath: staging))
        let recycled = recycleSpare(into: staging, tree: tree)
        do throws(DossierError) {
            if !recycled {
                try Self.createFolder(
                    staging, purpose: "the new site's folder (Dossier writes it beside the output folder, then swaps it in)")
            }
            try tree.createFolders(in: staging)
            let current = destination.path
            let outcomes = files.parallelMap { file -> Result<WriteOutcome, DossierError> in
                let path = file.path
                let prepared = file.prepare()
                let fingerprint = prepared.fingerprint
                let target = staging + "/" + path
                let old = current + "/" + path
                // The previous file, only if it is still exactly the one the last build wrote.
                let kept = previous.files[path].flatMap { record in FileIdentity.of(old) == record.identity ? record : nil }
                if let kept, let fingerprint, previous.fingerprints[path] == fingerprint,
                    let identity = Self.linkKept(target, to: old, identity: kept.identity)
                {
                    return .success(
                        WriteOutcome(
                            hash: kept.hash, identity: identity, fingerprint: fingerprint, written: false, rendered: false))
                }
                let data: Data
                do throws(DossierError) { data = try prepared.make() } catch { return .failure(error) }
                let hash = ContentHash.of(data)
                if let kept, kept.hash == hash, kept.identity.size == data.count,
                    let identity = Self.linkKept(target, to: old, identity: kept.identity)
                {
                    return .success(
                        WriteOutcome(hash: hash, identity: identity, fingerprint: fingerprint, written: false, rendered: true))
                }
                // A recycled file may be a link to a file of the live site: never write through it.
                if recycled { unlink(target) }
                switch Self.writeNewFile(data, to: target) {
                case .success(let identity):
                    return .success(
                        WriteOutcome(hash: hash, identity: identity, fingerprint: fingerprint, written: true, rendered: true))
                case .failure(let problem):
                    return .failure(DossierError("could not write \(target): \(problem.text)" + Self.advice(for: problem.code)))
                }
            }
            var (manifest, result) = try Self.tally(outcomes, paths: paths, inputs: inputs, diagnostics: diagnostics)
            manifest.cache = cache
            manifest.views = views?()
            guard let site = FolderIdentity.of(staging) else { throw DossierError("the new site's folder \(staging) vanished") }
            // Recorded before the swap, naming both folders: a build killed between the two leaves
            // the previous folder, still known as Dossier's.
            manifest.output = .init(path: destination.path, site: site, replaced: FolderIdentity.of(destination.path))
            try state.write(manifest, keepingPrevious: record.output != nil)
            try swap(staging)
            return result
        } catch {
            FolderRemoval.remove(URL(fileURLWithPath: staging))
            throw error
        }
    }

    /// The manifest of the files written (`outcomes[i]` for `paths[i]`) and the counts; throws the
    /// first failure.
    static func tally(
        _ outcomes: [Result<WriteOutcome, DossierError>], paths: [String], inputs: String?, diagnostics: [Diagnostic]
    ) throws(DossierError) -> (OutputManifest, WriteResult) {
        var manifest = OutputManifest()
        manifest.inputs = inputs
        manifest.diagnostics = diagnostics
        var result = WriteResult()
        for (index, outcome) in outcomes.enumerated() {
            let outcome = try outcome.get()
            manifest.files[paths[index]] = .init(hash: outcome.hash, identity: outcome.identity)
            if let fingerprint = outcome.fingerprint { manifest.fingerprints[paths[index]] = fingerprint }
            if outcome.written { result.written += 1 } else { result.unchanged += 1 }
            if !outcome.rendered { result.skipped += 1 }
        }
        return (manifest, result)
    }

    /// Removes the staging folders of builds that were killed before they finished (their process is
    /// gone), so an interrupted build leaves nothing behind for long, and the spare site that
    /// earlier versions kept beside the output folder. Never follows a link.
    private func removeAbandonedFolders() {
        let prefixes = [".\(destination.name).dossier-new-", ".\(destination.name).dossier-old-"]
        for (name, _) in DirectoryEntries.of(destination.parent) ?? [] {
            if name == ".\(destination.name).dossier-spare" {
                FolderRemoval.remove(URL(fileURLWithPath: destination.parent + "/" + name))
                continue
            }
            guard let prefix = prefixes.first(where: { name.hasPrefix($0) }),
                let pid = Int32(name.dropFirst(prefix.count)), pid != getpid(), kill(pid, 0) != 0
            else { continue }
            FolderRemoval.remove(URL(fileURLWithPath: destination.parent + "/" + name))
        }
    }

    /// Puts `staging` where the output folder is: one atomic exchange where the system offers it.
    /// The previous site is kept as the spare the next build updates (its folders and unchanged
    /// files are reused instead of made again), when the state folder is on the same volume.
    private func swap(_ staging: String) throws(DossierError) {
        let output = destination.path
        if FolderIdentity.of(output) == nil {
            guard rename(staging, output) == 0 else { throw Self.failure("could not move the new site to \(output)", errno) }
            return
        }
        var old = staging
        if !Self.exchange(staging, output) {
            old = destination.parent + "/.\(destination.name).dossier-old-\(getpid())"
            FolderRemoval.remove(URL(fileURLWithPath: old))
            guard rename(output, old) == 0 else { throw Self.failure("could not move the previous site out of \(output)", errno) }
            guard rename(staging, output) == 0 else {
                let code = errno
                rename(old, output)
                throw Self.failure("could not move the new site to \(output)", code)
            }
        }
        FolderRemoval.remove(URL(fileURLWithPath: state.sparePath))
        if (try? state.create()) == nil || rename(old, state.sparePath) != 0 { FolderRemoval.remove(URL(fileURLWithPath: old)) }
    }

    /// Moves the spare (the site before the current one) to `staging` and removes from it whatever
    /// the new site does not have; returns whether there was a spare. When the spare is the very
    /// folder the record of its build describes (same device and inode: it is the folder Dossier
    /// moved there), the files that record lists and the new site lacks are removed; otherwise (a
    /// committed or copied folder) nothing in it is trusted, and it is pruned by walking it.
    private func recycleSpare(into staging: String, tree: SiteTree) -> Bool {
        let spare = state.sparePath
        guard FolderIdentity.of(spare) != nil, rename(spare, staging) == 0 else {
            FolderRemoval.remove(URL(fileURLWithPath: spare))
            return false
        }
        if let record = state.spareManifest(), let identity = FolderIdentity.of(staging), record.output?.site == identity {
            SiteTree.removeFiles(record.files.keys.filter { !tree.files.contains($0) }, in: staging)
        } else {
            tree.prune(staging)
        }
        return true
    }

    /// Makes `path` the same file as `target`, whose identity (checked) is `identity`, unless it is
    /// already; the file's identity afterwards (a new link changes its change time), or `nil`.
    static func linkKept(_ path: String, to target: String, identity: FileIdentity) -> FileIdentity? {
        var status = stat()
        if lstat(path, &status) == 0, UInt64(status.st_ino) == identity.inode, UInt64(status.st_dev) == identity.device {
            return identity
        }
        unlink(path)
        guard link(target, path) == 0, let linked = FileIdentity.of(path), linked.inode == identity.inode else {
            return nil
        }
        return linked
    }

    /// A failed system call: its words and its `errno`.
    struct SystemProblem: Error {
        var code: Int32
        var text: String { String(cString: strerror(code)).lowercased() }
    }

    /// Writes `data` to a new file at `path` (never through a link or an existing file) with plain
    /// system calls: Foundation's `Data.write` flushes every file to disk (`fsync`), which made writing
    /// a large site several times slower. The site is swapped in only once every file is written, so
    /// a killed build loses nothing. Returns the new file's identity.
    static func writeNewFile(_ data: Data, to path: String) -> Result<FileIdentity, SystemProblem> {
        var descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
        if descriptor < 0, errno == EEXIST {
            unlink(path)
            descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
        }
        guard descriptor >= 0 else { return .failure(SystemProblem(code: errno)) }
        let problem = writeAll(data, to: descriptor)
        close(descriptor)
        if let problem { return .failure(problem) }
        guard let identity = FileIdentity.of(path) else { return .failure(SystemProblem(code: ENOENT)) }
        return .success(identity)
    }

    /// Writes all of `data` to the open file `descriptor`; the problem, if any.
    static func writeAll(_ data: Data, to descriptor: Int32) -> SystemProblem? {
        data.withUnsafeBytes { buffer -> SystemProblem? in
            var offset = 0
            while offset < buffer.count {
                #if canImport(Glibc)
                    let written = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                #else
                    let written = Darwin.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                #endif
                if written < 0 {
                    if errno == EINTR { continue }
                    return SystemProblem(code: errno)
                }
                offset += written
            }
            return nil
        }
    }

    /// Creates the folder at `path` (with its parents) when it is missing; `purpose` says what it is for.
    static func createFolder(_ path: String, purpose: String) throws(DossierError) {
        guard FolderIdentity.of(path) == nil else { return }
        let parent = (path as NSString).deletingLastPathComponent
        if parent != path, !parent.isEmpty { try createFolder(parent, purpose: purpose) }
        guard mkdir(path, 0o755) == 0 || (errno == EEXIST && FolderIdentity.of(path) != nil) else {
            throw failure("could not create \(path), \(purpose)", errno)
        }
    }

    /// An error for a failed system call, with what to do about it.
    static func failure(_ what: String, _ code: Int32) -> DossierError {
        DossierError("\(what): \(SystemProblem(code: code).text)" + advice(for: code))
    }

    /// What to do about a failed write, by its `errno`: a sentence starting with "; ".
    static func advice(for code: Int32) -> String {
        switch code {
        case EROFS: "; the volume is read-only: choose a writable folder with --output"
        case ENOSPC, EDQUOT: "; the disk is full: free some space and build again"
        case EACCES, EPERM: "; check the folder's owner and permissions, or choose another folder with --output"
        case EXDEV, EBUSY:
            "; the output folder seems to be a mount point or on another volume than its parent: build again (Dossier then updates it in place), or choose another folder with --output"
        default: ""
        }
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
