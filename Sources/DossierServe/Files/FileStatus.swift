import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What `stat` says about one path: its kind, size, identity and modification time.
struct FileStatus: Equatable, Sendable {
    /// Whether the path is a folder.
    var isDirectory: Bool
    /// Whether the path is a regular file.
    var isRegularFile: Bool
    /// Size in bytes.
    var size: Int
    /// The inode: it changes when a build swaps in a new file.
    var inode: UInt64
    /// Modification time in nanoseconds since 1970.
    var modifiedNanoseconds: Int64

    /// The status of `path` (following symbolic links), or `nil` when it does not exist.
    init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        self.init(info)
    }

    /// The status of an open file.
    init?(descriptor: Int32) {
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return nil }
        self.init(info)
    }

    private init(_ info: stat) {
        let kind = info.st_mode & S_IFMT
        isDirectory = kind == S_IFDIR
        isRegularFile = kind == S_IFREG
        size = Int(info.st_size)
        inode = UInt64(info.st_ino)
        #if canImport(Darwin)
            let time = info.st_mtimespec
        #else
            let time = info.st_mtim
        #endif
        modifiedNanoseconds = Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec)
    }

    /// The modification time, whole seconds (what `Last-Modified` can say).
    var modified: Date { Date(timeIntervalSince1970: TimeInterval(modifiedNanoseconds / 1_000_000_000)) }

    /// A strong validator that changes whenever the file is rewritten or replaced.
    var eTag: String {
        "\"\(String(inode, radix: 16))-\(String(size, radix: 16))-\(String(modifiedNanoseconds, radix: 16))\""
    }
}

/// The canonical absolute path of `path` with every symbolic link resolved, or `nil` when it does not exist.
func realPath(_ path: String) -> String? {
    guard let resolved = realpath(path, nil) else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
}
