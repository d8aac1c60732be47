import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Walks `content/`, classifies files by folder and reads their text. Parses nothing.
public struct ContentLoader: Sendable {
    /// The dossier being read.
    public let layout: ProjectLayout

    /// Creates a loader for the dossier at `layout`.
    public init(layout: ProjectLayout) {
        self.layout = layout
    }

    /// The content files to read, in a stable order (by kind, then path), without reading them.
    public func sources() -> [(url: URL, kind: ContentKind)] {
        ContentKind.allCases.flatMap { kind in
            Self.files(under: layout.folder(for: kind), withExtensions: kind.fileExtensions).map { ($0, kind) }
        }
    }

    /// Every content file read, and the problems met reading them.
    public func load() -> (files: [SourceFile], diagnostics: [Diagnostic]) {
        load(sources())
    }

    /// The files of `found` (from `sources()`) read, and the problems met reading them. With a
    /// `cache`, a file whose `FileStamp` (in `stamps`, in the same order) is as in the last build is
    /// not read again.
    public func load(_ found: [(url: URL, kind: ContentKind)], stamps: [ContentHash?] = [], cache: BuildCache? = nil) -> (
        files: [SourceFile], diagnostics: [Diagnostic]
    ) {
        var files: [SourceFile] = []
        var diagnostics: [Diagnostic] = []
        if !FileManager.default.fileExists(atPath: layout.content.path) {
            diagnostics.append(
                .warning(
                    "there is no 'content' folder: the site will be empty; create content/articles, content/entities, content/places",
                    at: SourceLocation(path: "content")))
        }
        let rootPath = layout.root.standardizedFileURL.path + "/"
        let results = Array(found.indices).parallelMap { index in
            let (url, kind) = found[index]
            let full = url.path
            let path = full.hasPrefix(rootPath) ? String(full.dropFirst(rootPath.count)) : layout.relativePath(of: url)
            guard let cache, index < stamps.count, let stamp = stamps[index] else { return read(url, path: path, kind: kind) }
            return cache.value(BuildCache.Key(kind: .file(path: path), text: stamp)) {
                read(url, path: path, kind: kind).map { file in
                    var file = file
                    file.stamp = stamp
                    return file
                }
            }
        }
        for result in results {
            switch result {
            case .success(let file): files.append(file)
            case .failure(let diagnostic): diagnostics.append(diagnostic)
            }
        }
        return (files, diagnostics)
    }

    private func read(_ url: URL, path: String, kind: ContentKind) -> Result<SourceFile, Diagnostic> {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            return .failure(.error("cannot read this file; check its permissions", at: SourceLocation(path: path)))
        }
        guard let text = TextDecoding.decode(data) else {
            let position = TextDecoding.firstInvalidPosition(in: data)
            return .failure(
                .error(
                    "this file is not valid UTF-8 text; save it as UTF-8 in your editor",
                    at: SourceLocation(path: path, line: position.line, column: position.column)))
        }
        let id = SafeName.make(url.deletingPathExtension().lastPathComponent)
        return .success(SourceFile(path: path, id: id, kind: kind, text: text))
    }

    /// The files below `folder` with one of `extensions` (any file when `nil`), sorted by path. Follows symbolic links once
    /// (a link back to a folder already visited is skipped, so loops end) and skips hidden files.
    static func files(under folder: URL, withExtensions extensions: Set<String>?) -> [URL] {
        var found: [String] = []
        var visited: Set<String> = []
        walk(folder.path, extensions: extensions, visited: &visited, found: &found)
        return found.sorted().map { URL(fileURLWithPath: $0, isDirectory: false) }
    }

    /// Lists `folder` with `readdir`, whose entry types spare a `stat` per file (only symbolic links
    /// and file systems that give no type are looked up).
    private static func walk(_ folder: String, extensions: Set<String>?, visited: inout Set<String>, found: inout [String]) {
        guard let real = realpath(folder, nil) else { return }
        defer { free(real) }
        guard visited.insert(String(cString: real)).inserted, let listed = DirectoryEntries.of(folder) else { return }
        var entries: [(name: String, isFolder: Bool)] = []
        for (name, type) in listed where !name.hasPrefix(".") {
            var isFolder = type == DT_DIR
            if type == DT_LNK || type == DT_UNKNOWN {
                var status = stat()
                guard stat(folder + "/" + name, &status) == 0 else { continue }
                isFolder = (status.st_mode & S_IFMT) == S_IFDIR
            }
            entries.append((name, isFolder))
        }
        for (name, isFolder) in entries.sorted(by: { $0.name < $1.name }) {
            let path = folder + "/" + name
            if isFolder {
                walk(path, extensions: extensions, visited: &visited, found: &found)
            } else if extensions.map({ Self.hasExtension(name, among: $0) }) ?? true {
                found.append(path)
            }
        }
    }

    /// Whether `name` ends in `.` and one of `extensions` (lower case), ignoring case.
    private static func hasExtension(_ name: String, among extensions: Set<String>) -> Bool {
        guard let dot = name.utf8.lastIndex(of: UInt8(ascii: ".")) else { return false }
        return extensions.contains(String(name[name.utf8.index(after: dot)...]).lowercased())
    }
}
