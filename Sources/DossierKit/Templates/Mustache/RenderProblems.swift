import Foundation

/// Problems met while rendering, from any thread: a template that includes itself through a
/// section that never runs out of data is stopped at `TemplateRenderer.maximumDepth` and recorded
/// here, and the build fails with it instead of writing the page.
final class RenderProblems: @unchecked Sendable {
    private let lock = NSLock()
    private var first: (template: String, chain: [String])?

    /// Records that rendering went past the depth limit along `chain` (outermost first).
    func recordTooDeep(_ chain: [String]) {
        lock.lock()
        defer { lock.unlock() }
        if first == nil { first = (chain.last ?? "", chain) }
    }

    /// The first problem recorded, as the template's name and a message; `nil` while there is none.
    var problem: (template: String, message: String)? {
        lock.lock()
        defer { lock.unlock() }
        guard let first else { return nil }
        let chain = first.chain
        // The repeating part: from the innermost template's previous appearance to the end.
        let start = chain.dropLast().lastIndex(of: first.template) ?? max(0, chain.count - 4)
        let loop = chain[start...].map { "'\($0)'" }.joined(separator: " → ")
        return (
            first.template,
            "the template '\(first.template)' was included more than \(TemplateRenderer.maximumDepth) levels deep while rendering (\(loop) → …); it includes itself through a section that never runs out, so make the section go down the data ('{{#.children}}') or remove the inclusion"
        )
    }
}
