import Foundation

/// Renders fragment lists: each fragment's view once for the site root with the theme's partial
/// (`partials/article-card`, `partials/event`), then moved to each page's depth. Safe to use from
/// parallel page renders.
final class FragmentRenderer: FragmentSource, Sendable {
    private let views: FragmentViews
    private let templates: TemplateSet
    private let rendered = LockedTable<Key, RebasableHTML>()
    private let keys: TemplateKeyRecorder?

    private struct Key: Hashable {
        var kind: FragmentList.Kind
        var number: Int
    }

    init(views: FragmentViews, templates: TemplateSet, keys: TemplateKeyRecorder? = nil) {
        self.views = views
        self.templates = templates
        self.keys = keys
    }

    /// The fragments of `list`, joined, for a page whose way back to the root is `root`.
    func html(of list: FragmentList, root: String) -> String {
        var html = ""
        for number in list.numbers { html += fragment(Key(kind: list.kind, number: number)).html(root: root) }
        return html
    }

    private func fragment(_ key: Key) -> RebasableHTML {
        rendered.value(key) { render(key) }
    }

    /// The fragment `key` rendered for the site root.
    private func render(_ key: Key) -> RebasableHTML {
        let context = TemplateData.Context(root: "", fragments: nil, keys: keys)
        let data: Any
        let template: String
        switch key.kind {
        case .articleCard:
            data = TemplateData.of(views.articleCards[key.number], in: context)
            template = "partials/article-card"
        case .event:
            data = TemplateData.of(views.events[key.number], in: context)
            template = "partials/event"
        }
        var withRoot = data as? [String: Any] ?? [:]
        withRoot["root"] = ""
        return RebasableHTML(templates.render(withRoot, template: template))
    }
}
