import DossierKit
import DossierServe
import Foundation

/// Prints what `dossier serve` does: each rebuild with its cause and time, or the problems that stopped it.
struct ServeReporter {
    let printer: DiagnosticPrinter
    /// Whether to print the time of each build stage.
    var timings = false

    /// Prints one event.
    func report(_ event: PreviewEvent) {
        switch event {
        case .built(let report, let changed, let tabs, let seconds):
            printer.print(report.diagnostics)
            if timings { report.timingLines.forEach(printer.line) }
            printer.line(prefix(changed) + report.summary + reloaded(tabs, seconds: seconds, changed: changed))
        case .failed(let diagnostics, let changed, let tabs, let seconds):
            printer.print(diagnostics)
            printer.line(
                prefix(changed) + DossierError(diagnostics: diagnostics).summary + "; still serving the last good site, "
                    + "with the problems shown in the page" + reloaded(tabs, seconds: seconds, changed: changed))
        case .warning(let message):
            printer.line("warning: " + message)
        }
    }

    /// `[12:03:04] content/articles/x.md changed: ` (nothing for the first build).
    private func prefix(_ changed: [String]) -> String {
        guard !changed.isEmpty else { return "" }
        let time = Date().formatted(.dateTime.hour(.twoDigits(amPM: .omitted)).minute(.twoDigits).second(.twoDigits))
        let what =
            changed.contains("*") ? "files" : changed.count > 3 ? "\(changed.count) files" : changed.joined(separator: ", ")
        return "[\(time)] \(what) changed: "
    }

    private func reloaded(_ tabs: Int, seconds: Double, changed: [String]) -> String {
        guard !changed.isEmpty else { return "" }
        return "; \(tabs) tab\(tabs == 1 ? "" : "s") reloaded (\(Int((seconds * 1000).rounded())) ms)"
    }
}
