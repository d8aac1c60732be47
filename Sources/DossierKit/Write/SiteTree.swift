import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The folders and files a site is made of, for reusing a folder that held an earlier site (the
/// spare, or an output folder updated in place) without trusting anything in it.
struct SiteTree: Sendable {
    /// The files of the site, relative to its folder.
    let files: Set<String>
    /// Every folder those files need, relative to the site's folder.
    let folders: Set<String>

    /// The tree of a site whose files are `paths`.
    init(paths: [String]) {
        files = Set(paths)
        var folders: Set<String> = []
        for path in paths {
            var folder = Self.parent(Substring(path))
            while !folder.isEmpty, folders.insert(String(folder)).inserted {
                folder = Self.parent(folder)
            }
        }
        self.folders = folders
    }

    /// The folder `path` is in (`""` at the top): what comes before its last `/`.
    static func parent(_ path: Substring) -> Substring {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return "" }
        return path[..<slash]
    }

    /// Removes from the folder at `root` everything this site does not have: what is left are real
    /// folders the site needs and regular files at the site's paths (whose bytes are never trusted:
    /// they are replaced or checked before use). Symbolic links, devices, FIFOs, extra files and
    /// folders are removed, never followed. Reads every folder it keeps once.
    func prune(_ root: String) {
        prune(root, relative: "")
    }

    private func prune(_ folder: String, relative: String) {
        for (name, type) in DirectoryEntries.of(folder) ?? [] {
            let path = relative.isEmpty ? name : relative + "/" + name
            let full = folder + "/" + name
            var kind = type
            if kind == DT_UNKNOWN {
                var status = stat()
                guard lstat(full, &status) == 0 else { continue }
                let mode = status.st_mode & S_IFMT
                kind = mode == S_IFDIR ? Int32(DT_DIR) : mode == S_IFREG ? Int32(DT_REG) : Int32(DT_LNK)
            }
            if kind == DT_DIR, folders.contains(path) {
                prune(full, relative: path)
            } else if kind == DT_REG, files.contains(path) {
                continue
            } else {
                FolderRemoval.remove(URL(fileURLWithPath: full))
            }
        }
    }

    /// Creates every folder the site needs below `root`, parents first, with one `mkdir` each. A
    /// folder already there must be a real folder (`prune` leaves nothing else in its place).
    func createFolders(in root: String, only missing: Set<String>? = nil) throws(DossierError) {
        for folder in (missing ?? folders).sorted(by: { $0.utf8.count < $1.utf8.count }) {
            let full = root + "/" + folder
            if mkdir(full, 0o755) != 0 {
                let code = errno
                guard code == EEXIST, FolderIdentity.of(full) != nil else {
                    if code == EEXIST {
                        throw DossierError("could not create the folder \(full): something that is not a folder is in its place")
                    }
                    throw SiteWriter.failure("could not create the folder \(full)", code)
                }
            }
        }
    }

    /// Removes the files at `paths` below `root` (each checked to lie below real folders only, never
    /// through a link), and the folders that this leaves empty.
    ///
    /// Folders are walked up with `parent`, not `NSString.deletingLastPathComponent`, which traps on
    /// a one-character path (the folder `p/` of a removed page `p.md`).
    static func removeFiles(_ paths: some Sequence<String>, in root: String) {
        for path in paths {
            let folder = String(parent(Substring(path)))
            guard isRealFolderChain(root, folder) else { continue }
            unlink(root + "/" + path)
            var empty = Substring(folder)
            while !empty.isEmpty, rmdir(root + "/" + empty) == 0 {
                empty = parent(empty)
            }
        }
    }

    /// Whether every folder from `root` down to `folder` (relative) is a real folder, not a link.
    static func isRealFolderChain(_ root: String, _ folder: String) -> Bool {
        var path = root
        for part in folder.split(separator: "/") {
            path += "/" + part
            guard FolderIdentity.of(path) != nil else { return false }
        }
        return true
    }
}
