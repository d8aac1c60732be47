import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Deletes a folder tree quickly: one `unlink` or `rmdir` per entry, children first, never
/// following symbolic links (Foundation's `removeItem` was a tenth of a build on large sites).
enum FolderRemoval {
    /// Removes `url` and everything below it; returns whether it is gone.
    @discardableResult
    static func remove(_ url: URL) -> Bool {
        removeEntry(url.path)
        return !FileManager.default.fileExists(atPath: url.path)
    }

    private static func removeEntry(_ path: String) {
        var status = stat()
        guard lstat(path, &status) == 0 else { return }
        guard status.st_mode & S_IFMT == S_IFDIR else {
            unlink(path)
            return
        }
        for child in DirectoryEntries.of(path) ?? [] { removeEntry(path + "/" + child.name) }
        rmdir(path)
    }
}
