/// One piece of a parsed Mustache template.
indirect enum TemplateNode: Sendable {
    /// Literal text.
    case text(String)
    /// `{{name}}` (escaped) or `{{{name}}}` / `{{& name}}` (not escaped).
    case variable(TemplateName, escaped: Bool)
    /// `{{#name}}…{{/name}}`.
    case section(TemplateName, [TemplateNode])
    /// `{{^name}}…{{/name}}`.
    case invertedSection(TemplateName, [TemplateNode])
    /// `{{> name}}`.
    case partial(String)
    /// `{{< name}}…{{/name}}`: render the template `name` with these blocks replaced.
    case parent(String, blocks: [String: [TemplateNode]])
    /// `{{$ name}}default{{/name}}`: a block a child template may replace.
    case block(String, [TemplateNode])
}

/// A variable or section name as written: its dotted path, whether it looks only at the current
/// object (a leading `.`), and the transforms around it (`empty(list)`, innermost first).
struct TemplateName: Sendable, Hashable {
    var path: [String]
    var currentOnly: Bool
    var transforms: [String]

    /// Whether the name is `.` (the current object itself).
    var isCurrent: Bool { path.isEmpty }
}

/// A template syntax error with its 1-based line and column.
struct TemplateSyntaxError: Error, Sendable {
    var message: String
    var line: Int
    var column: Int
}
