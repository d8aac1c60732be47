/// What Markdown rendering may reuse from an earlier build (in the same process, or from the state
/// folder): a text's HTML, known by the text (or its file's stamp) and by what links resolve against
/// (`context`). Build wires it up (`BuildCache`, `PersistentCache`).
protocol MarkdownMemo: Sendable {
    /// The rendering of the text `text` in `context`, made by `render` when not known.
    func rendered(text: ContentHash, context: ContentHash, render: () -> RenderedMarkdown) -> RenderedMarkdown
}
