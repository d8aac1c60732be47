import DossierKit

/// The panel shown over every page while the latest build has failed: each problem's file, line,
/// column and message, every piece of text HTML-escaped, with control and bidi characters shown
/// escaped (`\u{202E}`) so no file name can reorder or hide what the panel says.
public enum ErrorOverlay {
    /// The `id` of the overlay element, for tests and for the close button.
    public static let elementID = "dossier-error-overlay"

    /// The overlay's HTML, to insert before `</body>`.
    public static func html(for diagnostics: [Diagnostic]) -> String {
        let errors = diagnostics.filter { $0.severity == .error }.count
        let heading = "The site could not be rebuilt: \(errors) error\(errors == 1 ? "" : "s")"
        let items = diagnostics.map(item).joined(separator: "\n")
        return """
            <div id="\(elementID)" role="alert" style="\(panelStyle)">
            <button type="button" aria-label="Hide" onclick="this.parentNode.remove()" style="\(closeStyle)">×</button>
            <p style="margin:0 0 .5em;font-size:1.1em;font-weight:bold;color:#ff8a80">\(HTMLEscaping.escape(heading))</p>
            <p style="margin:0 0 1em;color:#ccc">This page shows the last site that built. Fix the problem and save: the page reloads by itself.</p>
            <ol style="margin:0;padding-left:1.5em">
            \(items)
            </ol>
            </div>
            """
    }

    /// One diagnostic: location (file, line, column) on one line, the message under it.
    private static func item(_ diagnostic: Diagnostic) -> String {
        let colour = diagnostic.severity == .error ? "#ff8a80" : "#ffd54f"
        var location = ""
        if let place = diagnostic.location {
            location = "<span class=\"file\">\(HTMLEscaping.escape(TerminalText.escaped(place.path)))</span>"
            if place.line > 0 { location += " line <span class=\"line\">\(place.line)</span>" }
            if place.column > 0 { location += ", column <span class=\"column\">\(place.column)</span>" }
            location += ": "
        }
        return """
            <li style="margin:0 0 .75em"><code>\(location)</code><strong style="color:\(colour)">\
            \(diagnostic.severity.rawValue)</strong><br><span class="message">\(HTMLEscaping.escape(TerminalText.escaped(diagnostic.message)))</span></li>
            """
    }

    private static let panelStyle = [
        "position:fixed", "inset:auto 1rem 1rem 1rem", "max-height:70vh", "overflow:auto", "z-index:2147483647",
        "background:#1e1e1e", "color:#eee", "font:15px/1.5 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace",
        "padding:1.25rem 1.5rem", "border-radius:8px", "border-top:6px solid #e53935", "box-shadow:0 8px 32px rgba(0,0,0,.45)",
    ].joined(separator: ";")

    private static let closeStyle = [
        "float:right", "background:none", "border:0", "color:#eee", "font-size:1.5em", "line-height:1", "cursor:pointer",
    ].joined(separator: ";")
}
