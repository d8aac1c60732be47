import Foundation

/// A view value shown on many pages (an entity's chip, the navigation of a section): hashed once,
/// and made into template data once for each depth of page (its links depend on the way back to
/// the root, nothing else does). Both come from the one value it holds.
final class Shared<Value: Encodable & Sendable>: TemplateRepresentable, @unchecked Sendable {
    let value: Value
    let viewDigest: ContentHash
    private let lock = NSLock()
    /// Template data by the page's way back to the root.
    private var templateDataByRoot: [String: Any] = [:]

    init(_ value: Value) {
        self.value = value
        viewDigest = ViewDigest.of(value)
    }

    func templateData(in context: TemplateData.Context) -> Any {
        lock.lock()
        let known = templateDataByRoot[context.root]
        lock.unlock()
        if let known { return known }
        let made = TemplateData.of(value, in: context)
        lock.lock()
        templateDataByRoot[context.root] = made
        lock.unlock()
        return made
    }
}
