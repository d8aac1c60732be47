import Foundation

/// Escaping for text that Dossier writes into HTML, SVG and XML itself (outside the templates).
enum Markup {
    /// `text` safe as element content and as a quoted attribute value: `&`, `<`, `>`, `"` and `'`
    /// escaped, and characters that XML forbids (C0 controls other than tab and newlines) dropped.
    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            case "\t", "\n", "\r": result.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || (0xFFFE...0xFFFF).contains(scalar.value) { continue }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// A number for SVG coordinates: at most one decimal, no trailing `.0`.
    static func number(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        if rounded == rounded.rounded() { return String(Int(rounded)) }
        return String(format: "%.1f", rounded)
    }

    /// JSON text safe inside an HTML `<script>` element and in a `.js` file: `<`, `>` and `&` written
    /// `\u003c`, `\u003e`, `\u0026` (they occur only inside strings), so no string from content can
    /// end the element (`</script>`), open a comment (`<!--`) or look like markup.
    static func scriptSafeJSON(_ value: Any) -> String {
        guard JSONSerialization.isValidJSONObject(value),
            let data = try? JSONSerialization.data(withJSONObject: value, options: [.sortedKeys, .withoutEscapingSlashes])
        else { return "null" }
        var text = ""
        for scalar in String(decoding: data, as: UTF8.self).unicodeScalars {
            switch scalar {
            case "<": text += "\\u003c"
            case ">": text += "\\u003e"
            case "&": text += "\\u0026"
            default: text.unicodeScalars.append(scalar)
            }
        }
        return text
    }
}
