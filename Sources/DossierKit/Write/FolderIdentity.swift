import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Which folder a path names: its device and inode, as `lstat` sees them (a symbolic link is not
/// a folder). An output folder keeps its identity from the build that swapped it in until it is
/// replaced, so the state can say which folder it describes.
struct FolderIdentity: Hashable, Sendable {
    var device: UInt64
    var inode: UInt64

    /// The identity of the folder at `path`, not following a symbolic link there; `nil` for
    /// anything that is not a folder.
    static func of(_ path: String) -> FolderIdentity? {
        var status = stat()
        guard lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFDIR else { return nil }
        return FolderIdentity(device: UInt64(status.st_dev), inode: UInt64(status.st_ino))
    }

    /// `device:inode`.
    var text: String { "\(device):\(inode)" }

    /// An identity read back from `text`; `nil` when malformed.
    init?(text: Substring) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, let device = UInt64(parts[0]), let inode = UInt64(parts[1]) else { return nil }
        self.init(device: device, inode: inode)
    }

    init(device: UInt64, inode: UInt64) {
        self.device = device
        self.inode = inode
    }
}
