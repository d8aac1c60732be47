import Foundation

#if canImport(Glibc)
    import Glibc
#endif

extension SiteWriter {
    /// Updates the site in the output folder where it is, for `dossier serve` and for an output
    /// folder that is a mount point: only the files whose fingerprint or bytes changed are written
    /// (each to a new file, then renamed over the old one, so no file is ever half written), files
    /// the site no longer has are removed, and unchanged files are not touched at all.
    ///
    /// Unlike `write`, the site is not swapped in as a whole: a build that fails while writing (a
    /// full disk) can leave some pages new and some old. When the state does not describe the
    /// folder (a first build, a folder of an earlier version), everything in it that the new site
    /// does not have is removed first, links and special files included, and nothing in it is
    /// reused. With a `memo`, the manifest written last time is kept in memory instead of read back.
    func update(
        _ files: [OutputFile], reuse: Bool = true, inputs: String?, diagnostics: [Diagnostic], memo: (any ManifestMemo)? = nil,
        cache: [FileIdentity]? = nil, views: (@Sendable () -> FileIdentity?)? = nil
    ) throws(DossierError) -> WriteResult {
        let paths = files.map(\.path)
        let root = destination.path
        try Self.createFolder(root, purpose: "the output folder")
        var previous = OutputManifest()
        if reuse, let identity = FolderIdentity.of(root) {
            if let kept = memo?.writtenManifest, kept.stamp == FileStamp.of(state.manifestPath),
                kept.manifest.output?.site == identity
            {
                previous = kept.manifest
            } else {
                previous = previousBuild()
            }
        }
        let tree = SiteTree(paths: paths)
        if previous.output == nil { tree.prune(root) }
        try tree.createFolders(
            in: root, only: previous.output == nil ? nil : tree.folders.filter { FolderIdentity.of(root + "/" + $0) == nil })
        let outcomes = files.parallelMap { file -> Result<WriteOutcome, DossierError> in
            let path = file.path
            let target = root + "/" + path
            let prepared = file.prepare()
            let fingerprint = prepared.fingerprint
            let kept = previous.files[path].flatMap { record in FileIdentity.of(target) == record.identity ? record : nil }
            if let kept, let fingerprint, previous.fingerprints[path] == fingerprint {
                return .success(
                    WriteOutcome(
                        hash: kept.hash, identity: kept.identity, fingerprint: fingerprint, written: false, rendered: false))
            }
            let data: Data
            do throws(DossierError) { data = try prepared.make() } catch { return .failure(error) }
            let hash = ContentHash.of(data)
            if let kept, kept.hash == hash, kept.identity.size == data.count {
                return .success(
                    WriteOutcome(hash: hash, identity: kept.identity, fingerprint: fingerprint, written: false, rendered: true))
            }
            guard SiteTree.isRealFolderChain(root, String(SiteTree.parent(Substring(path)))) else {
                return .failure(
                    DossierError(
                        "could not write \(target): a folder on its path is not a real folder (a symbolic link?); delete \(root) and build again"
                    ))
            }
            let temporary = target + ".dossier-part"
            switch Self.writeNewFile(data, to: temporary) {
            case .success:
                guard rename(temporary, target) == 0, let identity = FileIdentity.of(target) else {
                    let code = errno
                    unlink(temporary)
                    return .failure(Self.failure("could not write \(target)", code))
                }
                return .success(
                    WriteOutcome(hash: hash, identity: identity, fingerprint: fingerprint, written: true, rendered: true))
            case .failure(let problem):
                unlink(temporary)
                return .failure(DossierError("could not write \(target): \(problem.text)" + Self.advice(for: problem.code)))
            }
        }
        var (manifest, result) = try Self.tally(outcomes, paths: paths, inputs: inputs, diagnostics: diagnostics)
        manifest.cache = cache
        manifest.views = views?()
        // Only files that are still the ones Dossier wrote: anything else put there is left alone.
        SiteTree.removeFiles(
            previous.files.filter { path, record in
                !tree.files.contains(path) && FileIdentity.of(root + "/" + path) == record.identity
            }.keys, in: root)
        guard let identity = FolderIdentity.of(root) else { throw DossierError("the output folder \(root) vanished") }
        manifest.output = .init(path: root, site: identity, replaced: nil)
        try state.write(manifest)
        memo?.writtenManifest = FileStamp.of(state.manifestPath).map { ($0, manifest) }
        return result
    }
}
