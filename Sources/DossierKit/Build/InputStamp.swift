import Foundation

/// A stamp of everything a build reads, from file metadata alone (path, size, modification time):
/// when it matches the stamp of the site in the output folder, nothing needs to be rebuilt.
enum InputStamp {
    /// The stamp for building `layout` (whose content files are `contentFiles` and theme files
    /// `themeFiles`, as `InputWalker` listed them) with `options` by this executable.
    /// `stamps` are the content files' `FileStamp`s, in the same order.
    static func compute(
        layout: ProjectLayout, contentFiles: [InputFile], stamps: [ContentHash?], themeFiles: [InputFile], options: BuildOptions
    ) -> String {
        var hash = ContentHash()
        hash.combine("dossier-inputs-4")
        hash.combine("drafts=\(options.includeDrafts) strict=\(options.strict) base=\(options.baseURL ?? "")")
        // Whether an article is in the future depends on the day, and on --future.
        hash.combine("future=\(options.allowsFuture) today=\(options.today)")
        hash.combine(options.outputDirectory.path)
        if let executable = Bundle.main.executablePath { combineStatus(of: executable, into: &hash) }
        combineStatus(of: layout.siteConfig.path, into: &hash)
        for (file, stamp) in zip(contentFiles, stamps) {
            hash.combine([file.path, file.resolvedPath])
            hash.combine(stamp ?? ContentHash(number: -1))
        }
        for file in themeFiles {
            hash.combine(file.path)
            combineStatus(of: file.resolvedPath, into: &hash)
        }
        for name in DossierTranslations.tableNames(in: layout) {
            combineStatus(of: layout.root.appendingPathComponent(DossierTranslations.folder + "/" + name).path, into: &hash)
        }
        return hash.description
    }

    /// A stamp of this executable (its path, size and modification time): a rebuilt Dossier may
    /// render pages differently.
    static func executableStamp() -> String {
        var hash = ContentHash()
        if let executable = Bundle.main.executablePath { combineStatus(of: executable, into: &hash) }
        return hash.description
    }

    private static func combineStatus(of path: String, into hash: inout ContentHash) {
        hash.combine(path)
        hash.combine(FileStamp.of(path) ?? ContentHash(number: -1))
    }
}
