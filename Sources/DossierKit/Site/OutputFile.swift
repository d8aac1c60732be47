import Foundation

/// One file of the site: its path, and how to work out its fingerprint and bytes. The writer asks
/// for both when it reaches the file, so a page's view is made once, for its fingerprint, and its
/// bytes are made from that same view only when the fingerprint differs from the last build's.
struct OutputFile: Sendable {
    /// The path inside the output folder.
    let path: String
    /// Works out the file's fingerprint and how to make its bytes.
    let prepare: @Sendable () -> Prepared

    init(_ path: String, prepare: @escaping @Sendable () -> Prepared) {
        self.path = path
        self.prepare = prepare
    }

    /// A file whose bytes are known (a theme asset): no fingerprint, its bytes are compared.
    static func data(_ path: String, _ data: Data) -> OutputFile {
        OutputFile(path) { Prepared(fingerprint: nil, make: { data }) }
    }

    /// A copy of the dossier's file `input` (a media file), fingerprinted by its `stamp` so that it
    /// is read only when it changed; without a stamp its bytes are compared.
    static func copy(_ path: String, of input: InputFile, stamp: ContentHash?, limit: Int) -> OutputFile {
        OutputFile(path) {
            Prepared(fingerprint: stamp) { () throws(DossierError) -> Data in
                switch input.read(limit: limit, what: "a media file") {
                case .success(let data): return data
                case .failure(let problem): throw DossierError(diagnostics: [problem])
                }
            }
        }
    }

    /// A file about to be written.
    struct Prepared {
        /// A hash of everything its bytes are made from, when it has one; the same fingerprint as the
        /// last build's means the same bytes.
        let fingerprint: ContentHash?
        let make: () throws(DossierError) -> Data
    }

    /// This file with its fingerprint (when it has one) bound to `generator`, what every file's
    /// fingerprint shares (the executable, the settings, the theme), and to its path.
    func bound(to generator: ContentHash) -> OutputFile {
        let path = path
        let prepare = prepare
        return OutputFile(path) {
            let prepared = prepare()
            guard let digest = prepared.fingerprint else { return prepared }
            var hash = generator
            hash.combine(path)
            hash.combine(digest)
            return Prepared(fingerprint: hash, make: prepared.make)
        }
    }
}

extension OutputFile {
    /// This file in `folder` of the site (an edition's, `ru/`), made as before.
    func moved(into folder: String) -> OutputFile {
        folder.isEmpty ? self : OutputFile(folder + path, prepare: prepare)
    }
}
