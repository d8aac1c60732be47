import Foundation

/// The files under `content/media/` (photos, maps, documents), copied to `public/media/` byte for
/// byte at the same relative path. Each image's pixel size is read from its header.
struct MediaFiles: Sendable {
    /// One file.
    struct File: Sendable {
        /// The path relative to `content/` (`media/2016/map.png`): also its path in the site.
        let path: String
        let input: InputFile
        /// Its `FileStamp` when listed (`nil` when it could not be looked up).
        let stamp: ContentHash?
        /// The pixel size, for an image whose header says it.
        let size: ImageSize?
    }

    /// The largest media file copied, in bytes.
    static let fileBytes = 256 * 1024 * 1024

    /// The files, sorted by path.
    let files: [File]
    /// Each file by its path relative to `content/`.
    let byPath: [String: File]

    init(_ files: [File] = []) {
        self.files = files
        byPath = Dictionary(files.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The media of the dossier whose files below `content/media/` are `listed` (from
    /// `InputWalker`), with their stamps (in the same order); a file too large is a problem.
    static func read(_ listed: [InputFile], stamps: [ContentHash?]) -> (MediaFiles, [Diagnostic]) {
        let read = zip(listed, stamps).map { ($0, $1) }.parallelMap { input, stamp -> Result<File, Diagnostic> in
            var size: ImageSize?
            let name = (input.path as NSString).pathExtension.lowercased()
            if ImageHeader.extensions.contains(name) {
                switch RegularFile.read(input.resolvedPath, limit: ImageHeader.prefixBytes, prefix: true) {
                case .success(let head): size = ImageHeader.size(of: head)
                case .failure:
                    return .failure(
                        .error("this file cannot be read; check its permissions", at: SourceLocation(path: input.path)))
                }
            }
            if let bytes = FileStamp.size(of: input.resolvedPath), bytes > fileBytes {
                return .failure(
                    .error(
                        "this file is \(RegularFile.describe(bytes: bytes)); the limit for a media file is \(RegularFile.describe(bytes: fileBytes)): make it smaller, or link to it where it is published",
                        at: SourceLocation(path: input.path)))
            }
            return .success(File(path: String(input.path.dropFirst("content/".count)), input: input, stamp: stamp, size: size))
        }
        var files: [File] = []
        var problems: [Diagnostic] = []
        for result in read {
            switch result {
            case .success(let file): files.append(file)
            case .failure(let problem): problems.append(problem)
            }
        }
        return (MediaFiles(files), problems)
    }

    /// A digest of every file's path, stamp and size: what links and images in bodies are
    /// rendered against.
    var digest: ContentHash {
        var hash = ContentHash()
        for file in files {
            hash.combine(file.path)
            hash.combine(file.stamp ?? ContentHash(number: -1))
            hash.combine(file.size?.width ?? 0)
            hash.combine(file.size?.height ?? 0)
        }
        return hash
    }
}
