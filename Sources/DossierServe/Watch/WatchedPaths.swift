import Foundation

/// What a dossier preview watches: `site.yml`, and everything under `content/`, `templates/` and `i18n/`,
/// except hidden files and editors' scratch files (`.x.swp`, `x~`, Vim's `4913` probe).
enum WatchedPaths {
    /// The top-level names that matter.
    static let topLevel: Set<String> = ["site.yml", "content", "templates", "i18n"]

    /// The folders whose whole tree is watched.
    static let trees = ["content", "templates", "i18n"]

    /// Whether a change to `name` (one path component) can matter to the site.
    static func isRelevant(name: String) -> Bool {
        !(name.isEmpty || name.hasPrefix(".") || name.hasSuffix("~") || name.hasSuffix(".swp") || name.hasSuffix(".swx")
            || name == "4913")
    }

    /// Every folder of the watched trees below `root`, as paths relative to it (`content/articles`).
    static func folders(under root: URL) -> [String] {
        var found: [String] = []
        visitFolders(under: root) { found.append($0) }
        return found
    }

    /// The most folders watched, and how deep: as many as a build reads (a link to `/` inside
    /// `content/` is an error for the build, and must not make the watcher walk the file system).
    static let maximumFolders = 200_000
    static let maximumDepth = 33

    /// Calls `visit` with every folder of the watched trees, each one before its contents are
    /// listed: a watch added in `visit` then sees every child created after the listing. Follows a
    /// symbolic link only when it leads to a folder inside the dossier.
    static func visitFolders(under root: URL, _ visit: (String) -> Void) {
        guard let rootReal = realPath(root.path) else { return }
        var visited: Set<String> = []
        for tree in trees { walk(tree, depth: 0, root: root, inside: rootReal + "/", visited: &visited, visit: visit) }
    }

    private static func walk(
        _ relative: String, depth: Int, root: URL, inside prefix: String, visited: inout Set<String>, visit: (String) -> Void
    ) {
        let path = root.path + "/" + relative
        guard depth <= maximumDepth, visited.count < maximumFolders, FileStatus(path: path)?.isDirectory == true,
            let real = realPath(path), real.hasPrefix(prefix), visited.insert(real).inserted
        else { return }
        visit(relative)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        for name in names.sorted() where isRelevant(name: name) {
            walk(relative + "/" + name, depth: depth + 1, root: root, inside: prefix, visited: &visited, visit: visit)
        }
    }
}
