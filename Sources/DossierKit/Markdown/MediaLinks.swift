import Foundation

/// Links and images in bodies that point at local files: written relative to the Markdown file, as
/// editors preview them (`../media/2016/map.png` from `content/articles/x.md`), or rooted at
/// `content/` with a leading `/` (`/media/2016/map.png`). Dossier rewrites both to the file's
/// address from the page; a local file that is not among the media files is reported.
enum MediaLinks {
    /// The page URL of the media file `destination` names, as seen from a page whose way back to
    /// the site root is `root`; `.missing` for a local file that is no media file; `nil` for a
    /// destination that is not a local file (a web address, `mailto:`, a fragment, a `.md` link).
    static func rewrite(_ destination: String, from file: String, media: MediaFiles, root: String) -> LinkRewrite? {
        guard let path = contentPath(destination, from: file) else {
            return isLocal(destination) ? .missing : nil
        }
        guard let file = media.byPath[path] else { return .missing }
        return .url(root + SiteURLs.encoded(media.link(file)) + suffix(of: destination))
    }

    /// The path relative to `content/` (`media/2016/map.png`) of the local file `destination`
    /// names from the Markdown file `file` (`content/articles/x.md`); `nil` when it is not a local
    /// file, or leads out of `content/`.
    static func contentPath(_ destination: String, from file: String) -> String? {
        guard isLocal(destination) else { return nil }
        var path = String(destination[..<(destination.firstIndex { $0 == "#" || $0 == "?" } ?? destination.endIndex)])
        path = path.removingPercentEncoding ?? path
        var components: [Substring] = []
        if !path.hasPrefix("/") {
            let folder = (file as NSString).deletingLastPathComponent
            guard folder == "content" || folder.hasPrefix("content/") else { return nil }
            components = folder.split(separator: "/").dropFirst().map { $0 }
        }
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            switch part {
            case ".": continue
            case "..":
                guard !components.isEmpty else { return nil }
                components.removeLast()
            default: components.append(part)
            }
        }
        return components.isEmpty ? nil : components.joined(separator: "/")
    }

    /// Whether `destination` names a file of the dossier rather than a page elsewhere: no scheme
    /// (`https:`, `mailto:`), not `//host`, not only a fragment, not a `.md` link (see `ContentLinks`).
    private static func isLocal(_ destination: String) -> Bool {
        guard !destination.isEmpty, !destination.hasPrefix("#"), !destination.hasPrefix("//"), !destination.hasPrefix("?")
        else { return false }
        let path = destination[..<(destination.firstIndex { $0 == "#" || $0 == "?" } ?? destination.endIndex)]
        if path.hasSuffix(".md") { return false }
        if let colon = path.firstIndex(of: ":"), !path[..<colon].contains("/") { return false }
        return true
    }

    /// The `#fragment` or `?query` of `destination`, kept on the rewritten address.
    private static func suffix(of destination: String) -> String {
        guard let start = destination.firstIndex(where: { $0 == "#" || $0 == "?" }) else { return "" }
        return String(destination[start...])
    }
}
