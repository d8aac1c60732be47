import Foundation

/// What Dossier writes into HTML, SVG and XML itself (outside the templates): numbers and JSON.
/// Text is escaped with `HTMLEscaping`.
enum Markup {
    /// A number for SVG coordinates: at most one decimal, no trailing `.0`.
    static func number(_ value: Double) -> String {
        let tenths = Int((abs(value) * 10).rounded())
        let sign = value < 0 && tenths > 0 ? "-" : ""
        return tenths % 10 == 0 ? "\(sign)\(tenths / 10)" : "\(sign)\(tenths / 10).\(tenths % 10)"
    }

    /// JSON text safe inside an HTML `<script>` element and in a `.js` file (see `JSONText`).
    static func scriptSafeJSON(_ value: Any) -> String {
        JSONText.encode(value)
    }
}
