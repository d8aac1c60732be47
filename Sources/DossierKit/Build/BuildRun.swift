import Foundation

/// One build as it runs: the report it fills, the problems found so far and the clock of its
/// stages. A class, so each stage can add to it.
final class BuildRun {
    var report = BuildReport()
    var diagnostics: [Diagnostic] = []
    private var last = DispatchTime.now()

    /// The result of `body`, timed as the stage `name`.
    func stage<T>(_ name: String, _ body: () throws -> T) rethrows -> T {
        defer {
            let now = DispatchTime.now()
            report.stageTimes.append((name, Double(now.uptimeNanoseconds - last.uptimeNanoseconds) / 1e9))
            last = now
        }
        return try body()
    }

    /// The compiled templates, unless a problem stops the build: then a `DossierError` with every
    /// problem, sorted, warnings made errors under `strict`.
    func stopOnErrors(strict: Bool, _ templates: TemplateSet?) throws(DossierError) -> TemplateSet {
        diagnostics = Array(Set(diagnostics)).sortedByLocation()
        if strict { diagnostics = diagnostics.map { Diagnostic(.error, $0.message, at: $0.location) } }
        guard !diagnostics.containsErrors, let templates else { throw DossierError(diagnostics: diagnostics) }
        return templates
    }
}
