import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Dossier's own folder inside the dossier (`.dossier/`), with one folder per output folder it
/// builds (`sites/<hash of the output's path>/`): the record of the last build there (`manifest`),
/// the site before the current one (`spare/`, reused to make the next one) and the build cache
/// (`cache`: each file's parse and rendering). Nothing of it is
/// ever published, and all of it is read back as untrusted input: a pull request can commit it.
struct StateFolder: Sendable {
    /// The folder's name in the dossier.
    static let name = ".dossier"
    /// The folder inside it that `serve --drafts` previews from, so that drafts never reach the
    /// `public/` that gets deployed.
    static let previewName = "preview"

    /// The preview folder of the dossier at `root` (`.dossier/preview`).
    static func previewFolder(of root: URL) -> URL {
        root.standardizedFileURL.appendingPathComponent(name).appendingPathComponent(previewName)
    }

    /// Makes the state folder itself when it is missing (with its `.gitignore`).
    func createFolder() throws(DossierError) {
        guard mkdir(path, 0o755) == 0 else {
            let code = errno
            guard code == EEXIST, FolderIdentity.of(path) != nil else {
                throw DossierError(
                    "\(Self.name) could not be made: \(String(cString: strerror(code))); check the dossier folder's permissions",
                    at: SourceLocation(path: Self.name))
            }
            return
        }
        _ = SiteState.replaceFile(at: path + "/.gitignore", with: Data("# Dossier's state: never commit it.\n*\n".utf8))
    }

    /// The folder.
    let path: String

    /// The state folder of the dossier at `root`. Refuses a `.dossier` that is a symbolic link or
    /// not a folder: Dossier would write through it.
    init(root: URL) throws(DossierError) {
        path = root.standardizedFileURL.path + "/" + Self.name
        var status = stat()
        guard lstat(path, &status) == 0 else { return }
        guard status.st_mode & S_IFMT == S_IFDIR else {
            throw DossierError(
                "\(Self.name) is \(RegularFile.kind(of: status.st_mode)), not a folder; Dossier keeps its state in a folder of that name: delete it and build again",
                at: SourceLocation(path: Self.name))
        }
    }

    /// The state kept for the output folder whose real path is `output`.
    func site(_ output: String) -> SiteState {
        var hash = ContentHash()
        hash.combine(output)
        return SiteState(stateFolder: path, folder: path + "/sites/" + hash.description)
    }
}

/// What Dossier keeps of the last build into one output folder.
struct SiteState: Sendable {
    /// `.dossier/`.
    let stateFolder: String
    /// `.dossier/sites/<hash>/`.
    let folder: String

    /// The record of the last build.
    var manifestPath: String { folder + "/manifest" }
    /// The previous site, for the next build to update.
    var sparePath: String { folder + "/spare" }
    /// The record of the build that wrote the spare site.
    var spareManifestPath: String { folder + "/spare.manifest" }
    /// What `dossier build` keeps of each file's parse and rendering: the first of its files
    /// (`cache`, `cache-1`… see `PersistentCache`).
    var cachePath: String { folder + "/cache" }
    /// What `dossier build` keeps of each page's view (see `PersistentViews`).
    var viewsPath: String { folder + "/views" }

    /// Whether every folder of the state down to this one is a real folder (none a link), so that
    /// what is read or written there stays in the dossier.
    var isReal: Bool {
        [stateFolder, stateFolder + "/sites", folder].allSatisfy { FolderIdentity.of($0) != nil }
    }

    /// The record of the last build, if there is a readable one (see `OutputManifest.read`).
    func manifest(headerOnly: Bool = false) -> OutputManifest? {
        isReal ? OutputManifest.read(from: manifestPath, headerOnly: headerOnly) : nil
    }

    /// The record of the build that wrote the spare site, if there is a readable one.
    func spareManifest() -> OutputManifest? {
        isReal ? OutputManifest.read(from: spareManifestPath) : nil
    }

    /// The output folder the record describes, read from its first lines.
    func output() -> OutputManifest.OutputRecord? {
        isReal ? OutputManifest.readOutput(from: manifestPath) : nil
    }

    /// Creates the folders when they are missing (`.dossier` with a `.gitignore` that keeps it out
    /// of commits); refuses any of them that is not a real folder.
    func create() throws(DossierError) {
        for path in [stateFolder, stateFolder + "/sites", folder] {
            if mkdir(path, 0o755) == 0 {
                if path == stateFolder {
                    _ = Self.replaceFile(at: path + "/.gitignore", with: Data("# Dossier's state: never commit it.\n*\n".utf8))
                }
                continue
            }
            let code = errno
            guard code == EEXIST, FolderIdentity.of(path) != nil else {
                throw DossierError(
                    code == EEXIST
                        ? "\(path) is not a folder (a symbolic link?); Dossier keeps its state there: delete \(stateFolder) and build again"
                        : "could not create \(path): \(String(cString: strerror(code))); Dossier keeps its state there, so the dossier folder must be writable"
                )
            }
        }
    }

    /// The most folders of other output folders' state looked at in one build.
    static let siblingLimit = 1_000

    /// Removes the state kept for other output folders that no longer exist (a preview folder
    /// deleted, a benchmark's outputs): each holds a spare site and a build cache, as large as the
    /// site. Only state folders below `.dossier/sites/` are removed, never followed through a
    /// link; the recorded output path is only looked at.
    func removeStateOfVanishedOutputs() {
        let sites = stateFolder + "/sites"
        guard isReal else { return }
        for (name, _) in (DirectoryEntries.of(sites, limit: Self.siblingLimit) ?? []).prefix(Self.siblingLimit)
        where !name.hasPrefix(".") && sites + "/" + name != folder {
            let other = SiteState(stateFolder: stateFolder, folder: sites + "/" + name)
            guard FolderIdentity.of(other.folder) != nil, let output = other.output() else { continue }
            var status = stat()
            guard lstat(output.path, &status) != 0, errno == ENOENT else { continue }
            FolderRemoval.remove(URL(fileURLWithPath: other.folder))
        }
    }

    /// Writes `manifest` in place of the last one, atomically (a new file renamed over the old).
    /// With `keepingPrevious`, the last one becomes the record of the spare site (the site it
    /// describes is about to be replaced, and kept as the spare).
    func write(_ manifest: OutputManifest, keepingPrevious: Bool = false) throws(DossierError) {
        try create()
        // The last record gets a second name (a hard link) rather than being moved, so that a build
        // killed at any moment leaves a record in place: the old one until the new one is renamed
        // over it. Without the link (a file system without hard links) there is no spare record.
        unlink(spareManifestPath)
        if keepingPrevious { _ = link(manifestPath, spareManifestPath) }
        if let problem = Self.replaceFile(at: manifestPath, with: manifest.data) {
            throw DossierError("could not write \(manifestPath): \(problem); Dossier keeps its state there")
        }
    }

    /// Writes `data` to a new file beside `path` (never opening an existing file or a link) and
    /// renames it over `path`; the problem, if it failed.
    static func replaceFile(at path: String, with data: Data) -> String? {
        replaceFile(at: path, with: CollectionOfOne(data))
    }

    /// Writes `parts` one after the other (each made only when it is written) to a new file beside
    /// `path` and renames it over `path`, as `replaceFile(at:with:)` does; the problem, if it failed.
    static func replaceFile(at path: String, with parts: some Sequence<Data>) -> String? {
        let temporary = path + ".new-\(getpid())"
        unlink(temporary)
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return String(cString: strerror(errno)) }
        var problem: SiteWriter.SystemProblem?
        for part in parts {
            problem = SiteWriter.writeAll(part, to: descriptor)
            if problem != nil { break }
        }
        close(descriptor)
        if let problem {
            unlink(temporary)
            return problem.text
        }
        guard rename(temporary, path) == 0 else {
            let problem = String(cString: strerror(errno))
            unlink(temporary)
            return problem
        }
        return nil
    }
}
