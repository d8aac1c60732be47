import DossierKit

/// What the preview reports as it runs, for the terminal.
public enum PreviewEvent: Sendable {
    /// A build succeeded: its report (with warnings), the changed paths that caused it (empty for
    /// the first build), how many tabs were told to reload, and the time from change batch to reload.
    case built(BuildReport, changed: [String], reloadedTabs: Int, seconds: Double)
    /// A build failed: its diagnostics; the last good site stays served, under the error overlay.
    case failed([Diagnostic], changed: [String], reloadedTabs: Int, seconds: Double)
    /// A problem of the server that does not stop it (connections that cannot be accepted for a
    /// while, say), worded for the terminal.
    case warning(String)
}
