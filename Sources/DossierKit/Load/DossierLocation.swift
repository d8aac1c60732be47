import Foundation

/// Finds the dossier a command is meant for, the way `git` finds its repository: the folder given
/// when it has a `site.yml` or a `content/` folder, else the nearest folder above it that has a
/// `site.yml` (so `dossier build` works from inside `content/articles/`).
public enum DossierLocation {
    /// The dossier folder for `folder`, or why there is none (for the command line to print).
    public static func find(from folder: URL) -> Result<URL, DossierLocationProblem> {
        let start = folder.standardizedFileURL
        if has(start, "site.yml") || has(start, "content", folder: true) { return .success(start) }
        var cursor = start
        while cursor.path != "/" {
            cursor = cursor.deletingLastPathComponent().standardizedFileURL
            if has(cursor, "site.yml") { return .success(cursor) }
        }
        return .failure(DossierLocationProblem(folder: folder.path))
    }

    /// Whether `folder` holds `name`: a regular file, or a folder when `folder` is set.
    private static func has(_ folder: URL, _ name: String, folder isFolder: Bool = false) -> Bool {
        var status = stat()
        guard lstat(folder.appendingPathComponent(name).path, &status) == 0 else { return false }
        return status.st_mode & S_IFMT == (isFolder ? S_IFDIR : S_IFREG)
    }
}

/// A folder that is no dossier and lies in none.
public struct DossierLocationProblem: Error, Sendable {
    /// The folder as given.
    public let folder: String

    /// The problem with `folder`, as typed.
    public init(folder: String) {
        self.folder = folder
    }

    /// What to tell the user, with what to do.
    public var message: String {
        "'\(folder)' is not a dossier: it has neither site.yml nor content/, and no folder above it has a site.yml; run 'dossier new \(folder)' to start one there, or give the dossier's folder (the one holding site.yml and content/)"
    }
}
