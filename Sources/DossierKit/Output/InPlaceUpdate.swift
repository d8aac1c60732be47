import Foundation

extension SiteWriter {
    /// Updates the site in the output folder where it is, for `dossier serve`: only the files whose
    /// fingerprint or bytes changed are written (each to a temporary file, then renamed over the old
    /// one, so no file is ever half written), files the site no longer has are removed, and the
    /// marker is written last. Unchanged files are not touched at all.
    ///
    /// Unlike `write`, the site is not swapped in as a whole: a build that fails while writing (a
    /// full disk) can leave some pages new and some old. Returns `nil`, having written nothing, when
    /// the folder holds no site written by Dossier; `write` is then the way. With a `cache`, the
    /// manifest written last time is kept in memory instead of read back.
    public func update(
        paths: [String], fingerprints: [ContentHash?], inputs: String?, diagnostics: [Diagnostic], cache: BuildCache? = nil,
        contents: (Int) throws(DossierError) -> Data
    ) throws -> WriteResult? {
        let marker = output.path + "/" + Self.markerName
        let previous: OutputManifest
        if let kept = cache?.writtenManifest, FileStamp.of(marker) == kept.stamp {
            previous = kept.manifest
        } else {
            previous = OutputManifest.read(from: output)
        }
        guard !previous.files.isEmpty else { return nil }
        let root = output.path
        try Self.createFolders(for: paths.filter { previous.files[$0] == nil }, in: output)
        let outcomes = Array(paths.indices).parallelMap { index -> Result<WriteOutcome, DossierError> in
            let path = paths[index]
            let fingerprint = index < fingerprints.count ? fingerprints[index] : nil
            if let fingerprint, previous.fingerprints[path] == fingerprint, let old = previous.files[path] {
                return .success(WriteOutcome(hash: old.hash, size: old.size, written: false, rendered: false))
            }
            let data: Data
            do throws(DossierError) { data = try contents(index) } catch { return .failure(error) }
            let hash = ContentHash.of(data)
            if let old = previous.files[path], old.hash == hash, old.size == data.count {
                return .success(WriteOutcome(hash: hash, size: data.count, written: false, rendered: true))
            }
            let temporary = root + "/" + path + ".dossier-part"
            if let problem = Self.writeFile(data, to: temporary) ?? Self.move(temporary, to: root + "/" + path) {
                unlink(temporary)
                return .failure(DossierError("could not write \(path): \(problem)"))
            }
            return .success(WriteOutcome(hash: hash, size: data.count, written: true, rendered: true))
        }
        let (manifest, result) = try Self.tally(
            outcomes, paths: paths, fingerprints: fingerprints, inputs: inputs, diagnostics: diagnostics)
        Self.removeFiles(Set(previous.files.keys).subtracting(paths), in: output)
        if let problem = Self.writeFile(Data(manifest.text.utf8), to: marker + ".dossier-part")
            ?? Self.move(marker + ".dossier-part", to: marker)
        {
            throw DossierError("could not write \(Self.markerName): \(problem)")
        }
        cache?.writtenManifest = FileStamp.of(marker).map { ($0, manifest) }
        return result
    }

    /// Renames `from` over `to` (atomically); the problem, if it failed.
    private static func move(_ from: String, to: String) -> String? {
        rename(from, to) == 0 ? nil : String(cString: strerror(errno))
    }
}
