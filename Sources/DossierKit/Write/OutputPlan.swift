/// Every output path and what fills it; finds two sources that would write the same file before
/// anything is written.
struct OutputPlan {
    /// Where each path comes from, for messages.
    private(set) var owners: [String: String] = [:]
    private(set) var diagnostics: [Diagnostic] = []
    /// Where a claim was made, when it is not the start of its owner's file.
    private var locations: [String: SourceLocation] = [:]

    /// Claims `path` for `owner` (a file path or a description), made `at` a place in the owner's
    /// file (`redirect_from`'s item) or else by the file's name; two claims are an error naming both.
    mutating func claim(_ path: String, by owner: String, at place: SourceLocation? = nil) {
        let location = place ?? Self.location(of: owner)
        guard OutputPath.isSafe(path) else {
            diagnostics.append(
                .error(
                    "\(owner) cannot be published: its name has a control character (a line break, say); rename it", at: location)
            )
            return
        }
        let key = path.lowercased()
        if let first = owners[key] {
            diagnostics.append(
                .error(
                    "\(owner) and \(first) would both be written to public/\(path); rename one of them", at: location))
            return
        }
        owners[key] = owner
        if let place { locations[key] = place }
    }

    /// A file's claim is reported at its start: what collides is the name of the file itself.
    private static func location(of owner: String) -> SourceLocation {
        let isFile = owner.hasPrefix("content/") || owner.hasPrefix("templates/")
        return isFile ? SourceLocation(path: owner, line: 1, column: 1) : SourceLocation(path: "")
    }

    /// Adds an error for each claimed path that another claim needs as a folder (`404.html` and
    /// `404.html/index.html`, from a `redirect_from` or a media file): one name cannot be both.
    mutating func checkFilesAgainstFolders() {
        for (key, owner) in owners.sorted(by: { $0.key < $1.key }) {
            var folder = Substring(key)
            while let slash = folder.lastIndex(of: "/") {
                folder = folder[..<slash]
                guard let fileOwner = owners[String(folder)] else { continue }
                diagnostics.append(
                    .error(
                        "\(owner) would be written to public/\(key), inside public/\(folder), which is a file of \(fileOwner); rename one of them",
                        at: locations[key] ?? Self.location(of: owner)))
                break
            }
        }
    }
}
