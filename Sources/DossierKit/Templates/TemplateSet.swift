import Mustache

/// A theme's templates, each parsed once; template errors come back as diagnostics.
public struct TemplateSet: Sendable {
    /// The parsed templates, with partials registered by name.
    let library: MustacheLibrary

    /// The templates every theme must have, one per page kind.
    public static let required = [
        "base", "home", "article", "articles", "entity", "entities", "place", "places", "timeline", "tag", "tags",
    ]

    /// Parses every template of `theme`; reports syntax errors, missing page templates and partials
    /// that name no template, each at its file, line and column.
    public static func compile(_ theme: Theme) -> (templates: TemplateSet?, diagnostics: [Diagnostic]) {
        var library = MustacheLibrary()
        var diagnostics: [Diagnostic] = []
        let folder = theme.origin == "templates" ? "templates/" : "(default theme) templates/"
        for name in theme.templates.keys.sorted() {
            let path = folder + name + ".mustache"
            do {
                library.register(try MustacheTemplate(string: theme.templates[name]!), named: name)
            } catch let error as MustacheTemplate.ParserError {
                diagnostics.append(
                    .error(
                        "template syntax: \(describe(error.error))",
                        at: SourceLocation(path: path, line: error.context.lineNumber, column: error.context.columnNumber)))
            } catch {
                diagnostics.append(.error("template could not be read: \(error)", at: SourceLocation(path: path)))
            }
        }
        for name in required where theme.templates[name] == nil {
            diagnostics.append(
                .error(
                    "the theme has no template '\(name).mustache'; every theme needs these (\(required.joined(separator: ", ")))",
                    at: SourceLocation(path: folder + name + ".mustache")))
        }
        for name in theme.templates.keys.sorted() {
            for use in PartialScanner.partials(in: theme.templates[name]!) where theme.templates[use.name] == nil {
                var message = "the template uses '\(use.name)', but there is no template \(use.name).mustache"
                if let close = Suggestions.closest(to: use.name, among: theme.templates.keys.sorted()) {
                    message += "; did you mean '\(close)'?"
                }
                diagnostics.append(
                    .error(message, at: SourceLocation(path: folder + name + ".mustache", line: use.line, column: use.column)))
            }
        }
        return (diagnostics.containsErrors ? nil : TemplateSet(library: library), diagnostics)
    }

    /// Renders the template `name` with `context`.
    func render(_ context: [String: Any], template name: String) -> String {
        library.render(context, withTemplate: name) ?? ""
    }

    private static func describe(_ error: any Error) -> String {
        guard let error = error as? MustacheTemplate.Error else { return "\(error)" }
        switch error {
        case .sectionCloseNameIncorrect: return "a closing tag {{/…}} does not match the section it closes"
        case .unfinishedName: return "a tag is not closed; expected '}}'"
        case .expectedSectionEnd: return "a section {{#…}} is never closed; add its {{/…}}"
        case .invalidSetDelimiter: return "a set-delimiter tag {{=… …=}} is malformed"
        case .transformAppliedToInheritanceSection: return "a transform cannot be applied to an inheritance section"
        case .illegalTokenInsideInheritSection: return "only blocks {{$…}} may appear inside a {{<parent}} section"
        case .textInsideInheritSection: return "only blocks {{$…}} may appear inside a {{<parent}} section"
        case .invalidConfigVariableSyntax, .unrecognisedConfigVariable: return "unknown configuration tag {{% … }}"
        @unknown default: return "\(error)"
        }
    }
}

/// Finds the partials (`{{> name}}`) and parents (`{{< name}}`) a template uses, with positions.
enum PartialScanner {
    static func partials(in text: String) -> [(name: String, line: Int, column: Int)] {
        var found: [(String, Int, Int)] = []
        for (lineNumber, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var rest = line[...]
            while let open = rest.range(of: "{{") {
                let afterOpen = rest[open.upperBound...]
                guard let close = afterOpen.range(of: "}}") else { break }
                let tag = afterOpen[..<close.lowerBound].trimmingCharacters(in: .whitespaces)
                if let sigil = tag.first, sigil == ">" || sigil == "<" {
                    let name = tag.dropFirst().trimmingCharacters(in: .whitespaces)
                    if !name.isEmpty, !name.hasPrefix("*") {
                        let column = line.distance(from: line.startIndex, to: open.lowerBound) + 1
                        found.append((name, lineNumber + 1, column))
                    }
                }
                rest = afterOpen[close.upperBound...]
            }
        }
        return found
    }
}
