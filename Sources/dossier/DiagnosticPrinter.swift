import DossierKit
import Foundation

/// Prints diagnostics to standard error, coloured when it is a terminal.
struct DiagnosticPrinter {
    private let colour = isatty(STDERR_FILENO) != 0 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil

    /// Prints each diagnostic on its own line.
    func print(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics {
            guard colour else {
                line(diagnostic.description)
                continue
            }
            let severity = diagnostic.severity == .error ? "\u{1B}[1;31merror\u{1B}[0m" : "\u{1B}[1;33mwarning\u{1B}[0m"
            let location = diagnostic.location.map { "\u{1B}[1m\($0)\u{1B}[0m: " } ?? ""
            line("\(location)\(severity): \(diagnostic.message)")
        }
    }

    /// Prints one line.
    func line(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}
