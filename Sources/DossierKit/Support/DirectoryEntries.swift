import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The entries of a folder as `readdir` gives them: name and type (`DT_DIR`, `DT_REG`, `DT_LNK`,
/// or `DT_UNKNOWN` on file systems that do not say), without `.` and `..`.
enum DirectoryEntries {
    /// The entries of the folder at `path`, in the order the system lists them, at most `limit` of
    /// them; `nil` when it cannot be opened (`errno` says why).
    static func of(_ path: String, limit: Int = .max) -> [(name: String, type: Int32)]? {
        guard let directory = opendir(path) else { return nil }
        defer { closedir(directory) }
        var entries: [(name: String, type: Int32)] = []
        while entries.count < limit, let entry = readdir(directory) {
            // An entry is only as long as its name: read the fields in place, never the whole
            // `dirent` (copying it reads past the end of the last entry of the buffer, which crashed).
            let record = UnsafeRawPointer(entry)
            let name = String(cString: record.advanced(by: nameOffset).assumingMemoryBound(to: CChar.self))
            guard name != ".", name != ".." else { continue }
            entries.append((name, Int32(record.load(fromByteOffset: typeOffset, as: UInt8.self))))
        }
        return entries
    }

    private static let nameOffset = MemoryLayout<dirent>.offset(of: \dirent.d_name)!
    private static let typeOffset = MemoryLayout<dirent>.offset(of: \dirent.d_type)!
}
