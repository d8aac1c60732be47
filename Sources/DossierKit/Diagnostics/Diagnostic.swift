/// One problem found in a dossier, written for the person who edits the content.
public struct Diagnostic: Error, Hashable, Sendable, CustomStringConvertible {
    /// How serious a problem is.
    public enum Severity: String, Sendable, Hashable {
        case error
        case warning
    }

    /// Whether the problem stops the build.
    public var severity: Severity
    /// What was found and what was expected.
    public var message: String
    /// Where the problem is, when it belongs to a file.
    public var location: SourceLocation?

    /// Creates a diagnostic.
    init(_ severity: Severity, _ message: String, at location: SourceLocation?) {
        self.severity = severity
        self.message = message
        self.location = location
    }

    /// An error at `location`.
    public static func error(_ message: String, at location: SourceLocation?) -> Diagnostic {
        Diagnostic(.error, message, at: location)
    }

    /// A warning at `location`.
    static func warning(_ message: String, at location: SourceLocation?) -> Diagnostic {
        Diagnostic(.warning, message, at: location)
    }

    /// `path:line:column: severity: message`, the form compilers and editors understand, with every
    /// control character of the path and the message escaped (see `TerminalText`): safe to print.
    public var description: String { formatted(coloured: false) }

    /// The diagnostic as one line for a terminal or a log; `coloured` makes the location bold and the
    /// severity red or yellow. Only these colours are raw escape codes: the path and the message are
    /// escaped, so nothing from the dossier can move the cursor, recolour or start a line.
    public func formatted(coloured: Bool) -> String {
        let message = TerminalText.escaped(self.message)
        guard coloured else {
            return location.map { "\($0): \(severity.rawValue): \(message)" } ?? "\(severity.rawValue): \(message)"
        }
        let label = severity == .error ? "\u{1B}[1;31merror\u{1B}[0m" : "\u{1B}[1;33mwarning\u{1B}[0m"
        let place = location.map { "\u{1B}[1m\($0)\u{1B}[0m: " } ?? ""
        return "\(place)\(label): \(message)"
    }
}

extension Array where Element == Diagnostic {
    /// Whether any diagnostic is an error.
    var containsErrors: Bool { contains { $0.severity == .error } }

    /// The diagnostics in a stable order: by file, line and column, then message.
    func sortedByLocation() -> [Diagnostic] {
        sorted { a, b in
            let la = a.location ?? SourceLocation(path: "")
            let lb = b.location ?? SourceLocation(path: "")
            if la.path != lb.path { return la.path < lb.path }
            if la.line != lb.line { return la.line < lb.line }
            if la.column != lb.column { return la.column < lb.column }
            return a.message < b.message
        }
    }
}
