import Foundation

/// Escaping for text that Dossier writes into HTML, SVG and XML itself (outside the templates).
enum Markup {
    /// `text` safe as element content and as a quoted attribute value: `&`, `<`, `>`, `"` and `'`
    /// escaped, and characters that XML forbids (C0 controls other than tab and newlines) dropped.
    static func escape(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 < 0x20 || $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 })
        else { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 16)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "&"): bytes += amp
            case UInt8(ascii: "<"): bytes += lt
            case UInt8(ascii: ">"): bytes += gt
            case UInt8(ascii: "\""): bytes += quot
            case UInt8(ascii: "'"): bytes += apos
            case UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"): bytes.append(byte)
            case 0..<0x20: continue
            default: bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static let amp = Array("&amp;".utf8)
    private static let lt = Array("&lt;".utf8)
    private static let gt = Array("&gt;".utf8)
    private static let quot = Array("&quot;".utf8)
    private static let apos = Array("&#39;".utf8)

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
