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
    /// The way from the pages' root to the site's, where the files are: `../` for the pages of a
    /// language's edition in its folder (`ru/`), which share the default's media.
    private(set) var up = ""

    /// These files as the pages of an edition whose way back to the site's root is `up` link them.
    func linked(from up: String) -> MediaFiles {
        var media = self
        media.up = up
        return media
    }

    /// The path from the pages' root of `file` (`media/x.jpg`, or `../media/x.jpg` in an edition).
    func link(_ file: File) -> String { up + file.path }

    init(_ files: [File] = []) {
        self.files = files
        byPath = Dictionary(files.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Files a browser runs as code when opened from the site (a page, a script): published only
    /// with `unsafe_html: true`, like raw HTML in bodies.
    static let activeExtensions: Set<String> = ["html", "htm", "xhtml", "xht", "shtml", "js", "mjs", "svgz", "xml", "xsl"]

    /// The media of the dossier whose files below `content/media/` are `listed` (from
    /// `InputWalker`), with their stamps (in the same order); a file too large is a problem, and so
    /// is, unless `allowActive`, a file a browser would run as code on the site's address (a page,
    /// a script, an SVG with scripts or event handlers): a contribution could otherwise publish
    /// code that runs as the site.
    static func read(_ listed: [InputFile], stamps: [ContentHash?], allowActive: Bool = false) -> (MediaFiles, [Diagnostic]) {
        let read = zip(listed, stamps).map { ($0, $1) }.parallelMap { input, stamp -> Result<File, Diagnostic> in
            var size: ImageSize?
            let name = (input.path as NSString).pathExtension.lowercased()
            guard OutputPath.isSafe(String(input.path.dropFirst("content/".count))) else {
                return .failure(
                    .error(
                        "this file's name has control characters or is too long to publish; rename it (letters, digits, '-', '_', '.')",
                        at: SourceLocation(path: TerminalText.escaped(input.path))))
            }
            if !allowActive, activeExtensions.contains(name) {
                return .failure(
                    .error(
                        "a .\(name) file runs as code in the reader's browser when opened from the site, so it is not published; remove it, or set 'unsafe_html: true' in site.yml if every contribution is trusted",
                        at: SourceLocation(path: input.path)))
            }
            if ImageHeader.extensions.contains(name) {
                switch RegularFile.read(input.resolvedPath, limit: ImageHeader.prefixBytes, prefix: true) {
                case .success(let head):
                    size = ImageHeader.size(of: head)
                    if !allowActive, name == "svg", let problem = activeSVG(at: input, head: head) {
                        return .failure(
                            .error(
                                "this SVG \(problem), which runs as code in the reader's browser when the file is opened from the site, so it is not published; remove it from the drawing, or set 'unsafe_html: true' in site.yml if every contribution is trusted",
                                at: SourceLocation(path: input.path)))
                    }
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

    /// The largest SVG checked for scripts (a larger one is refused unless `unsafe_html` is on).
    static let svgCheckBytes = 16 * 1024 * 1024

    /// What in the SVG file `input` (whose first bytes are `head`) would run as code, or `nil`.
    private static func activeSVG(at input: InputFile, head: Data) -> String? {
        if let size = FileStamp.size(of: input.resolvedPath), size <= head.count { return activeSVG(head) }
        guard case .success(let data) = RegularFile.read(input.resolvedPath, limit: svgCheckBytes) else {
            return "is larger than \(RegularFile.describe(bytes: svgCheckBytes)) and cannot be checked for scripts"
        }
        return activeSVG(data)
    }

    /// What in an SVG would run as code (a script, an event handler, a `javascript:` link, embedded
    /// HTML, entity declarations that could hide them), or `nil`.
    static func activeSVG(_ data: Data) -> String? {
        let text = String(decoding: data, as: UTF8.self).lowercased()
        if text.contains("<script") { return "has a <script>" }
        if text.contains("<foreignobject") { return "embeds HTML (<foreignObject>)" }
        if text.contains("javascript:") { return "has a javascript: link" }
        if text.contains("<!entity") { return "declares entities" }
        var rest = text[...]
        while let range = rest.range(of: "on") {
            let before = rest[..<range.lowerBound].last
            let after = rest[range.upperBound...].prefix { $0.isLetter }
            let next = rest[range.upperBound...].dropFirst(after.count).drop {
                $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r"
            }
            if let before, before.isWhitespace || before == "/" || before == "\"" || before == "'", !after.isEmpty,
                next.first == "="
            {
                return "has an event handler (on\(after)=)"
            }
            rest = rest[range.upperBound...]
        }
        return nil
    }

    /// A digest of every file's path, stamp and size: what links and images in bodies are
    /// rendered against.
    var digest: ContentHash {
        var hash = ContentHash()
        hash.combine(up)
        for file in files {
            hash.combine(file.path)
            hash.combine(file.stamp ?? ContentHash(number: -1))
            hash.combine(file.size?.width ?? 0)
            hash.combine(file.size?.height ?? 0)
        }
        return hash
    }
}
