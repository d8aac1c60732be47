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
        guard let folder = opendir(path) else { return }
        var children: [String] = []
        while let entry = readdir(folder) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            if name != "." && name != ".." { children.append(name) }
        }
        closedir(folder)
        for child in children { removeEntry(path + "/" + child) }
        rmdir(path)
    }
}
