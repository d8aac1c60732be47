import DossierKit
import Foundation

/// Prints diagnostics and messages to standard error, coloured when it is a terminal.
///
/// Everything printed goes through `TerminalText`: a file name, a title or a path typed on the
/// command line cannot forge or hide a line of the terminal or CI log.
struct DiagnosticPrinter {
    private let colour = isatty(STDERR_FILENO) != 0 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil

    /// Prints each diagnostic on its own line.
    func print(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics {
            write(diagnostic.formatted(coloured: colour))
        }
    }

    /// Prints one line, its control characters escaped.
    func line(_ text: String) {
        write(TerminalText.escaped(text))
    }

    /// Writes `text` (already escaped) and a line break.
    private func write(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}
