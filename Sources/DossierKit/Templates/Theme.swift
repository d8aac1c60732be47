import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A theme's files: Mustache templates and the assets copied to `public/assets/`.
struct Theme: Sendable {
    /// Template text by name (`entity`, `partials/event`), without `.mustache`.
    var templates: [String: String]
    /// Asset bytes by path below `assets/` (`style.css`).
    var assets: [String: Data]
    /// Where the theme came from, for messages: `templates` or `the default theme`.
    var origin: String
    /// The templates (by name) and assets (by path below `assets/`) the dossier's own `templates/`
    /// gives; the others come from the built-in theme (`over(_:)`).
    var ownTemplates: Set<String> = []
    var ownAssets: Set<String> = []

    /// The stylesheet a dossier adds after the theme's, when its `templates/assets/` has one.
    static let customStylesheet = "custom.css"

    /// The files of the dossier's own theme (`templates/` of `layout`), listed by `InputWalker`,
    /// with the problems met listing them; `nil` when the dossier has no `templates/`.
    static func files(of layout: ProjectLayout) -> InputListing? {
        var status = stat()
        guard lstat(layout.templates.path, &status) == 0 else { return nil }
        var walker = InputWalker(root: DossierRoot(layout.root), scope: "templates")
        walker.list("templates", extensions: nil)
        return walker.result
    }

    /// The theme of `listing` (from `files(of:)`), read, and every problem met listing and reading
    /// it: a file over `InputLimits.themeFileBytes`, a file that would take the theme over
    /// `InputLimits.themeBytes` in all (it is not read), a template that is not UTF-8.
    static func load(_ listing: InputListing, origin: String) -> (theme: Theme, diagnostics: [Diagnostic]) {
        var files: [String: Data] = [:]
        var diagnostics = listing.problems
        var total = 0
        for file in listing.files {
            var status = stat()
            if stat(file.resolvedPath, &status) == 0, status.st_mode & S_IFMT == S_IFREG,
                Int(status.st_size) <= InputLimits.themeFileBytes, total + Int(status.st_size) > InputLimits.themeBytes
            {
                diagnostics.append(
                    .error(
                        "with this file the theme is more than \(RegularFile.describe(bytes: InputLimits.themeBytes)) in all, the limit; make its assets smaller or fewer",
                        at: SourceLocation(path: file.path)))
                continue
            }
            let data: Data
            switch file.read(limit: min(InputLimits.themeFileBytes, InputLimits.themeBytes - total), what: "a theme file") {
            case .success(let bytes): data = bytes
            case .failure(let problem):
                diagnostics.append(problem)
                continue
            }
            total += data.count
            let relative = String(file.path.dropFirst("templates/".count))
            if !relative.hasPrefix("assets/"), relative.hasSuffix(".mustache"), TextDecoding.decode(data) == nil {
                let position = TextDecoding.firstInvalidPosition(in: data)
                diagnostics.append(
                    .error(
                        "this template is not valid UTF-8 text; save it as UTF-8 in your editor",
                        at: SourceLocation(path: file.path, line: position.line, column: position.column)))
            }
            files[relative] = data
        }
        return (Theme(files: files, origin: origin), diagnostics)
    }

    /// The theme that ships with Dossier.
    static var builtIn: Theme {
        Theme(files: DefaultTheme.fileContents, origin: "the default theme")
    }

    /// This theme (a dossier's own `templates/`) over `base` (the built-in theme), file by file:
    /// a template or asset the dossier has replaces the built-in one of the same name, and what it
    /// lacks comes from `base`. A dossier that overrides one template or only adds `custom.css`
    /// keeps every other file of the built-in theme, and its fixes in later versions.
    func over(_ base: Theme) -> Theme {
        var merged = base
        merged.templates.merge(templates) { _, own in own }
        merged.assets.merge(assets) { _, own in own }
        merged.origin = origin
        merged.ownTemplates = Set(templates.keys)
        merged.ownAssets = Set(assets.keys)
        return merged
    }

    /// Where the template `name` is, as messages name it: `templates/article.mustache` for the
    /// dossier's own, `(default theme) templates/article.mustache` for one from the built-in theme.
    func path(ofTemplate name: String) -> String {
        (ownTemplates.contains(name) ? "templates/" : "(default theme) templates/") + name + ".mustache"
    }

    /// Whether the dossier adds a stylesheet of its own (`templates/assets/custom.css`).
    var hasCustomStylesheet: Bool { assets[Self.customStylesheet] != nil }

    /// A theme from files by path relative to the theme folder.
    init(files: [String: Data], origin: String) {
        var templates: [String: String] = [:]
        var assets: [String: Data] = [:]
        for (path, data) in files {
            if path.hasPrefix("assets/") {
                assets[String(path.dropFirst("assets/".count))] = AssetCompaction.compact(data, name: path)
            } else if path.hasSuffix(".mustache") {
                templates[String(path.dropLast(".mustache".count))] = TextDecoding.decode(data) ?? ""
            }
        }
        self.templates = templates
        self.assets = assets
        self.origin = origin
        if origin == "templates" {
            ownTemplates = Set(templates.keys)
            ownAssets = Set(assets.keys)
        }
    }
}
