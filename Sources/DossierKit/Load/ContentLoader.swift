import Foundation

/// Walks `content/`, classifies files by folder and reads their text. Parses nothing.
struct ContentLoader: Sendable {
    /// The dossier being read.
    let layout: ProjectLayout

    /// Creates a loader for the dossier at `layout`.
    init(layout: ProjectLayout) {
        self.layout = layout
    }

    /// The content files to read, in a stable order (by kind, then path), without reading them, and
    /// the problems met listing `content/` (a folder that cannot be opened, a symbolic link out of
    /// the dossier, a special file, a limit reached).
    func sources() -> (files: [(file: InputFile, kind: ContentKind)], problems: [Diagnostic]) {
        let listed = sourcesAndMedia()
        return (listed.files, listed.problems)
    }

    /// The content files to read (see `sources()`), and every file below `content/media/`.
    func sourcesAndMedia() -> (files: [(file: InputFile, kind: ContentKind)], media: [InputFile], problems: [Diagnostic]) {
        var walker = InputWalker(root: DossierRoot(layout.root), scope: "content")
        var files: [(file: InputFile, kind: ContentKind)] = []
        for kind in ContentKind.allCases {
            files += walker.list("content/" + kind.folderName, extensions: kind.fileExtensions).map { ($0, kind) }
        }
        let media = walker.list("content/" + Self.mediaFolder, extensions: nil)
        return (files, media, walker.result.problems)
    }

    /// The folder below `content/` whose files are copied to the site as they are.
    static let mediaFolder = "media"

    /// Every content file read, and the problems met listing and reading them.
    func load() -> (files: [SourceFile], diagnostics: [Diagnostic]) {
        let found = sources()
        let loaded = load(found.files)
        return (loaded.files, found.problems + loaded.diagnostics)
    }

    /// The files of `found` (from `sources()`) read, and the problems met reading them. With a
    /// `memo`, a file whose `FileStamp` (in `stamps`, in the same order) is as in the last build is
    /// not read again.
    func load(_ found: [(file: InputFile, kind: ContentKind)], stamps: [ContentHash?] = [], memo: (any SourceMemo)? = nil) -> (
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
        let results = Array(found.indices).parallelMap { index in
            let (file, kind) = found[index]
            guard let memo, index < stamps.count, let stamp = stamps[index] else { return read(file, kind: kind) }
            return memo.source(at: file.path, stamp: stamp) {
                read(file, kind: kind).map { file in
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

    private func read(_ file: InputFile, kind: ContentKind) -> Result<SourceFile, Diagnostic> {
        let data: Data
        switch file.read(limit: InputLimits.contentFileBytes, what: "a content file") {
        case .success(let bytes): data = bytes
        case .failure(let problem): return .failure(problem)
        }
        guard let text = TextDecoding.decode(data) else {
            let position = TextDecoding.firstInvalidPosition(in: data)
            return .failure(
                .error(
                    "this file is not valid UTF-8 text; save it as UTF-8 in your editor",
                    at: SourceLocation(path: file.path, line: position.line, column: position.column)))
        }
        let id = SafeName.make(URL(fileURLWithPath: file.path).deletingPathExtension().lastPathComponent)
        return .success(SourceFile(path: file.path, id: id, kind: kind, text: text))
    }
}
