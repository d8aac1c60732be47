import Foundation

/// A file of the dossier that Dossier may read: a regular file inside the dossier folder, found by
/// `InputWalker` or `DossierRoot.resolve`.
struct InputFile: Sendable, Hashable {
    /// The path relative to the dossier folder, as it is listed (through any symbolic link inside
    /// the dossier): for messages and ids (`content/articles/kerry.md`).
    var path: String
    /// The absolute path with every symbolic link resolved, inside the dossier folder: what is read.
    var resolvedPath: String

    /// The file's bytes, when it still is a regular file of at most `limit` bytes; otherwise an error
    /// at its path. `what` names the file in the size message ("a content file").
    func read(limit: Int, what: String) -> Result<Data, Diagnostic> {
        RegularFile.read(resolvedPath, limit: limit).mapError { failure in
            let message: String
            switch failure {
            case .missing: message = "this file disappeared while the dossier was read; build again"
            case .notRegular(let kind):
                message = "this is \(kind), not a regular file; Dossier reads only regular files: remove it"
            case .tooLarge(let size, let limit):
                message =
                    "this file is \(RegularFile.describe(bytes: size)); the limit for \(what) is \(RegularFile.describe(bytes: limit)): make it smaller"
            case .unreadable(let problem):
                message = "this file cannot be read (\(problem.lowercased())); check its permissions"
            }
            return .error(message, at: SourceLocation(path: path))
        }
    }
}
