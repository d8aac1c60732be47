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
    static func read(from folder: URL) -> OutputManifest {
        var manifest = OutputManifest()
        guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(SiteWriter.markerName).path) else {
            return manifest
        }
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
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
                continue
            }
            if parts.count == 3, parts[0] == "page", let value = UInt64(parts[1], radix: 16) {
                manifest.fingerprints[String(parts[2])] = ContentHash(rawValue: value)
                continue
            }
            guard parts.count == 3, parts[0].count == 16, let value = UInt64(parts[0], radix: 16), let size = Int(parts[1]) else {
                continue
            }
            manifest.files[String(parts[2])] = (ContentHash(rawValue: value), size)
        }
        return manifest
    }

    /// The marker file's text.
    var text: String {
        var lines = [Self.header]
        if let inputs { lines.append("inputs \(inputs)") }
        for diagnostic in diagnostics {
            let location = diagnostic.location
            let message = diagnostic.message.replacingOccurrences(of: "\n", with: " ")
            lines.append(
                "diagnostic\t\(diagnostic.severity.rawValue)\t\(location?.path ?? "")\t\(location?.line ?? 0)\t\(location?.column ?? 0)\t\(message)"
            )
        }
        for path in files.keys.sorted() {
            let entry = files[path]!
            lines.append("\(entry.hash) \(entry.size) \(path)")
        }
        for path in fingerprints.keys.sorted() {
            lines.append("page \(fingerprints[path]!) \(path)")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
