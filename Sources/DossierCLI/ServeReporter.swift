import DossierKit
import DossierServe
import Foundation

/// Prints what `dossier serve` does: each rebuild with its cause and time, or the problems that stopped it.
struct ServeReporter {
    let printer: DiagnosticPrinter
    /// Whether to print the time of each build stage.
    var timings = false
    /// The time now, for the time of day each rebuild is printed with.
    var now: @Sendable () -> Date = { Date() }
    /// The time zone that time of day is in.
    var timeZone = TimeZone.current

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

    /// `[14:03:04] content/articles/x.md changed: ` (nothing for the first build), on a 24-hour clock.
    private func prefix(_ changed: [String]) -> String {
        guard !changed.isEmpty else { return "" }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let clock = calendar.dateComponents([.hour, .minute, .second], from: now())
        let time = String(format: "%02d:%02d:%02d", clock.hour ?? 0, clock.minute ?? 0, clock.second ?? 0)
        let what =
            changed.contains("*") ? "files" : changed.count > 3 ? "\(changed.count) files" : changed.joined(separator: ", ")
        return "[\(time)] \(what) changed: "
    }

    private func reloaded(_ tabs: Int, seconds: Double, changed: [String]) -> String {
        guard !changed.isEmpty else { return "" }
        return "; \(tabs) tab\(tabs == 1 ? "" : "s") reloaded (\(Int((seconds * 1000).rounded())) ms)"
    }
}
