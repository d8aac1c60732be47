import DossierKit
import Foundation

/// Prints diagnostics and messages to the error stream (`TerminalOutput.current` when made),
/// coloured when it is a terminal.
///
/// Everything printed goes through `TerminalText`: a file name, a title or a path typed on the
/// command line cannot forge or hide a line of the terminal or CI log.
struct DiagnosticPrinter: Sendable {
    /// Where it writes, fixed when it is made (it may print from other threads later).
    private let terminal = TerminalOutput.current

    /// Prints each diagnostic on its own line.
    func print(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics {
            terminal.error(diagnostic.formatted(coloured: terminal.colours))
        }
    }

    /// Prints one line, its control characters escaped.
    func line(_ text: String) {
        terminal.error(TerminalText.escaped(text))
    }

    /// Prints text to the output stream as it is, for a machine format that escapes what it holds
    /// itself (GitHub annotations, JSON).
    func raw(_ text: String) {
        terminal.output(text)
    }

    /// Prints one line to the output stream (for scripts to read), its control characters escaped.
    func output(_ text: String) {
        terminal.output(TerminalText.escaped(text))
    }
}
