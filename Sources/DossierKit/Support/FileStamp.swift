import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A file's size, modification time, device, inode and change time as one hash: it changes
/// whenever the file is saved. The change time (`ctime`) is set by the kernel on every write,
/// rename or attribute change and no program can set it back, so a file that keeps its stamp
/// is the same file with the same bytes, even when a tool restores its modification time (`tar`,
/// `touch -d`) on a recycled inode: the persistent build cache relies on it.
enum FileStamp {
    /// The stamp of the file at `path`, or `nil` when it cannot be read.
    static func of(_ path: String) -> ContentHash? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        var hash = ContentHash()
        hash.combine(Int(status.st_size))
        hash.combine(Int(status.st_mtim.tv_sec))
        hash.combine(Int(status.st_mtim.tv_nsec))
        hash.combine(Int(bitPattern: UInt(status.st_dev)))
        hash.combine(Int(status.st_ino))
        hash.combine(Int(status.st_ctim.tv_sec))
        hash.combine(Int(status.st_ctim.tv_nsec))
        return hash
    }

    /// The size in bytes of the file at `path`, or `nil` when it cannot be looked up.
    static func size(of path: String) -> Int? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        return Int(status.st_size)
    }
}
