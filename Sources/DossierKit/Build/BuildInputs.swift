import Foundation

/// What a build starts from: the dossier's layout, the files found in it with their stamps, the
/// theme's files, and the output folder's writer; and the stamp of all of it, which says whether
/// the last build was made from the same inputs.
struct BuildInputs {
    let layout: ProjectLayout
    let writer: SiteWriter
    let loader: ContentLoader
    let sources: (files: [(file: InputFile, kind: ContentKind)], problems: [Diagnostic])
    let themeFiles: InputListing?
    let stamps: [ContentHash?]
    /// The files below `content/media/`, and their stamps.
    let media: [InputFile]
    let mediaStamps: [ContentHash?]
    /// The stamp of every input (see `InputStamp`).
    let stamp: String

    init(_ options: BuildOptions) throws {
        layout = ProjectLayout(root: options.projectRoot)
        writer = try SiteWriter(output: options.outputDirectory, projectRoot: options.projectRoot)
        loader = ContentLoader(layout: layout)
        let listed = loader.sourcesAndMedia()
        sources = (listed.files, listed.problems)
        media = listed.media
        themeFiles = Theme.files(of: layout)
        let sources = sources
        stamps = sources.files.parallelMap { FileStamp.of($0.file.resolvedPath) }
        mediaStamps = listed.media.parallelMap { FileStamp.of($0.resolvedPath) }
        stamp = InputStamp.compute(
            layout: layout, contentFiles: sources.files.map(\.file) + listed.media, stamps: stamps + mediaStamps,
            themeFiles: themeFiles?.files ?? [], options: options)
    }

    /// The problems the last build reported, when it was made from these very inputs (and
    /// everything was listed without problems); `nil` when the site must be built.
    func upToDate(unless force: Bool) -> [Diagnostic]? {
        guard !force, sources.problems.isEmpty, themeFiles?.problems.isEmpty ?? true,
            let built = writer.builtInputs(), built.stamp == stamp
        else { return nil }
        return built.diagnostics
    }
}
