/// A theme's templates, each parsed once; template errors come back as diagnostics.
///
/// Templates are Mustache (variables, sections, partials, inheritance, transforms), rendered by
/// Dossier's own engine (`Templates/Mustache/`): swift-mustache looked every name up through
/// reflection and dynamic casts, about 3 µs a name and 370 µs an article page, a third of a build.
struct TemplateSet: Sendable {
    /// The parsed templates by name, for pages, partials and parents.
    let renderer: TemplateRenderer
    /// Where each template is, as diagnostics name it (see `Theme.path(ofTemplate:)`).
    let paths: [String: String]

    /// The templates every theme must have, one per page kind.
    static let required = [
        "base", "home", "article", "articles", "entity", "entities", "place", "places", "timeline", "tag", "tags", "page",
        "events", "place-list",
        "search", "404",
    ]

    /// Parses every template of `theme`; reports syntax errors, missing page templates and partials
    /// that name no template, each at its file, line and column.
    static func compile(_ theme: Theme, translations: Translations? = nil) -> (
        templates: TemplateSet?, diagnostics: [Diagnostic]
    ) {
        var parsed: [String: [TemplateNode]] = [:]
        var diagnostics: [Diagnostic] = []
        for name in theme.templates.keys.sorted() {
            let path = theme.path(ofTemplate: name)
            do {
                parsed[name] = try TemplateParser.parse(theme.templates[name]!)
            } catch {
                diagnostics.append(
                    .error(
                        "template syntax: \(error.message)",
                        at: SourceLocation(path: path, line: error.line, column: error.column)))
            }
        }
        for name in required where theme.templates[name] == nil {
            diagnostics.append(
                .error(
                    "the theme has no template '\(name).mustache'; every theme needs these (\(required.joined(separator: ", ")))",
                    at: SourceLocation(path: theme.path(ofTemplate: name))))
        }
        for name in theme.templates.keys.sorted() {
            for use in PartialScanner.partials(in: theme.templates[name]!) where theme.templates[use.name] == nil {
                var message = "the template uses '\(use.name)', but there is no template \(use.name).mustache"
                if let close = Suggestions.closest(to: use.name, among: theme.templates.keys.sorted()) {
                    message += "; did you mean '\(close)'?"
                }
                diagnostics.append(
                    .error(message, at: SourceLocation(path: theme.path(ofTemplate: name), line: use.line, column: use.column)))
            }
        }
        if let translations {
            for name in theme.templates.keys.sorted() {
                for use in TranslationKeys.uses(in: theme.templates[name]!) where translations.messages[use.key] == nil {
                    var message = "the template reads the text 't.\(use.key)', which no translation table has"
                    if let close = Suggestions.closest(to: use.key, among: translations.messages.keys.sorted()) {
                        message += "; did you mean 't.\(close)'?"
                    } else {
                        message += "; add it to i18n/en.yml (and the dossier's other languages)"
                    }
                    diagnostics.append(
                        .error(
                            message, at: SourceLocation(path: theme.path(ofTemplate: name), line: use.line, column: use.column)))
                }
            }
        }
        for cycle in TemplateCycles.find(in: parsed) {
            let name = cycle.names[cycle.names.count - 2]
            let used = cycle.names[cycle.names.count - 1]
            let use = PartialScanner.partials(in: theme.templates[name]!).first { $0.name == used }
            let loop = cycle.names.map { "'\($0)'" }.joined(separator: " → ")
            diagnostics.append(
                .error(
                    "the template '\(name)' includes '\(used)', which leads back to it: \(loop); rendering it would never end, so remove one of these inclusions or put it inside a section",
                    at: SourceLocation(path: theme.path(ofTemplate: name), line: use?.line ?? 1, column: use?.column ?? 1)))
        }
        return (
            diagnostics.containsErrors
                ? nil
                : TemplateSet(
                    renderer: TemplateRenderer(templates: parsed, translations: translations),
                    paths: Dictionary(uniqueKeysWithValues: theme.templates.keys.map { ($0, theme.path(ofTemplate: $0)) })),
            diagnostics
        )
    }

    /// Renders the template `name` with `context`.
    func render(_ context: [String: Any], template name: String) -> String {
        renderer.render(name, context: context)
    }

    /// The first problem met while rendering with these templates (a template including itself
    /// without end), as an error at that template; `nil` while every render went well.
    var renderProblem: Diagnostic? {
        renderer.problems.problem.map {
            .error($0.message, at: SourceLocation(path: paths[$0.template] ?? "templates/" + $0.template + ".mustache"))
        }
    }
}

/// Finds the partials (`{{> name}}`) and parents (`{{< name}}`) a template uses, with positions.
enum PartialScanner {
    static func partials(in text: String) -> [(name: String, line: Int, column: Int)] {
        var found: [(String, Int, Int)] = []
        for (content, line, column) in TemplateTags.all(in: text) {
            let tag = content.trimmingCharacters(in: .whitespaces)
            guard let sigil = tag.first, sigil == ">" || sigil == "<" else { continue }
            let name = tag.dropFirst().trimmingCharacters(in: .whitespaces)
            if !name.isEmpty, !name.hasPrefix("*") { found.append((name, line, column)) }
        }
        return found
    }
}
