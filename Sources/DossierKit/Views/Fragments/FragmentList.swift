import Foundation

/// A run of fragments (article cards, events) on a page: templates get their HTML, rendered once
/// per build with the theme's partial and moved to the page's depth; the fingerprint gets their
/// digests, each a `ViewDigest` of the fragment's view, so a page refers to what its fragments
/// show without hashing it again.
struct FragmentList: Encodable, Sendable, TemplateRepresentable {
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

    func templateData(in context: TemplateData.Context) -> Any {
        context.fragments?.html(of: self, root: context.root) ?? ""
    }
}

/// What turns fragment lists into HTML for a page (the theme's partials: `FragmentRenderer`).
protocol FragmentSource: Sendable {
    /// The fragments of `list`, joined, for a page whose way back to the root is `root`.
    func html(of list: FragmentList, root: String) -> String
}
