/// What updating the output folder in place may keep between builds in the same process: the record
/// it wrote last, with the stamp of its file (a changed file is read again). Build wires it up
/// (`BuildCache`).
protocol ManifestMemo: AnyObject, Sendable {
    var writtenManifest: (stamp: ContentHash, manifest: OutputManifest)? { get set }
}
