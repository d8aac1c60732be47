/// What the search index may reuse from an earlier build in the same process (`serve`): the words
/// counted in a run of documents, known by a digest of everything counting reads from them (their
/// numbers, texts, weights and filters). An edit recounts the one run it falls in. Build wires it
/// up (`BuildCache`).
protocol SearchCountMemo: Sendable {
    /// The counts of the documents digested as `key`, made by `count` when not known.
    func counted(_ key: ContentHash, count: () -> TermCounts.Chunk) -> TermCounts.Chunk
}
