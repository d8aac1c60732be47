import Foundation

/// The folder conventions of a dossier: `site.yml`, `content/{articles,entities,places,timeline,pages}`, `templates/`.
struct ProjectLayout: Sendable {
    /// The dossier folder.
    let root: URL

    /// Creates the layout of the dossier at `root`.
    init(root: URL) {
        self.root = root
    }

    /// `site.yml`.
    var siteConfig: URL { root.appendingPathComponent("site.yml") }
    /// `content/`.
    var content: URL { root.appendingPathComponent("content") }
    /// `templates/`: the dossier's own theme, when it has one.
    var templates: URL { root.appendingPathComponent("templates") }

    /// The folder under `content/` that holds files of `kind`.
    func folder(for kind: ContentKind) -> URL {
        content.appendingPathComponent(kind.folderName)
    }

    /// `url` as a path relative to the dossier folder, for messages.
    func relativePath(of url: URL) -> String {
        let rootPath = root.standardizedFileURL.path
        let path = url.standardizedFileURL.path
        if path.hasPrefix(rootPath + "/") {
            return String(path.dropFirst(rootPath.count + 1))
        }
        return path
    }
}

/// The kinds of file a dossier's `content/` holds, one folder each.
enum ContentKind: String, Sendable, CaseIterable {
    case article
    case entity
    case place
    case timeline
    case page

    /// The folder under `content/`.
    var folderName: String {
        switch self {
        case .article: "articles"
        case .entity: "entities"
        case .place: "places"
        case .timeline: "timeline"
        case .page: "pages"
        }
    }

    /// The file extensions read for this kind.
    var fileExtensions: Set<String> {
        self == .timeline ? ["yml", "yaml"] : ["md", "markdown"]
    }
}
