import Foundation

/// What the last build wrote, kept in Dossier's state folder (`.dossier/manifest`), never in the
/// site: which output folder it wrote (by path and folder identity), a stamp of the build's inputs, the
/// warnings of that build, and each file's hash and identity (see `FileIdentity`) and page
/// fingerprint. It lets the next build skip unchanged work.
///
/// The file is untrusted input (a pull request can commit one): a manifest with any malformed line
/// or unsafe path is ignored as a whole, and what it says of a file counts only while the file on
/// disk still has the recorded identity, which a copied or forged file never has.
struct OutputManifest: Sendable {
    /// What the manifest records of one file.
    struct FileRecord: Sendable, Equatable {
        /// The hash of the bytes written.
        var hash: ContentHash
        /// The file's identity right after it was written or linked.
        var identity: FileIdentity
    }

    /// The output folder the site was written to: its real path, the identity of the folder holding
    /// this site, and that of the folder it replaced (`nil` for the first build or an update in
    /// place). The manifest is written just before the new folder is swapped in, so a build killed
    /// in between leaves the previous folder, which is still known as Dossier's.
    var output: OutputRecord?
    /// The stamp of the inputs the site was built from.
    var inputs: String?
    /// Each file written, by path relative to the output folder.
    var files: [String: FileRecord] = [:]
    /// The fingerprint of each page's inputs (see `PageFingerprints`), by path.
    var fingerprints: [String: ContentHash] = [:]
    /// The warnings of the build that wrote the site, shown again when nothing changed.
    var diagnostics: [Diagnostic] = []
    /// The identities of the build cache's files (`SiteState.cachePath`) the build wrote: the next
    /// build uses the cache only while every file still has its identity.
    var cache: [FileIdentity]?
    /// The identity of the file of page views the build wrote (`SiteState.viewsPath`), which the
    /// next build uses only while the file still has it.
    var views: FileIdentity?

    /// The first line: what the file is, and the version of its format.
    static let header = "Dossier's record of the last build (format 2). Delete the .dossier folder to forget it."

    /// The largest manifest read back (a 50,000-article site's is about 15 MB).
    static let sizeLimit = 256 * 1024 * 1024

    /// The manifest in the file at `path`, or `nil` when there is none, or it is not a regular file,
    /// not of this format, or has any line that is malformed or names an unsafe path. With
    /// `headerOnly`, stops at the first file line (for the output, inputs and diagnostics alone).
    static func read(from path: String, headerOnly: Bool = false) -> OutputManifest? {
        guard case .success(let data) = RegularFile.read(path, limit: sizeLimit) else { return nil }
        return parse(data, headerOnly: headerOnly)
    }

    /// The output folder recorded in the manifest file at `path`, read from the file's first lines.
    static func readOutput(from path: String) -> OutputRecord? {
        guard case .success(let data) = RegularFile.read(path, limit: 8192, prefix: true) else { return nil }
        // The header and the output line (the second), read as a record of their own.
        let lines = data.split(separator: UInt8(ascii: "\n"), maxSplits: 2, omittingEmptySubsequences: false)
        guard lines.count == 3 else { return nil }
        return parse(data[..<lines[2].startIndex], headerOnly: true)?.output
    }

    /// The manifest in `data` (see `read`).
    static func parse(_ data: Data, headerOnly: Bool = false) -> OutputManifest? {
        data.withUnsafeBytes { parse($0, headerOnly: headerOnly) }
    }

    private static func parse(_ data: UnsafeRawBufferPointer, headerOnly: Bool) -> OutputManifest? {
        var manifest = OutputManifest()
        guard data.last == UInt8(ascii: "\n"), let firstEnd = data.firstIndex(of: UInt8(ascii: "\n")),
            data[..<firstEnd].elementsEqual(header.utf8)
        else { return nil }
        if !headerOnly {
            // About two lines (a file and a page) per 180 bytes.
            manifest.files.reserveCapacity(data.count / 180)
            manifest.fingerprints.reserveCapacity(data.count / 180)
        }
        var start = firstEnd + 1
        // Line by line, without splitting the whole file first: a header-only read stops early.
        while start < data.endIndex {
            let end = data[start...].firstIndex(of: UInt8(ascii: "\n"))!
            let bytes = data[start..<end]
            start = end + 1
            if let entry = entry(bytes) {
                if headerOnly { break }
                switch entry {
                case .file(let hash, let identity, let path):
                    guard manifest.files.updateValue(FileRecord(hash: hash, identity: identity), forKey: path) == nil else {
                        return nil
                    }
                case .page(let fingerprint, let path):
                    guard manifest.fingerprints.updateValue(fingerprint, forKey: path) == nil else { return nil }
                }
                continue
            }
            let line = String(decoding: bytes, as: UTF8.self)
            if line.hasPrefix("diagnostic\t") {
                let fields = line.split(separator: "\t", maxSplits: 5, omittingEmptySubsequences: false).map(String.init)
                guard fields.count == 6, let severity = Diagnostic.Severity(rawValue: fields[1]),
                    let lineNumber = Int(fields[3]), let column = Int(fields[4])
                else { return nil }
                let location = fields[2].isEmpty ? nil : SourceLocation(path: fields[2], line: lineNumber, column: column)
                manifest.diagnostics.append(Diagnostic(severity, fields[5], at: location))
                continue
            }
            let parts = line.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: false)
            switch (parts.first, parts.count) {
            case ("inputs", 2) where manifest.inputs == nil: manifest.inputs = String(parts[1])
            case ("cache", 2) where manifest.cache == nil:
                let identities = parts[1].split(separator: ",", maxSplits: 256, omittingEmptySubsequences: false)
                    .map { FileIdentity(text: $0) }
                guard identities.count <= 256, identities.allSatisfy({ $0 != nil }) else { return nil }
                manifest.cache = identities.compactMap { $0 }
            case ("views", 2) where manifest.views == nil:
                guard let identity = FileIdentity(text: parts[1]) else { return nil }
                manifest.views = identity
            case ("output", 3) where manifest.output == nil:
                guard let output = OutputRecord(text: parts[1], path: parts[2]) else { return nil }
                manifest.output = output
            default: return nil
            }
        }
        return manifest
    }

    private enum Entry {
        /// `<hash> <identity> <path>`
        case file(ContentHash, FileIdentity, String)
        /// `<fingerprint> page <path>`
        case page(ContentHash, String)
    }

    /// A file or page line read from its bytes; `nil` for other lines, and for a line that starts
    /// like one but names an unsafe path (which makes the whole manifest unreadable).
    private static func entry(_ line: Slice<UnsafeRawBufferPointer>) -> Entry? {
        var index = line.startIndex
        var hash: UInt64 = 0
        for _ in 0..<16 {
            guard index < line.endIndex, let digit = hexValue(line[index]) else { return nil }
            hash = hash << 4 | UInt64(digit)
            index += 1
        }
        guard index < line.endIndex, line[index] == UInt8(ascii: " ") else { return nil }
        index += 1
        guard let space = line[index...].firstIndex(of: UInt8(ascii: " ")) else { return nil }
        let path = String(decoding: line[(space + 1)...], as: UTF8.self)
        guard OutputPath.isSafe(path) else { return nil }
        if line[index..<space].elementsEqual(pageMark) { return .page(ContentHash(rawValue: hash), path) }
        guard let identity = FileIdentity(bytes: line[index..<space]) else { return nil }
        return .file(ContentHash(rawValue: hash), identity, path)
    }

    private static let pageMark = Array("page".utf8)

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        default: nil
        }
    }

    /// The manifest file's bytes.
    var data: Data {
        var lines = [Self.header]
        if let output { lines.append("output \(output.text)") }
        if let inputs { lines.append("inputs \(inputs)") }
        if let cache, !cache.isEmpty { lines.append("cache " + cache.map(\.text).joined(separator: ",")) }
        if let views { lines.append("views " + views.text) }
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
        bytes.reserveCapacity(bytes.count + (files.count + fingerprints.count) * 96)
        for path in files.keys.sorted() {
            let record = files[path]!
            Self.appendHex(record.hash, to: &bytes)
            bytes.append(UInt8(ascii: " "))
            bytes += record.identity.text.utf8
            bytes.append(UInt8(ascii: " "))
            bytes += path.utf8
            bytes.append(UInt8(ascii: "\n"))
        }
        for path in fingerprints.keys.sorted() {
            Self.appendHex(fingerprints[path]!, to: &bytes)
            bytes.append(UInt8(ascii: " "))
            bytes += Self.pageMark
            bytes.append(UInt8(ascii: " "))
            bytes += path.utf8
            bytes.append(UInt8(ascii: "\n"))
        }
        return Data(bytes)
    }

    /// The output folder a manifest describes.
    struct OutputRecord: Sendable, Equatable {
        /// The folder's real path.
        var path: String
        /// The folder holding the site the manifest lists.
        var site: FolderIdentity
        /// The folder it replaced.
        var replaced: FolderIdentity?

        init(path: String, site: FolderIdentity, replaced: FolderIdentity?) {
            self.path = path
            self.site = site
            self.replaced = replaced
        }

        /// `<site>,<replaced or ->` and an absolute path, as written.
        init?(text: Substring, path: Substring) {
            let parts = text.split(separator: ",", omittingEmptySubsequences: false)
            guard parts.count == 2, let site = FolderIdentity(text: parts[0]), path.hasPrefix("/") else { return nil }
            self.init(path: String(path), site: site, replaced: parts[1] == "-" ? nil : FolderIdentity(text: parts[1]))
            if parts[1] != "-", replaced == nil { return nil }
        }

        var text: String { "\(site.text),\(replaced?.text ?? "-") \(path)" }
    }

    /// Sixteen hex digits, as `ContentHash.description` writes them.
    private static func appendHex(_ hash: ContentHash, to bytes: inout [UInt8]) {
        let digits = Array("0123456789abcdef".utf8)
        for shift in stride(from: 60, through: 0, by: -4) {
            bytes.append(digits[Int((hash.value >> UInt64(shift)) & 0xF)])
        }
    }
}
