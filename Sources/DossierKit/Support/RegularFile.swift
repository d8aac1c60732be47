import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Reads a file only when it is a regular file, never through a symbolic link at its last
/// component, never blocking on a FIFO or a device, and never past a size limit. Every file
/// Dossier reads (content, templates, `site.yml`, its own state) goes through here.
enum RegularFile {
    /// Why a file was not read.
    enum Failure: Error, Equatable, Sendable {
        /// Nothing is at the path.
        case missing
        /// The path names a symbolic link, a folder, a FIFO, a device or a socket (what it is, in words).
        case notRegular(String)
        /// The file is larger than the limit (its size, the limit, in bytes).
        case tooLarge(size: Int, limit: Int)
        /// The system refused to open or read it (`strerror`'s words).
        case unreadable(String)

        /// The failure in words, for a message: "is a symbolic link", "is 12 MB; the limit is 8 MB".
        var reason: String {
            switch self {
            case .missing: "does not exist"
            case .notRegular(let kind): "is \(kind), not a regular file"
            case .tooLarge(let size, let limit):
                "is \(RegularFile.describe(bytes: size)); the limit is \(RegularFile.describe(bytes: limit))"
            case .unreadable(let problem): "cannot be read (\(problem.lowercased()))"
            }
        }
    }

    /// The bytes of the regular file at `path`, if it is one and holds at most `limit` bytes; with
    /// `prefix`, its first `limit` bytes whatever its size.
    static func read(_ path: String, limit: Int, prefix: Bool = false) -> Result<Data, Failure> {
        let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else {
            let code = errno
            if code == ENOENT || code == ENOTDIR { return .failure(.missing) }
            if code == ELOOP { return .failure(.notRegular("a symbolic link")) }
            return .failure(.unreadable(String(cString: strerror(code))))
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return .failure(.unreadable(String(cString: strerror(errno)))) }
        guard status.st_mode & S_IFMT == S_IFREG else { return .failure(.notRegular(kind(of: status.st_mode))) }
        let size = prefix ? min(Int(status.st_size), limit) : Int(status.st_size)
        guard size <= limit else { return .failure(.tooLarge(size: size, limit: limit)) }
        // Read to the end, but never more than one byte past the limit: a file that grows while it
        // is read, or reports no size (`/proc`), is still bounded.
        var data = Data(count: size + 1)
        var total = 0
        while true {
            if total == data.count {
                guard data.count <= limit else { break }
                data.count = min(limit + 1, max(data.count * 2, 4096))
            }
            let count = data.withUnsafeMutableBytes { buffer in
                #if canImport(Glibc)
                    Glibc.read(descriptor, buffer.baseAddress! + total, buffer.count - total)
                #else
                    Darwin.read(descriptor, buffer.baseAddress! + total, buffer.count - total)
                #endif
            }
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(.unreadable(String(cString: strerror(errno))))
            }
            if count == 0 { break }
            total += count
            // The whole size the file reported: done, without one more read to see the end.
            if total == size, size > 0 { break }
        }
        if prefix { total = min(total, limit) }
        guard total <= limit else { return .failure(.tooLarge(size: total, limit: limit)) }
        data.count = total
        return .success(data)
    }

    /// What a file of mode `mode` is, in words ("a folder", "a FIFO").
    static func kind(of mode: mode_t) -> String {
        switch mode & S_IFMT {
        case S_IFREG: "a regular file"
        case S_IFDIR: "a folder"
        case S_IFLNK: "a symbolic link"
        case S_IFIFO: "a FIFO (named pipe)"
        case S_IFCHR: "a character device"
        case S_IFBLK: "a block device"
        case S_IFSOCK: "a socket"
        default: "a special file"
        }
    }

    /// A size in the units people read: "512 bytes", "40 KB", "8 MB".
    static func describe(bytes: Int) -> String {
        if bytes < 1024 { return "\(bytes) bytes" }
        if bytes < 1024 * 1024 { return "\(bytes / 1024) KB" }
        return "\(bytes / (1024 * 1024)) MB"
    }
}
