/// Every output path and what fills it; finds two sources that would write the same file before
/// anything is written.
struct OutputPlan {
    /// Where each path comes from, for messages.
    private(set) var owners: [String: String] = [:]
    private(set) var diagnostics: [Diagnostic] = []

    /// Claims `path` for `owner` (a file path or a description); two claims are an error naming both.
    mutating func claim(_ path: String, by owner: String) {
        // A file's claim is reported at its start: what collides is the name of the file itself.
        let isFile = owner.hasPrefix("content/") || owner.hasPrefix("templates/")
        let location = isFile ? SourceLocation(path: owner, line: 1, column: 1) : SourceLocation(path: "")
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
    }
}
