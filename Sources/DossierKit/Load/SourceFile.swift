/// One input file, read but not parsed.
struct SourceFile: Sendable, Hashable {
    /// The path relative to the dossier folder (`content/entities/people/john-kerry.md`).
    var path: String
    /// The file name without its extension: the id of an article, entity or place.
    var id: String
    /// Which folder of `content/` it came from.
    var kind: ContentKind
    /// The text, with any byte-order mark removed and line endings normalised to `\n`.
    var text: String
    /// The file's `FileStamp` when it was read, if known: it stands for the text in caches.
    var stamp: ContentHash?

    /// Creates a source file.
    init(path: String, id: String, kind: ContentKind, text: String, stamp: ContentHash? = nil) {
        self.path = path
        self.id = id
        self.kind = kind
        self.text = text
        self.stamp = stamp
    }
}
