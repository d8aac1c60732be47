import Foundation

/// A run of fragments (article cards, events) on a page: templates get their HTML, rendered once
/// per build with the theme's partial and moved to the page's depth; the fingerprint gets their
/// digests, each a `ViewDigest` of the fragment's view, so a page refers to what its fragments
/// show without hashing it again.
struct FragmentList: Encodable, Sendable, TemplateRepresentable, ViewDigestible {
    enum Kind: UInt8, Sendable, Encodable { case articleCard, event }

    let kind: Kind
    /// The fragments' numbers (article or event indices in the graph).
    let numbers: [Int]
    let viewDigest: ContentHash

    init(_ kind: Kind, _ numbers: some Sequence<Int>, digests: [ContentHash]) {
        self.kind = kind
        self.numbers = Array(numbers)
        var hash = ContentHash()
        hash.combine(Int(kind.rawValue))
        hash.combine(self.numbers.count)
        for number in self.numbers { hash.combine(digests[number]) }
        viewDigest = hash
    }

    var isEmpty: Bool { numbers.isEmpty }

    func templateData(in context: TemplateData.Context) -> Any {
        context.fragments?.html(of: self, root: context.root) ?? ""
    }
}

/// Renders fragment lists: each fragment's view once for the site root with the theme's partial
/// (`partials/article-card`, `partials/event`), then moved to each page's depth. Safe to use from
/// parallel page renders.
final class FragmentRenderer: @unchecked Sendable {
    private let views: FragmentViews
    private let templates: TemplateSet
    private let lock = NSLock()
    private var store: [Key: RebasableHTML] = [:]

    private struct Key: Hashable {
        var kind: FragmentList.Kind
        var number: Int
    }

    init(views: FragmentViews, templates: TemplateSet) {
        self.views = views
        self.templates = templates
    }

    /// The fragments of `list`, joined, for a page whose way back to the root is `root`.
    func html(of list: FragmentList, root: String) -> String {
        var html = ""
        for number in list.numbers { html += fragment(Key(kind: list.kind, number: number)).html(root: root) }
        return html
    }

    private func fragment(_ key: Key) -> RebasableHTML {
        lock.lock()
        let cached = store[key]
        lock.unlock()
        if let cached { return cached }
        let context = TemplateData.Context(root: "", fragments: nil)
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
        let made = RebasableHTML(templates.render(withRoot, template: template))
        lock.lock()
        store[key] = made
        lock.unlock()
        return made
    }
}
