/// The paths of files in the site, relative to the output folder: what Dossier writes, and the
/// only paths it accepts when it reads its state back.
enum OutputPath {
    /// The longest path accepted (Linux's `PATH_MAX` is 4096 bytes).
    static let maximumLength = 1024

    /// Whether `path` stays inside the folder it is relative to and can be a line of the state:
    /// not empty, not absolute, no empty, `.` or `..` component, no control character (a newline
    /// would split a line of the manifest), at most `maximumLength` bytes.
    static func isSafe(_ path: String) -> Bool {
        var path = path
        return path.withUTF8 { bytes in
            guard !bytes.isEmpty, bytes.count <= maximumLength, bytes[0] != UInt8(ascii: "/") else { return false }
            var componentStart = 0
            var previous: UInt8 = 0
            for index in 0...bytes.count {
                let byte = index < bytes.count ? bytes[index] : UInt8(ascii: "/")
                // C0 controls and DEL, and C1 controls (U+0080–U+009F, written C2 80–C2 9F).
                if byte < 0x20 || byte == 0x7F || (previous == 0xC2 && (0x80...0x9F).contains(byte)) { return false }
                previous = byte
                guard byte == UInt8(ascii: "/") else { continue }
                let length = index - componentStart
                let isDots = bytes[componentStart..<index].allSatisfy { $0 == UInt8(ascii: ".") }
                if length == 0 || (isDots && length <= 2) { return false }
                componentStart = index + 1
            }
            return true
        }
    }
}
