import Foundation

/// Writes new files for the user: a new dossier (`dossier new PATH`), one content file
/// (`dossier new article "Title"`) or the built-in theme (`dossier theme export DIR`). Never
/// overwrites a file and never writes through a symbolic link; when any file is in the way, nothing
/// is written.
public enum Scaffold {
    /// A new dossier in `folder` (made when missing; it must be empty), started on `today`
    /// (`YYYY-MM-DD`). Returns the paths written, relative to `folder`.
    public static func newDossier(at folder: URL, today: String) throws(ScaffoldProblem) -> [String] {
        if let entries = try? FileManager.default.contentsOfDirectory(atPath: folder.path), !entries.isEmpty {
            throw ScaffoldProblem(
                message:
                    "'\(folder.path)' already has files in it, and a new dossier starts in an empty folder; give a new folder's name (dossier new my-dossier), or add files to this dossier with 'dossier new article \"Title\"'"
            )
        }
        let files = DossierSkeleton.files(today: today).map { ($0.path, Data($0.text.utf8)) }
        try write(files, into: folder)
        return files.map(\.0)
    }

    /// A new content file of `kind` (`NewContentFile.kinds`) titled `title` in the dossier at
    /// `root`. Returns its path, relative to `root`.
    public static func newFile(kind: String, title: String, in root: URL, today: String) throws(ScaffoldProblem) -> String {
        guard NewContentFile.kinds.contains(kind) else {
            throw ScaffoldProblem(
                message: "'\(kind)' is not a kind of file; write one of \(NewContentFile.kinds.joined(separator: ", "))")
        }
        guard let file = NewContentFile.make(kind: kind, title: title, today: today) else {
            throw ScaffoldProblem(
                message:
                    "the title '\(title)' has no letter or digit to name the file after; give a title such as \"Ceasefire talks in Moscow\""
            )
        }
        try write([(file.path, Data(file.text.utf8))], into: root)
        return file.path
    }

    /// The built-in theme's files written into `folder` (made when missing). Returns the paths
    /// written, relative to `folder`.
    public static func exportTheme(to folder: URL) throws(ScaffoldProblem) -> [String] {
        let files = DefaultTheme.fileContents.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
        try write(files, into: folder)
        return files.map(\.0)
    }

    /// Today's date where the user is, as `YYYY-MM-DD`.
    public static func today(_ now: Date = Date()) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = .current
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter.string(from: now)
    }

    /// Writes `files` below `root`, each created anew: when any already exists (or a folder on its
    /// way is a link or a file), nothing is written and the problem names every one.
    private static func write(_ files: [(String, Data)], into root: URL) throws(ScaffoldProblem) {
        let inTheWay = files.map(\.0).filter { path in
            var status = stat()
            return lstat(root.appendingPathComponent(path).path, &status) == 0
        }
        guard inTheWay.isEmpty else {
            let list = inTheWay.prefix(5).joined(separator: ", ") + (inTheWay.count > 5 ? ", …" : "")
            throw ScaffoldProblem(
                message:
                    "\(list) already exist\(inTheWay.count == 1 ? "s" : "") in '\(root.path)', and Dossier never overwrites a file; move \(inTheWay.count == 1 ? "it" : "them") away or choose another \(files.count == 1 ? "title" : "folder")"
            )
        }
        for (path, data) in files {
            let url = root.appendingPathComponent(path)
            try makeFolders(url.deletingLastPathComponent(), below: root)
            let descriptor = open(url.path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
            guard descriptor >= 0 else {
                throw ScaffoldProblem(message: "could not create '\(url.path)': \(String(cString: strerror(errno)))")
            }
            defer { close(descriptor) }
            let written = data.withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
            guard written == data.count else {
                throw ScaffoldProblem(message: "could not write '\(url.path)': \(String(cString: strerror(errno)))")
            }
        }
    }

    /// Makes `folder` and the folders up to it, refusing to go through a link or a file.
    private static func makeFolders(_ folder: URL, below root: URL) throws(ScaffoldProblem) {
        var status = stat()
        if lstat(folder.path, &status) == 0 {
            guard status.st_mode & S_IFMT == S_IFDIR else {
                throw ScaffoldProblem(
                    message: "'\(folder.path)' is not a folder (a file or a symbolic link is in the way); move it away")
            }
            return
        }
        if folder.standardizedFileURL.path != root.standardizedFileURL.path, folder.path != "/" {
            try makeFolders(folder.deletingLastPathComponent(), below: root)
        }
        guard mkdir(folder.path, 0o755) == 0 || errno == EEXIST else {
            throw ScaffoldProblem(message: "could not create the folder '\(folder.path)': \(String(cString: strerror(errno)))")
        }
    }
}

/// Why `Scaffold` wrote nothing.
public struct ScaffoldProblem: Error, Sendable {
    public let message: String
}
