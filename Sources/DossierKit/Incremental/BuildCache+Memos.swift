/// The build cache is the memo of every stage that has one.
extension BuildCache: SourceMemo, ParseMemo, MarkdownMemo, ManifestMemo, PageViewMemo, SearchCountMemo {
    func counted(_ key: ContentHash, count: () -> TermCounts.Chunk) -> TermCounts.Chunk {
        value(Key(kind: .searchCounts, text: key), make: count)
    }

    func source(
        at path: String, stamp: ContentHash, read: () -> Result<SourceFile, Diagnostic>
    ) -> Result<SourceFile, Diagnostic> {
        value(Key(kind: .file(path: path), text: stamp), make: read)
    }

    func parsed(
        at path: String, id: String, text: ContentHash, parse: () -> (ParsedFile, [Diagnostic])
    ) -> (ParsedFile, [Diagnostic]) {
        value(Key(kind: .parse(path: path, id: id), text: text), make: parse)
    }

    func rendered(text: ContentHash, context: ContentHash, render: () -> RenderedMarkdown) -> RenderedMarkdown {
        value(Key(kind: .markdown(context: context), text: text), make: render)
    }
}
