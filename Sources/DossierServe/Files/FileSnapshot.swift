import Foundation

/// A file's bytes and status read through one open descriptor, so the two always describe the same
/// version even while a rebuild swaps a new site in.
struct FileSnapshot: Sendable {
    /// The file's status when it was read.
    let status: FileStatus
    /// The file's bytes.
    let data: Data

    /// Reads the regular file at `path`, or returns `nil` when it cannot be opened or is not a regular file.
    init?(path: String) {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        guard let status = FileStatus(descriptor: handle.fileDescriptor), status.isRegularFile,
            let data = try? handle.readToEnd() ?? Data()
        else { return nil }
        self.status = status
        self.data = data
    }
}
