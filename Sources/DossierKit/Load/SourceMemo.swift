/// What loading may reuse from an earlier build (in the same process, `dossier serve`, or from the
/// state folder, `dossier build`): a file read before, known by its `FileStamp`, so an unchanged
/// file is not read again. Build wires it up (`BuildCache`, `PersistentCache`).
protocol SourceMemo: Sendable {
    /// The file at `path` whose stamp is `stamp`, read by `read` when not known.
    func source(
        at path: String, stamp: ContentHash, read: () -> Result<SourceFile, Diagnostic>
    ) -> Result<SourceFile, Diagnostic>
}
