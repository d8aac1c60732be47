import DossierKit
import Foundation

/// Diagnostics in the forms machines read: GitHub Actions workflow commands and JSON.
enum DiagnosticFormats {
    /// `::error file=…,line=…,col=…::message`, escaped as GitHub's workflow commands require (the
    /// message's `%`, CR and LF; the properties' `:` and `,` besides), so a file name or a title
    /// cannot end the command or start another.
    static func githubAnnotation(_ diagnostic: Diagnostic, prefix: String) -> String {
        var properties: [String] = []
        if let location = diagnostic.location {
            properties.append("file=" + escapedProperty(TerminalText.escaped(prefix + location.path)))
            if location.line > 0 { properties.append("line=\(location.line)") }
            if location.column > 0 { properties.append("col=\(location.column)") }
        }
        let command = diagnostic.severity == .error ? "error" : "warning"
        let head = properties.isEmpty ? "::\(command)" : "::\(command) " + properties.joined(separator: ",")
        return head + "::" + escapedData(TerminalText.escaped(diagnostic.message))
    }

    /// A JSON list of objects with `path`, `line`, `column`, `severity`, `message` and `suggestion`
    /// (what the message says to do, after its last `; `, or `null`).
    static func json(_ diagnostics: [Diagnostic], prefix: String) -> String {
        let objects: [[String: Any]] = diagnostics.map { diagnostic in
            let location = diagnostic.location
            return [
                "path": location.map { prefix + $0.path } ?? NSNull(),
                "line": location.map { $0.line > 0 ? $0.line as Any : NSNull() } ?? NSNull(),
                "column": location.map { $0.column > 0 ? $0.column as Any : NSNull() } ?? NSNull(),
                "severity": diagnostic.severity.rawValue,
                "message": diagnostic.message,
                "suggestion": suggestion(in: diagnostic.message) ?? NSNull(),
            ]
        }
        let data =
            (try? JSONSerialization.data(withJSONObject: objects, options: [.prettyPrinted, .sortedKeys])) ?? Data("[]".utf8)
        return String(decoding: data, as: UTF8.self)
    }

    /// The fix a message proposes: Dossier's messages say what is wrong, then after `; ` what to do.
    static func suggestion(in message: String) -> String? {
        guard let range = message.range(of: "; ", options: .backwards) else { return nil }
        let fix = message[range.upperBound...].trimmingCharacters(in: .whitespaces)
        return fix.isEmpty ? nil : fix
    }

    private static func escapedData(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    private static func escapedProperty(_ text: String) -> String {
        escapedData(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
