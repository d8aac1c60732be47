import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Lists folders of the dossier: the one listing behind the content loader, the theme and the
/// input stamp. It returns only regular files inside the dossier (symbolic links are followed only
/// when they stay inside, and each folder is read once, so loops end), skips hidden files and
/// folders, and turns everything else into an error at its path: a folder it cannot open, a link
/// out of the dossier, a FIFO, device or socket, a folder nested too deep, too many entries.
struct InputWalker {
    private let root: DossierRoot
    /// What the walk covers, for the limit message: `content` or `templates`.
    private let scope: String
    /// The most entries listed in all (`InputLimits.entries`, smaller in tests).
    private let maximumEntries: Int
    private var listing = InputListing()
    private var entries = 0
    private var isFull = false

    /// A walker for folders of the dossier at `root`; `scope` names what it lists, in messages.
    init(root: DossierRoot, scope: String, maximumEntries: Int = InputLimits.entries) {
        self.root = root
        self.scope = scope
        self.maximumEntries = maximumEntries
    }

    /// Every file and problem listed so far.
    var result: InputListing { listing }

    /// The regular files below `folder` (relative to the dossier) whose names end in one of
    /// `extensions` (lower case; any name when `nil`), sorted by path; problems are kept in
    /// `result`. Nothing at `folder` gives no files and no problem.
    @discardableResult
    mutating func list(_ folder: String, extensions: Set<String>?) -> [InputFile] {
        let start: String
        switch root.resolve(folder) {
        case .success(nil): return []
        case .failure(let problem):
            listing.problems.append(problem)
            return []
        case .success(let (path, mode)?):
            guard mode & S_IFMT == S_IFDIR else {
                problem(at: folder, "this should be a folder, but it is \(RegularFile.kind(of: mode)); make it a folder")
                return []
            }
            start = path
        }
        var found: [InputFile] = []
        var visited: Set<String> = []
        walk(start, listedAs: folder, depth: 0, extensions: extensions, visited: &visited, found: &found)
        found.sort { $0.path < $1.path }
        listing.files += found
        return found
    }

    /// Lists the folder whose real path is `path` (listed as `listed`) with `readdir`, whose entry
    /// types spare a `stat` per file: only symbolic links and entries of unknown type are looked up.
    private mutating func walk(
        _ path: String, listedAs listed: String, depth: Int, extensions: Set<String>?, visited: inout Set<String>,
        found: inout [InputFile]
    ) {
        guard !isFull, visited.insert(path).inserted else { return }
        guard depth <= InputLimits.depth else {
            problem(
                at: listed,
                "this folder is nested more than \(InputLimits.depth) folders deep; Dossier reads at most \(InputLimits.depth) levels of sub-folders: move its files up"
            )
            return
        }
        guard let names = DirectoryEntries.of(path, limit: maximumEntries - entries + 1) else {
            let code = errno
            problem(
                at: listed,
                "this folder cannot be opened (\(DossierRoot.describe(code))); check its permissions (it must be readable and searchable, chmod u+rx), or remove it"
            )
            return
        }
        entries += names.count
        guard entries <= maximumEntries else {
            isFull = true
            problem(
                at: listed,
                "\(scope) holds more than \(maximumEntries) files and folders (counted up to this folder); Dossier lists at most \(maximumEntries): remove files or keep them outside the dossier"
            )
            return
        }
        for (name, type) in names.sorted(by: { $0.name < $1.name }) where !name.hasPrefix(".") {
            let entryPath = path + "/" + name
            let entryListed = listed + "/" + name
            var target = entryPath
            var mode = mode_t(type) << 12  // DTTOIF: the d_type as the S_IFMT bits of a mode.
            if type == DT_UNKNOWN, let status = Self.status(entryPath) { mode = status }
            if mode & S_IFMT == S_IFLNK {
                switch root.followLink(entryPath, listedAs: entryListed) {
                case .failure(let problem):
                    listing.problems.append(problem)
                    continue
                case .success(let resolved):
                    target = resolved
                    mode = Self.status(resolved) ?? 0
                }
            }
            switch mode & S_IFMT {
            case S_IFDIR:
                walk(target, listedAs: entryListed, depth: depth + 1, extensions: extensions, visited: &visited, found: &found)
            case S_IFREG:
                if extensions.map({ Self.hasExtension(name, among: $0) }) ?? true {
                    found.append(InputFile(path: entryListed, resolvedPath: target))
                }
            case 0:
                problem(at: entryListed, "this file disappeared while the dossier was read; build again")
            default:
                problem(
                    at: entryListed,
                    "this is \(RegularFile.kind(of: mode)), not a regular file or a folder; Dossier reads only regular files: remove it"
                )
            }
        }
    }

    private mutating func problem(at path: String, _ message: String) {
        listing.problems.append(.error(message, at: SourceLocation(path: path)))
    }

    /// The mode of the entry at `path` itself (not of a link's target), or `nil` when it is gone.
    private static func status(_ path: String) -> mode_t? {
        var status = stat()
        return lstat(path, &status) == 0 ? status.st_mode : nil
    }

    /// Whether `name` ends in `.` and one of `extensions` (lower case), ignoring case.
    static func hasExtension(_ name: String, among extensions: Set<String>) -> Bool {
        guard let dot = name.utf8.lastIndex(of: UInt8(ascii: ".")) else { return false }
        return extensions.contains(String(name[name.utf8.index(after: dot)...]).lowercased())
    }
}
