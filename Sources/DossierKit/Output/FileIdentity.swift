import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Which file a path names, as `lstat` sees it: device, inode, size and change time. The change
/// time (`ctime`) is set by the kernel whenever a file's bytes, links or attributes change, and no
/// program can set it; so a path whose identity is the one Dossier recorded right after writing it
/// holds exactly the bytes Dossier wrote. A copied, committed or edited file never matches: this is
/// how Dossier checks its state from an earlier build without trusting it.
struct FileIdentity: Hashable, Sendable {
    var device: UInt64
    var inode: UInt64
    var size: Int
    var changeSeconds: Int
    var changeNanoseconds: Int

    /// The identity of the regular file at `path` (not following a symbolic link there); `nil` for
    /// anything else, or when nothing is there.
    static func of(_ path: String) -> FileIdentity? {
        var status = stat()
        guard lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return nil }
        return FileIdentity(
            device: UInt64(status.st_dev), inode: UInt64(status.st_ino), size: Int(status.st_size),
            changeSeconds: Int(status.st_ctim.tv_sec), changeNanoseconds: Int(status.st_ctim.tv_nsec))
    }

    /// The identity as written in Dossier's state: `device:inode:size:seconds.nanoseconds`.
    var text: String { "\(device):\(inode):\(size):\(changeSeconds).\(changeNanoseconds)" }

    /// An identity read back from `text`; `nil` when malformed.
    init?(text: Substring) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 4, let device = UInt64(parts[0]), let inode = UInt64(parts[1]), let size = Int(parts[2]),
            size >= 0
        else { return nil }
        let time = parts[3].split(separator: ".", omittingEmptySubsequences: false)
        guard time.count == 2, let seconds = Int(time[0]), let nanoseconds = Int(time[1]),
            (0..<1_000_000_000).contains(nanoseconds)
        else { return nil }
        self.init(device: device, inode: inode, size: size, changeSeconds: seconds, changeNanoseconds: nanoseconds)
    }

    init(device: UInt64, inode: UInt64, size: Int, changeSeconds: Int, changeNanoseconds: Int) {
        self.device = device
        self.inode = inode
        self.size = size
        self.changeSeconds = changeSeconds
        self.changeNanoseconds = changeNanoseconds
    }
}
