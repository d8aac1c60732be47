import Dispatch

extension Array where Element: Sendable {
    /// `transform` applied to every element on all cores, results in order. `transform` must be pure.
    func parallelMap<Result>(_ transform: (Element) -> Result) -> [Result] {
        guard count > 1 else { return map(transform) }
        return [Result](unsafeUninitializedCapacity: count) { buffer, initialized in
            let base = buffer.baseAddress!
            withoutActuallyEscaping(transform) { transform in
                nonisolated(unsafe) let transform = transform
                nonisolated(unsafe) let base = base
                DispatchQueue.concurrentPerform(iterations: count) { index in
                    (base + index).initialize(to: transform(self[index]))
                }
            }
            initialized = count
        }
    }
}
