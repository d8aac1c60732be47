/// The keys a theme's templates read, checked against those the views have (`dossier check`): a
/// name no view has (`{{.titel}}`) renders nothing, and says nothing, in a build.
enum TemplateKeyCheck {
    /// A name a template reads, where it is written.
    struct Use: Equatable {
        /// The name's parts (`site.title` → `site`, `title`), without transforms or a leading dot.
        let parts: [String]
        let line: Int
        let column: Int
    }

    /// Every name read by a variable or an opening section tag of `text` (`{{name}}`, `{{{name}}}`,
    /// `{{&name}}`, `{{#name}}`, `{{^name}}`), with its position; comments, partials, parents,
    /// blocks and closing tags read none.
    static func uses(in text: String) -> [Use] {
        var found: [Use] = []
        for (content, line, column) in TemplateTags.all(in: text) {
            let triple = content.first == "{"
            var tag = (triple ? content.dropFirst() : content).trimmingCharacters(in: .whitespaces)[...]
            if let sigil = tag.first, "#^&".contains(sigil) {
                tag = tag.dropFirst()
            } else if let sigil = tag.first, "!/><$=".contains(sigil) {
                continue
            }
            // Transforms wrap the name: `equalzero(minusone(count))`.
            while let paren = tag.firstIndex(of: "(") { tag = tag[tag.index(after: paren)...] }
            while tag.last == ")" { tag = tag.dropLast() }
            let name = tag.trimmingCharacters(in: .whitespaces)
            guard name != ".", !name.isEmpty else { continue }
            let parts = name.split(separator: ".").map(String.init)
            // `t.key` is a text of the translation tables, checked when the theme is compiled.
            guard !parts.isEmpty, !(parts.count == 2 && parts[0] == "t" && !name.hasPrefix(".")) else { continue }
            found.append(Use(parts: parts, line: line, column: column))
        }
        return found
    }

    /// A warning for each name that the dossier's own templates of `theme` read and that no view of
    /// this build had (`known`, from `TemplateKeyRecorder`) nor the built-in theme reads.
    static func unknownKeys(in theme: Theme, known recorded: Set<String>) -> [Diagnostic] {
        var known = recorded
        known.insert("root")
        for text in DefaultTheme.templateTexts.values {
            for use in uses(in: text) { known.formUnion(use.parts) }
        }
        var diagnostics: [Diagnostic] = []
        for name in theme.ownTemplates.sorted() {
            guard let text = theme.templates[name] else { continue }
            for use in uses(in: text) {
                guard let unknown = use.parts.first(where: { !known.contains($0) }) else { continue }
                var message =
                    "no page has the key '\(unknown)', so the template renders nothing for '\(use.parts.joined(separator: "."))'"
                if let close = Suggestions.closest(to: unknown, among: known.sorted()) {
                    message += "; did you mean '\(close)'?"
                } else {
                    message += "; docs/theming.md lists the keys each page has"
                }
                diagnostics.append(
                    .warning(message, at: SourceLocation(path: theme.path(ofTemplate: name), line: use.line, column: use.column)))
            }
        }
        return diagnostics
    }
}
