/// What front-matter parsing may reuse from an earlier build (in the same process, or from the state
/// folder): a file's models and problems, known by its path, id and text (or stamp). Build wires it
/// up (`BuildCache`, `PersistentCache`).
protocol ParseMemo: Sendable {
    /// The parse of the file at `path` (with id `id`) whose text hashes to `text`, made by `parse`
    /// when not known.
    func parsed(
        at path: String, id: String, text: ContentHash, parse: () -> (ParsedFile, [Diagnostic])
    ) -> (ParsedFile, [Diagnostic])
}

/// One file's model (if it could be read), with the body of a Markdown file beside it.
enum ParsedFile: Sendable {
    case article(Article, body: String)
    case entity(Entity, body: String)
    case place(Place, body: String)
    case timeline([EventRecord])
    case page(Page, body: String)
    case none
}
