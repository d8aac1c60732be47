import Foundation

/// What a build varies on.
public struct BuildOptions: Sendable {
    /// The dossier folder (holds `site.yml`, `content/`, `templates/`).
    public var projectRoot: URL
    /// Where the site is written; `projectRoot/public` unless set.
    public var outputDirectory: URL
    /// Include articles marked `draft: true`.
    var includeDrafts: Bool
    /// Treat every warning as an error.
    var strict: Bool
    /// Publish articles dated after `today` without a warning (`--future`).
    var allowsFuture: Bool
    /// The build's day, where the user is: a later publication date is a warning.
    var today: PartialDate
    /// Overrides `base_url` from `site.yml`.
    var baseURL: String?
    /// Rebuild even when no input changed since the last build.
    var force: Bool
    /// Parsed files and rendered Markdown kept from earlier builds in this process (`serve`); without
    /// one, the build uses the persistent cache in the state folder (`PersistentCache`).
    var cache: BuildCache?
    /// Update the site in the output folder file by file instead of swapping in a whole new one
    /// (`serve`: much faster after a small edit, but a build that fails while writing can leave a
    /// mix of old and new pages).
    var updatesInPlace: Bool

    /// Where `serve --drafts` writes its preview: inside Dossier's state folder (`.dossier/preview`),
    /// never in the `public/` that gets deployed.
    public static func draftPreviewFolder(of root: URL) -> URL {
        StateFolder.previewFolder(of: root)
    }

    /// Creates options; the output folder defaults to `public/` inside the dossier.
    public init(
        projectRoot: URL,
        outputDirectory: URL? = nil,
        includeDrafts: Bool = false,
        strict: Bool = false,
        baseURL: String? = nil,
        force: Bool = false,
        allowsFuture: Bool = false,
        today: Date = Date(),
        cache: BuildCache? = nil,
        updatesInPlace: Bool = false
    ) {
        self.projectRoot = projectRoot.standardizedFileURL
        self.outputDirectory = (outputDirectory ?? projectRoot.appendingPathComponent("public")).standardizedFileURL
        self.includeDrafts = includeDrafts
        self.strict = strict
        self.allowsFuture = allowsFuture
        let day = Calendar.current.dateComponents([.year, .month, .day], from: today)
        self.today =
            PartialDate(year: day.year ?? 2000, month: day.month, day: day.day) ?? PartialDate(year: day.year ?? 2000)!
        self.baseURL = baseURL
        self.force = force
        self.cache = cache
        self.updatesInPlace = updatesInPlace
    }
}
