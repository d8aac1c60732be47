/// How much of a dossier Dossier reads at most: every input is bounded, so a hostile or broken
/// dossier ends in an error naming the path and the limit, never in unbounded time or memory.
enum InputLimits {
    /// The largest content file (an article, entity, place or timeline file), in bytes.
    static let contentFileBytes = 32 * 1024 * 1024
    /// The largest `site.yml`, in bytes.
    static let siteConfigBytes = 1024 * 1024
    /// The largest file of a theme (a template or an asset), in bytes.
    static let themeFileBytes = 32 * 1024 * 1024
    /// The largest theme, all its files together, in bytes.
    static let themeBytes = 128 * 1024 * 1024
    /// The most entries (files and folders, hidden ones included) listed below `content/`, or below `templates/`.
    static let entries = 200_000
    /// The deepest folder read below `content/<kind>/` or `templates/`: sub-folders nested at most this deep.
    static let depth = 32
}
