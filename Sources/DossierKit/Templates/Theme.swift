import Foundation

/// A theme's files: Mustache templates and the assets copied to `public/assets/`.
public struct Theme: Sendable {
    /// Template text by name (`entity`, `partials/event`), without `.mustache`.
    public var templates: [String: String]
    /// Asset bytes by path below `assets/` (`style.css`).
    public var assets: [String: Data]
    /// Where the theme came from, for messages: `templates` or `the default theme`.
    public var origin: String

    /// The theme in `folder` (a dossier's `templates/`).
    public static func load(from folder: URL, origin: String) -> Theme {
        var files: [String: Data] = [:]
        for url in ContentLoader.files(under: folder, withExtensions: nil) {
            let relative = String(url.standardizedFileURL.path.dropFirst(folder.standardizedFileURL.path.count + 1))
            files[relative] = FileManager.default.contents(atPath: url.path)
        }
        return Theme(files: files, origin: origin)
    }

    /// The theme that ships with Dossier.
    public static var builtIn: Theme {
        Theme(files: DefaultTheme.fileContents, origin: "the default theme")
    }

    /// A theme from files by path relative to the theme folder.
    init(files: [String: Data], origin: String) {
        var templates: [String: String] = [:]
        var assets: [String: Data] = [:]
        for (path, data) in files {
            if path.hasPrefix("assets/") {
                assets[String(path.dropFirst("assets/".count))] = data
            } else if path.hasSuffix(".mustache") {
                templates[String(path.dropLast(".mustache".count))] = TextDecoding.decode(data) ?? ""
            }
        }
        self.templates = templates
        self.assets = assets
        self.origin = origin
    }
}
