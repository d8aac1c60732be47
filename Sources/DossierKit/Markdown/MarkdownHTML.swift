/// The HTML the Markdown stage writes itself (tables, footnotes, images): attribute values go through
/// `HTMLEscaping`, and URLs are first written as cmark writes a link's.
enum MarkdownHTML {
    /// `url` as the value of an `href` or `src` attribute: bytes other than letters, digits and
    /// `-_.+!*(),%#@?=;:/$~&'` percent-encoded (cmark's `houdini_escape_href`), then HTML-escaped.
    static func attributeURL(_ url: String) -> String {
        var encoded = ""
        encoded.unicodeScalars.reserveCapacity(url.utf8.count)
        for byte in url.utf8 {
            if isKept(byte) {
                encoded.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                encoded += "%"
                encoded.unicodeScalars.append(hexDigit(byte >> 4))
                encoded.unicodeScalars.append(hexDigit(byte & 0x0F))
            }
        }
        return HTMLEscaping.escape(encoded)
    }

    /// Whether cmark would empty a link to `url` when raw HTML is not allowed: `javascript:`,
    /// `vbscript:`, `file:` and `data:` other than PNG, GIF, JPEG and WebP images (its
    /// `scan_dangerous_url`), in any case.
    static func isUnsafe(_ url: String) -> Bool {
        let start = url.utf8.prefix(16).map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
        let head = String(decoding: start, as: UTF8.self)
        if head.hasPrefix("data:image/") {
            return !["png", "gif", "jpeg", "webp"].contains { head.dropFirst(11).hasPrefix($0) }
        }
        return ["javascript:", "vbscript:", "file:", "data:"].contains { head.hasPrefix($0) }
    }

    private static func isKept(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            true
        default:
            // `&` and `'` are kept for the HTML escaping to take care of.
            "-_.+!*(),%#@?=;:/$~&'".utf8.contains(byte)
        }
    }

    private static func hexDigit(_ value: UInt8) -> Unicode.Scalar {
        Unicode.Scalar(value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "A") + value - 10)
    }
}
