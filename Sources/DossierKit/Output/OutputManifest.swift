import Foundation

/// What the last build wrote, kept in the output folder's marker file: a stamp of the build's
/// inputs, and each file's hash and size. It lets the next build skip unchanged work: when the
/// inputs are the same nothing is rebuilt, and files with the same bytes are linked from the old
/// site instead of written again (same bytes, same modification time, so deploys copy only changes).
struct OutputManifest: Sendable {
    /// The stamp of the inputs the site was built from.
    var inputs: String?
    /// Hash and size of each file, by path.
    var files: [String: (hash: ContentHash, size: Int)] = [:]
    /// The fingerprint of each page's inputs (see `PageFingerprints`), by path.
    var fingerprints: [String: ContentHash] = [:]
    /// The warnings of the build that wrote the site, shown again when nothing changed.
    var diagnostics: [Diagnostic] = []

    static let header = "This folder is written by Dossier and replaced on every build. Do not keep other files here."

    /// Reads the manifest in `folder`'s marker file; an empty manifest when there is none.
    /// With `headerOnly`, stops before the file lines (for the inputs and diagnostics alone).
    static func read(from folder: URL, headerOnly: Bool = false) -> OutputManifest {
        var manifest = OutputManifest()
        guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(SiteWriter.markerName).path) else {
            return manifest
        }
        var start = data.startIndex
        while start < data.endIndex {
            let end = data[start...].firstIndex(of: UInt8(ascii: "\n")) ?? data.endIndex
            let bytes = data[start..<end]
            start = end + 1
            // The file and page lines, by far the most, are read from their bytes.
            if headerOnly, entry(bytes) != nil { break }
            switch entry(bytes) {
            case .file(let hash, let size, let path)?:
                manifest.files[path] = (hash, size)
                continue
            case .page(let fingerprint, let path)?:
                manifest.fingerprints[path] = fingerprint
                continue
            case nil: break
            }
            let line = String(decoding: bytes, as: UTF8.self)
            let parts = line.split(separator: " ", maxSplits: 2)
            if parts.count == 2, parts[0] == "inputs" { manifest.inputs = String(parts[1]) }
            if line.hasPrefix("diagnostic\t") {
                let fields = line.split(separator: "\t", maxSplits: 5, omittingEmptySubsequences: false).map(String.init)
                if fields.count == 6, let severity = Diagnostic.Severity(rawValue: fields[1]) {
                    let location =
                        fields[2].isEmpty
                        ? nil : SourceLocation(path: fields[2], line: Int(fields[3]) ?? 0, column: Int(fields[4]) ?? 0)
                    manifest.diagnostics.append(Diagnostic(severity, fields[5], at: location))
                }
            }
        }
        return manifest
    }

    private enum Entry {
        /// `<hash> <size> <path>`
        case file(ContentHash, Int, String)
        /// `<fingerprint> page <path>`
        case page(ContentHash, String)
    }

    /// A file or page line read from its bytes; `nil` for other lines.
    private static func entry(_ line: Data.SubSequence) -> Entry? {
        var index = line.startIndex
        var hash: UInt64 = 0
        for _ in 0..<16 {
            guard index < line.endIndex, let digit = hexValue(line[index]) else { return nil }
            hash = hash << 4 | UInt64(digit)
            index += 1
        }
        guard index < line.endIndex, line[index] == UInt8(ascii: " ") else { return nil }
        index += 1
        if line[index...].starts(with: pageMark) {
            return .page(ContentHash(rawValue: hash), String(decoding: line[(index + pageMark.count)...], as: UTF8.self))
        }
        var size = 0
        let digitsStart = index
        while index < line.endIndex, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(line[index]) {
            size = size * 10 + Int(line[index] - UInt8(ascii: "0"))
            index += 1
        }
        guard index > digitsStart, index < line.endIndex, line[index] == UInt8(ascii: " ") else { return nil }
        return .file(ContentHash(rawValue: hash), size, String(decoding: line[(index + 1)...], as: UTF8.self))
    }

    private static let pageMark = Array("page ".utf8)

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        default: nil
        }
    }

    /// The marker file's text.
    var text: String {
        var lines = [Self.header]
        if let inputs { lines.append("inputs \(inputs)") }
        for diagnostic in diagnostics {
            let location = diagnostic.location
            // Escaped: a line break or tab in a file name or a message would start a line of its own
            // (a forged file entry) or shift the fields.
            let path = TerminalText.escaped(location?.path ?? "")
            let message = TerminalText.escaped(diagnostic.message)
            lines.append(
                "diagnostic\t\(diagnostic.severity.rawValue)\t\(path)\t\(location?.line ?? 0)\t\(location?.column ?? 0)\t\(message)"
            )
        }
        var bytes = Array((lines.joined(separator: "\n") + "\n").utf8)
        bytes.reserveCapacity(bytes.count + (files.count + fingerprints.count) * 64)
        for path in files.keys.sorted() {
            let entry = files[path]!
            Self.appendHex(entry.hash, to: &bytes)
            bytes.append(UInt8(ascii: " "))
            bytes += String(entry.size).utf8
            bytes.append(UInt8(ascii: " "))
            bytes += path.utf8
            bytes.append(UInt8(ascii: "\n"))
        }
        for path in fingerprints.keys.sorted() {
            Self.appendHex(fingerprints[path]!, to: &bytes)
            bytes += " ".utf8
            bytes += Self.pageMark
            bytes += path.utf8
            bytes.append(UInt8(ascii: "\n"))
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Sixteen hex digits, as `ContentHash.description` writes them.
    private static func appendHex(_ hash: ContentHash, to bytes: inout [UInt8]) {
        let digits = Array("0123456789abcdef".utf8)
        for shift in stride(from: 60, through: 0, by: -4) {
            bytes.append(digits[Int((hash.value >> UInt64(shift)) & 0xF)])
        }
    }
}
