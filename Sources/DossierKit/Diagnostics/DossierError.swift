/// The one error a build throws: the diagnostics that stopped it (and the warnings found with them).
public struct DossierError: Error, Sendable, CustomStringConvertible {
    /// Every problem found, errors and warnings, in file order.
    public var diagnostics: [Diagnostic]

    /// Creates the error from the diagnostics that stopped the build.
    public init(diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }

    /// Creates the error from one message that belongs to no file (an unusable output folder, say).
    public init(_ message: String, at location: SourceLocation? = nil) {
        self.diagnostics = [.error(message, at: location)]
    }

    /// The one-line summary after the diagnostics: "Build failed: 2 errors, 1 warning".
    public var summary: String {
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.count - errors
        let warningText = warnings > 0 ? ", \(warnings) warning\(warnings == 1 ? "" : "s")" : ""
        return "Build failed: \(errors) error\(errors == 1 ? "" : "s")\(warningText)"
    }

    /// The diagnostics, one a line.
    public var description: String {
        diagnostics.map(\.description).joined(separator: "\n")
    }
}
