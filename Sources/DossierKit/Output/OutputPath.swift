/// The paths of files in the site, relative to the output folder: what Dossier writes, and the
/// only paths it accepts when it reads its state back.
enum OutputPath {
    /// The longest path accepted (Linux's `PATH_MAX` is 4096 bytes).
    static let maximumLength = 1024

    /// Whether `path` stays inside the folder it is relative to and can be a line of the state:
    /// not empty, not absolute, no empty, `.` or `..` component, no control character (a newline
    /// would split a line of the manifest), at most `maximumLength` bytes.
    static func isSafe(_ path: String) -> Bool {
        guard !path.isEmpty, path.utf8.count <= maximumLength, path.utf8.first != UInt8(ascii: "/") else { return false }
        guard !path.unicodeScalars.contains(where: { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }) else {
            return false
        }
        return !path.split(separator: "/", omittingEmptySubsequences: false).contains { $0.isEmpty || $0 == "." || $0 == ".." }
    }
}
