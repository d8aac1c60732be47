import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A file's size, modification time and inode as one hash: it changes whenever the file is saved.
enum FileStamp {
    /// The stamp of the file at `path`, or `nil` when it cannot be read.
    static func of(_ path: String) -> ContentHash? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        var hash = ContentHash()
        hash.combine(Int(status.st_size))
        hash.combine(Int(status.st_mtim.tv_sec))
        hash.combine(Int(status.st_mtim.tv_nsec))
        hash.combine(Int(status.st_ino))
        return hash
    }
}
