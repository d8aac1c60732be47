import Foundation

/// A view value shown on many pages (an entity's chip, the navigation of a section): hashed once,
/// and made into template data once for each depth of page (its links depend on the way back to
/// the root, nothing else does). Both come from the one value it holds.
final class Shared<Value: Encodable & Sendable>: TemplateRepresentable, Sendable {
    let value: Value
    let viewDigest: ContentHash
    /// Template data by the page's way back to the root.
    private let templateDataByRoot = LockedTable<String, Any>()

    init(_ value: Value) {
        self.value = value
        viewDigest = ViewDigest.of(value)
    }

    func templateData(in context: TemplateData.Context) -> Any {
        templateDataByRoot.value(context.root) { TemplateData.of(value, in: context) }
    }
}
