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
        self.init(bytes: text.utf8)
    }

    /// An identity read back from the UTF-8 bytes of its text; `nil` when malformed.
    init?(bytes: some Collection<UInt8>) {
        // device:inode:size:seconds.nanoseconds, each at most 20 digits.
        var numbers: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        var count = 0
        var current: UInt64 = 0
        var digits = 0
        for byte in bytes {
            if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
                let (times, overflow) = current.multipliedReportingOverflow(by: 10)
                guard !overflow, digits < 20 else { return nil }
                current = times &+ UInt64(byte - UInt8(ascii: "0"))
                digits += 1
                continue
            }
            // Separators in order: device:inode:size:seconds.nanoseconds
            let expected = count < 3 ? UInt8(ascii: ":") : UInt8(ascii: ".")
            guard byte == expected, digits > 0, count < 4 else { return nil }
            switch count {
            case 0: numbers.0 = current
            case 1: numbers.1 = current
            case 2: numbers.2 = current
            default: numbers.3 = current
            }
            count += 1
            current = 0
            digits = 0
        }
        guard digits > 0, count == 4, numbers.2 <= UInt64(Int.max), numbers.3 <= UInt64(Int.max),
            current < 1_000_000_000
        else { return nil }
        self.init(
            device: numbers.0, inode: numbers.1, size: Int(numbers.2), changeSeconds: Int(numbers.3),
            changeNanoseconds: Int(current))
    }

    init(device: UInt64, inode: UInt64, size: Int, changeSeconds: Int, changeNanoseconds: Int) {
        self.device = device
        self.inode = inode
        self.size = size
        self.changeSeconds = changeSeconds
        self.changeNanoseconds = changeNanoseconds
    }
}
